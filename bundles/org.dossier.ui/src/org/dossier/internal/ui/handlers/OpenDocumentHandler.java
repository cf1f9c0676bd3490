package org.dossier.internal.ui.handlers;

import org.dossier.model.DocumentEntry;
import org.dossier.ui.DocumentEditors;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Open Document (Dossier Explorer, Enter or double-click): the selected documents in the document editor. */
public final class OpenDocumentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		var page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
		for (DocumentEntry entry : SetSourceHandler.selectedDocuments(HandlerUtil.getCurrentSelection(event))) {
			try {
				DocumentEditors.open(page, entry);
			} catch (PartInitException e) {
				MessageDialog.openError(HandlerUtil.getActiveShell(event), "Cannot Open Document", e.getMessage());
				return null;
			}
		}
		return null;
	}
}
