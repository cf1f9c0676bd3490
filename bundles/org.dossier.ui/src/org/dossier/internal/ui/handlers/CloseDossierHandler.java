package org.dossier.internal.ui.handlers;

import org.dossier.internal.ui.editing.UnsavedChanges;
import org.eclipse.ui.handlers.HandlerUtil;
import org.dossier.ui.DossierSession;
import org.eclipse.core.commands.ExecutionEvent;

/** File &gt; Close Dossier. */
public final class CloseDossierHandler extends OpenDossierDependentHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (UnsavedChanges.settle(HandlerUtil.getActiveShell(event), "closing it")) {
			DossierSession.getDefault().close();
		}
		return null;
	}
}
