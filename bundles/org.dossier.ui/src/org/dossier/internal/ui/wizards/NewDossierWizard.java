package org.dossier.internal.ui.wizards;

import org.dossier.core.store.DossierStoreException;
import org.dossier.ui.DossierSession;
import org.eclipse.jface.wizard.Wizard;

/** Creates an empty dossier in a new folder and opens it. */
public final class NewDossierWizard extends Wizard {

	private final NewDossierPage page = new NewDossierPage();

	public NewDossierWizard() {
		setWindowTitle("New Dossier");
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		try {
			DossierSession.getDefault().create(page.getFolder(), page.getDossierName());
			return true;
		} catch (DossierStoreException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
	}
}
