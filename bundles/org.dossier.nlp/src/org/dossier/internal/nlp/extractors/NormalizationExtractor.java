package org.dossier.internal.nlp.extractors;

import org.dossier.core.extracting.ExtractionContext;
import org.dossier.core.extracting.Extractor;
import org.dossier.nlp.TextNormalizer;

/**
 * Normalises the imported text before anything is found in it: hyphenation and broken lines
 * rejoined, page furniture dropped, Symbol-font characters mapped, spaces unified. Text from a PDF, and
 * plain text that {@linkplain TextNormalizer#looksLaidOut looks extracted from one}, may have blank lines
 * inside its paragraphs.
 */
public final class NormalizationExtractor implements Extractor {

	public static final String ID = "org.dossier.nlp.normalizer";

	private static final String PDF = "application/pdf";
	private static final String PLAIN_TEXT = "text/plain";

	private final TextNormalizer layoutText = new TextNormalizer();
	private final TextNormalizer paragraphText = TextNormalizer.forParagraphText();

	@Override
	public void extract(ExtractionContext context) {
		// A PDF's text comes from a page layout, and so does plain text saved from one, which shows by its blank
		// lines inside sentences; other formats mean a paragraph by a blank line.
		String mediaType = context.document().getMediaType();
		boolean laidOut = PDF.equals(mediaType) || PLAIN_TEXT.equals(mediaType) && TextNormalizer.looksLaidOut(context.text());
		TextNormalizer normalizer = laidOut ? layoutText : paragraphText;
		context.replaceText(normalizer.normalize(context.text()).text());
	}
}
