package org.dossier.internal.io.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * The encoding of a page that does not state it. jsoup reads byte order marks and {@code <meta charset>},
 * and takes UTF-8 otherwise; for the old pages that are neither declared nor UTF-8 (windows-1251 or KOI8-R
 * Russian, windows-1252 French or German), ICU's detector guesses from the text between the tags.
 */
final class HtmlCharsets {

	/** Where jsoup looks for a declaration. */
	private static final int DECLARATION_WINDOW = 8 * 1024;
	/** The detector needs a few pages of text, not the whole of a large page. */
	private static final int DETECTION_SAMPLE = 64 * 1024;
	private static final Pattern DECLARATION = Pattern.compile("(?i)charset\\s*=|<\\?xml[^>]*encoding\\s*=");

	private HtmlCharsets() {
	}

	/** NUL bytes outside UTF-16 or UTF-32 text mean a binary file with an .html name. */
	static boolean isBinary(byte[] bytes) {
		if (hasUnicodeBom(bytes)) {
			return false;
		}
		for (byte b : bytes) {
			if (b == 0) {
				return true;
			}
		}
		return false;
	}

	/** The encoding to read the page in, or null to let jsoup find it (byte order mark, declaration, or UTF-8). */
	static String undeclared(byte[] bytes) {
		if (hasUnicodeBom(bytes) || isDeclared(bytes) || isUtf8(bytes)) {
			return null;
		}
		CharsetDetector detector = new CharsetDetector();
		detector.enableInputFilter(true);
		detector.setText(bytes.length <= DETECTION_SAMPLE ? bytes : Arrays.copyOf(bytes, DETECTION_SAMPLE));
		for (CharsetMatch match : detector.detectAll()) {
			String name = match.getName();
			if (name.equals("ISO-8859-1")) {
				return "windows-1252";
			}
			if (!name.startsWith("UTF") && isSupported(name)) {
				return name;
			}
		}
		return "windows-1252";
	}

	private static boolean isDeclared(byte[] bytes) {
		String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
		return DECLARATION.matcher(head).find();
	}

	private static boolean isUtf8(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
			return true;
		} catch (CharacterCodingException e) {
			return false;
		}
	}

	private static boolean isSupported(String name) {
		try {
			return Charset.isSupported(name);
		} catch (IllegalCharsetNameException e) {
			return false;
		}
	}

	private static boolean hasUnicodeBom(byte[] b) {
		return b.length >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)
				|| (b.length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF)
				|| (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF));
	}
}
