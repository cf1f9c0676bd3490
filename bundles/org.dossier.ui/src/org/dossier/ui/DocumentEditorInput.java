package org.dossier.ui;

import java.util.Objects;

import org.dossier.model.DocumentEntry;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

/**
 * What a document editor shows: one document of the open dossier, named by its id. The workbench
 * remembers open editors by this id across restarts, for the dossier open last.
 */
public final class DocumentEditorInput implements IEditorInput, IPersistableElement {

	static final String DOCUMENT_ID = "documentId";
	static final String TITLE = "title";

	private final String documentId;
	private final String title;

	public DocumentEditorInput(String documentId, String title) {
		this.documentId = Objects.requireNonNull(documentId);
		this.title = title == null || title.isBlank() ? documentId : title;
	}

	public static DocumentEditorInput of(DocumentEntry entry) {
		return new DocumentEditorInput(entry.getId(), entry.getTitle());
	}

	public String getDocumentId() {
		return documentId;
	}

	/** The open dossier's entry for the document, or {@code null} when it is not (or no longer) in it. */
	public DocumentEntry findEntry() {
		DossierSession session = DossierSession.getDefault();
		return session.getStore() == null ? null : session.getStore().entry(documentId);
	}

	@Override
	public boolean exists() {
		return findEntry() != null;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return title;
	}

	@Override
	public IPersistableElement getPersistable() {
		return this;
	}

	@Override
	public String getToolTipText() {
		DocumentEntry entry = findEntry();
		return entry != null && entry.getOrigin() != null ? title + " - " + entry.getOrigin() : title;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public String getFactoryId() {
		return DocumentEditorInputFactory.ID;
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString(DOCUMENT_ID, documentId);
		memento.putString(TITLE, title);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DocumentEditorInput input && input.documentId.equals(documentId);
	}

	@Override
	public int hashCode() {
		return documentId.hashCode();
	}
}
