package org.dossier.internal.ui.handlers;

import org.dossier.core.store.DossierStore;
import org.dossier.ui.DossierSession;
import org.eclipse.core.commands.AbstractHandler;

/** A handler enabled exactly while a dossier is open. */
abstract class OpenDossierDependentHandler extends AbstractHandler {

	private final DossierSession.Listener listener = this::dossierChanged;

	OpenDossierDependentHandler() {
		DossierSession.getDefault().addListener(listener);
		setBaseEnabled(DossierSession.getDefault().getStore() != null);
	}

	private void dossierChanged(DossierStore store) {
		setBaseEnabled(store != null);
	}

	@Override
	public void dispose() {
		DossierSession.getDefault().removeListener(listener);
		super.dispose();
	}
}
