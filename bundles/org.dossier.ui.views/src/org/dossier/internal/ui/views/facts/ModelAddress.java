package org.dossier.internal.ui.views.facts;

import java.util.Objects;

import org.dossier.core.exporting.LinkIds;
import org.eclipse.emf.ecore.EObject;

/**
 * Where an object of a document lives: the document's id and the object's id (or its path) inside the
 * document. Rows of the views hold addresses rather than the objects, so that the documents read to fill
 * them can be let go of; an address is resolved again when the object is needed.
 */
public record ModelAddress(String documentId, String fragment) {

	public ModelAddress {
		Objects.requireNonNull(documentId);
		Objects.requireNonNull(fragment);
	}

	/**
	 * The address of an object in a document, read without resolving it when it is a proxy; {@code null}
	 * for {@code null} and for objects that are not in a document.
	 */
	public static ModelAddress of(EObject object) {
		String documentId = LinkIds.documentId(object);
		String fragment = LinkIds.id(object);
		return documentId == null || fragment == null ? null : new ModelAddress(documentId, fragment);
	}
}
