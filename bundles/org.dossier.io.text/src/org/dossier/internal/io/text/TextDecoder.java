package org.dossier.internal.io.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import org.dossier.core.importing.ImportException;

/**
 * Turns the bytes of a text file into its text. The encoding is taken from a byte order mark; without
 * one, text that is valid UTF-8 is UTF-8, and anything else is one of the 8-bit encodings Dossier's
 * languages were written in: windows-1251 or KOI8-R for Russian, windows-1252 (a superset of the printable
 * ISO-8859-1) for French, German and English. Line ends become {@code \n}; nothing else is changed.
 * Binary files renamed to text are refused.
 */
final class TextDecoder {

	private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
	private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

	/** Above this share of control characters a file is taken for binary data: text has next to none. */
	private static final double MAX_CONTROL_SHARE = 0.02;

	private TextDecoder() {
	}

	/** The text of a file, with {@code \n} line ends. */
	static String decode(byte[] bytes) throws ImportException {
		if (bytes.length == 0) {
			throw new ImportException("empty file");
		}
		String text = decodeByBom(bytes);
		if (text == null) {
			int nul = indexOfNul(bytes);
			if (nul >= 0) {
				throw new ImportException("not text: binary content (a NUL byte at offset " + nul + ")");
			}
			text = decodeWithoutBom(bytes);
		}
		refuseBinary(text);
		return unifyLineEnds(text);
	}

	private static String decodeByBom(byte[] b) {
		if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
			return decode(b, 4, UTF_32BE);
		}
		if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
			return decode(b, 4, UTF_32LE);
		}
		if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
			return decode(b, 3, StandardCharsets.UTF_8);
		}
		if (startsWith(b, 0xFF, 0xFE)) {
			return decode(b, 2, StandardCharsets.UTF_16LE);
		}
		if (startsWith(b, 0xFE, 0xFF)) {
			return decode(b, 2, StandardCharsets.UTF_16BE);
		}
		return null;
	}

	private static String decodeWithoutBom(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException notUtf8) {
			return decode(bytes, 0, EightBitEncodings.guess(bytes));
		}
	}

	private static String decode(byte[] bytes, int offset, Charset charset) {
		return new String(bytes, offset, bytes.length - offset, charset);
	}

	/**
	 * Control characters other than tab, line feed, carriage return and form feed, and bytes the encoding
	 * cannot map, are what binary data is made of; a few stray ones are tolerated.
	 */
	private static void refuseBinary(String text) throws ImportException {
		int nul = text.indexOf('\0');
		if (nul >= 0) {
			throw new ImportException("not text: binary content (a NUL character at position " + nul + ")");
		}
		long controls = text.chars().filter(TextDecoder::isBinaryMarker).count();
		if (controls > 0 && controls > MAX_CONTROL_SHARE * text.length()) {
			throw new ImportException("not text: binary content (" + percent(controls, text.length()) + " control characters)");
		}
	}

	private static boolean isBinaryMarker(int c) {
		if (c == '\t' || c == '\n' || c == '\r' || c == '\f') {
			return false;
		}
		return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFD;
	}

	private static String percent(long part, int whole) {
		return String.format(Locale.ROOT, "%.0f%%", Math.max(1.0, 100.0 * part / whole));
	}

	private static String unifyLineEnds(String text) {
		return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
	}

	private static int indexOfNul(byte[] bytes) {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				return i;
			}
		}
		return -1;
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		byte[] expected = new byte[prefix.length];
		for (int i = 0; i < prefix.length; i++) {
			expected[i] = (byte) prefix[i];
		}
		return Arrays.equals(bytes, 0, prefix.length, expected, 0, prefix.length);
	}
}
