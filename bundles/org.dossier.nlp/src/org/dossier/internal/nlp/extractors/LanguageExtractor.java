package org.dossier.internal.nlp.extractors;

import org.dossier.core.extracting.ExtractionContext;
import org.dossier.core.extracting.Extractor;
import org.dossier.nlp.LanguageIdentifier;

/**
 * Sets the document's language when the importer could not tell it (no {@code lang} attribute,
 * no metadata), from the text itself.
 */
public final class LanguageExtractor implements Extractor {

	private final LanguageIdentifier identifier = new LanguageIdentifier();

	@Override
	public void extract(ExtractionContext context) {
		String stated = context.language();
		if (stated == null || stated.isBlank() || LanguageIdentifier.UNDETERMINED.equals(stated)) {
			context.setLanguage(identifier.identify(context.text()).language());
		}
	}
}
