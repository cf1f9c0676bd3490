package org.dossier.internal.ui.handlers;

import org.dossier.core.store.DossierStoreException;
import org.dossier.internal.ui.editing.UnsavedChanges;
import org.dossier.ui.DossierSession;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** File &gt; Refresh: rereads the open dossier, e.g. after `dossier import` added documents from a shell. */
public final class RefreshDossierHandler extends OpenDossierDependentHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (!UnsavedChanges.settle(HandlerUtil.getActiveShell(event), "rereading it from disk")) {
			return null;
		}
		try {
			DossierSession.getDefault().reload();
		} catch (DossierStoreException e) {
			MessageDialog.openError(HandlerUtil.getActiveShell(event), "Cannot Refresh Dossier", e.getMessage());
		}
		return null;
	}
}
