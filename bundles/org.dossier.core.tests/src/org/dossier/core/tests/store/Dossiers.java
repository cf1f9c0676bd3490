package org.dossier.core.tests.store;

import org.dossier.model.Document;
import org.dossier.model.DossierFactory;

/** Test documents, written for these tests. */
final class Dossiers {

	private Dossiers() {
	}

	static Document document(String title, String language, String text) {
		Document document = DossierFactory.eINSTANCE.createDocument();
		document.setTitle(title);
		document.setLanguage(language);
		document.setMediaType("text/plain");
		document.setText(text);
		return document;
	}
}
