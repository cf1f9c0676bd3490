package org.dossier.examples.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.dossier.core.importing.ImportException;
import org.dossier.core.importing.ImportSource;
import org.dossier.core.importing.Importer;
import org.dossier.core.importing.MetadataValues;
import org.dossier.model.Document;
import org.dossier.model.DossierFactory;

/**
 * SubRip subtitles ({@code .srt}), the usual companion of a recorded speech, interview or broadcast:
 * the words of the cues, one cue line per line of text, without cue numbers, timings and styling
 * tags. Subtitles cut sentences across cues; the built-in normaliser, which runs next, rejoins lines
 * broken mid-sentence. A language code before the extension ({@code interview.ru.srt}), as video tools
 * name subtitle files, becomes the document's language.
 */
public final class SubRipImporter implements Importer {

	static final String MEDIA_TYPE = "application/x-subrip";

	/** {@code 00:01:02,500 --> 00:01:04,000}, optionally followed by position settings; WebVTT writes a period before the milliseconds. */
	private static final Pattern TIMING = Pattern
			.compile("\\d{1,2}:\\d{2}:\\d{2}[,.]\\d{3}\\s*-->\\s*\\d{1,2}:\\d{2}:\\d{2}[,.]\\d{3}(\\s.*)?");
	/** {@code <i>}, {@code </font>}, {@code {\an8}}: styling, not words. */
	private static final Pattern STYLING = Pattern.compile("</?[a-zA-Z][^>]*>|\\{\\\\[^}]*}");
	/** The language part of {@code talk.fr.srt} or {@code talk.pt-BR.srt}. */
	private static final Pattern LANGUAGE_SUFFIX = Pattern.compile("[A-Za-z]{2}([-_][A-Za-z0-9]{2,8})?");

	@Override
	public Document read(ImportSource source) throws ImportException {
		StringBuilder text = new StringBuilder();
		boolean timed = false;
		boolean inCue = false;
		for (String line : decode(source.bytes()).split("\\R")) {
			String stripped = line.strip();
			if (TIMING.matcher(stripped).matches()) {
				timed = true;
				inCue = true;
			} else if (stripped.isEmpty()) {
				inCue = false;
			} else if (inCue) {
				String words = STYLING.matcher(stripped).replaceAll("").strip();
				if (!words.isEmpty()) {
					text.append(words).append('\n');
				}
			}
			// Lines outside a cue are cue numbers (or junk before the first cue): not text.
		}
		if (!timed) {
			throw new ImportException("not a SubRip file: no cue timing such as 00:00:01,000 --> 00:00:04,000");
		}
		if (text.isEmpty()) {
			throw new ImportException("no text: the subtitles' cues hold no words");
		}
		Document document = DossierFactory.eINSTANCE.createDocument();
		document.setMediaType(MEDIA_TYPE);
		document.setText(text.toString());
		document.setLanguage(languageOf(source.fileName()));
		return document;
	}

	/** UTF-8, or UTF-16 with a byte order mark; anything else is refused rather than guessed. */
	private static String decode(byte[] bytes) throws ImportException {
		int start = 0;
		Charset charset = StandardCharsets.UTF_8;
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
			start = 3;
		} else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
			start = 2;
			charset = StandardCharsets.UTF_16LE;
		} else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
			start = 2;
			charset = StandardCharsets.UTF_16BE;
		}
		try {
			return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
		} catch (CharacterCodingException e) {
			throw new ImportException("not " + charset.name() + " text: save the subtitles as UTF-8 and import them again", e);
		}
	}

	/** {@code fr} for {@code discours.fr.srt}; null when the name carries no language. */
	static String languageOf(String fileName) {
		String[] parts = fileName.split("\\.");
		if (parts.length < 3) {
			return null;
		}
		String suffix = parts[parts.length - 2];
		return LANGUAGE_SUFFIX.matcher(suffix).matches() ? MetadataValues.primaryLanguage(suffix) : null;
	}
}
