package org.dossier.internal.ui.handlers;

import org.dossier.ui.DossierSession;
import org.eclipse.core.commands.ExecutionEvent;

/** File &gt; Close Dossier. */
public final class CloseDossierHandler extends OpenDossierDependentHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		DossierSession.getDefault().close();
		return null;
	}
}
