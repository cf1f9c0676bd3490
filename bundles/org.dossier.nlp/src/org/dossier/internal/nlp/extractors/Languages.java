package org.dossier.internal.nlp.extractors;

import java.util.Locale;

/** The locale whose number and date conventions a document's language stands for. */
final class Languages {

	private Languages() {
	}

	static Locale locale(String language) {
		return language == null || language.isBlank() || "und".equals(language) ? Locale.ROOT : Locale.forLanguageTag(language);
	}
}
