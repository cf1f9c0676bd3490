package org.dossier.internal.nlp.extractors;

import org.dossier.core.extracting.ExtractionContext;
import org.dossier.core.extracting.Extractor;
import org.dossier.nlp.TextNormalizer;

/**
 * Normalises the imported text before anything is found in it: hyphenation and broken lines
 * rejoined, page furniture dropped, Symbol-font characters mapped, spaces unified.
 */
public final class NormalizationExtractor implements Extractor {

	public static final String ID = "org.dossier.nlp.normalizer";

	private static final String PDF = "application/pdf";

	private final TextNormalizer layoutText = new TextNormalizer();
	private final TextNormalizer paragraphText = TextNormalizer.forParagraphText();

	@Override
	public void extract(ExtractionContext context) {
		// Only a PDF's text comes from a page layout; other formats mean a paragraph by a blank line.
		TextNormalizer normalizer = PDF.equals(context.document().getMediaType()) ? layoutText : paragraphText;
		context.replaceText(normalizer.normalize(context.text()).text());
	}
}
