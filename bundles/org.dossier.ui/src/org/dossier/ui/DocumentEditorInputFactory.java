package org.dossier.ui;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

/** Restores document editors across workbench restarts (registered in plugin.xml). */
public final class DocumentEditorInputFactory implements IElementFactory {

	public static final String ID = "org.dossier.ui.documentEditorInputFactory";

	@Override
	public IAdaptable createElement(IMemento memento) {
		String id = memento.getString(DocumentEditorInput.DOCUMENT_ID);
		return id == null ? null : new DocumentEditorInput(id, memento.getString(DocumentEditorInput.TITLE));
	}
}
