package org.dossier.internal.ui.views.facts;


import org.dossier.core.store.DossierStore;
import org.dossier.model.DocumentEntry;
import org.dossier.model.Dossier;
import org.dossier.model.Source;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Finds the dossier index's objects by id: documents' entries, sources, entities, claims. The facts name
 * them by id; the index is always loaded. Made for one refresh of a view, as documents come and go.
 */
public final class IndexLookup {

	private final Dossier dossier;

	public IndexLookup(Dossier dossier) {
		this.dossier = dossier;
	}

	public Dossier dossier() {
		return dossier;
	}

	/** The entry of a document, or {@code null} when the dossier has no such document. */
	public DocumentEntry entry(String documentId) {
		return DossierStore.entryOf(dossier, documentId);
	}

	/** A document's title for a table cell: its title, else its id. */
	public String title(String documentId) {
		DocumentEntry entry = entry(documentId);
		if (entry == null) {
			return documentId == null ? "" : documentId;
		}
		return entry.getTitle() == null || entry.getTitle().isBlank() ? entry.getId() : entry.getTitle();
	}

	public Source source(String sourceId) {
		return find(sourceId, Source.class);
	}

	/** An object of the index by id, if it is of the type. */
	public <T extends EObject> T find(String id, Class<T> type) {
		if (id == null || dossier == null) {
			return null;
		}
		Resource index = dossier.eResource();
		EObject found = index != null ? index.getEObject(id) : null;
		return type.isInstance(found) ? type.cast(found) : null;
	}
}
