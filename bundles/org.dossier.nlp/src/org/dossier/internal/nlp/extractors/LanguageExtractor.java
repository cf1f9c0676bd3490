package org.dossier.internal.nlp.extractors;

import org.dossier.core.extracting.ExtractionContext;
import org.dossier.core.extracting.Extractor;
import org.dossier.model.DossierFactory;
import org.dossier.model.LanguageSpan;
import org.dossier.nlp.LanguageIdentification;
import org.dossier.nlp.LanguageIdentifier;

/**
 * Tells the language of a document and of its paragraphs. Sets the document's language when the importer
 * could not tell it (no {@code lang} attribute, no metadata), from the text itself, or else to the
 * import's default language when the text is too bare to tell; marks the stretches
 * written in another language than the document's, which the extractors after it read in their own
 * language.
 */
public final class LanguageExtractor implements Extractor {

	private final LanguageIdentifier identifier = new LanguageIdentifier();

	@Override
	public void extract(ExtractionContext context) {
		String text = context.text();
		LanguageIdentification identification = identifier.identify(text);
		String stated = context.language();
		if (stated == null || stated.isBlank() || LanguageIdentifier.UNDETERMINED.equals(stated)) {
			String found = identification.language();
			context.setLanguage(LanguageIdentifier.UNDETERMINED.equals(found) ? context.defaultLanguage() : found);
		}
		for (org.dossier.nlp.LanguageSpan stretch : identification.stretchesNotIn(context.language(), text)) {
			LanguageSpan span = DossierFactory.eINSTANCE.createLanguageSpan();
			span.setBegin(stretch.begin());
			span.setEnd(stretch.end());
			span.setLanguage(stretch.language());
			context.add(span);
		}
	}
}
