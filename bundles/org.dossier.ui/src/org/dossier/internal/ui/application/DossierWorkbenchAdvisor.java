package org.dossier.internal.ui.application;

import org.dossier.ui.DossierSession;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Workbench life cycle: the Dossier perspective, saved window layout, the dossier closed on exit. */
final class DossierWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		configurer.setSaveAndRestore(true);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return DossierPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new DossierWorkbenchWindowAdvisor(configurer);
	}

	@Override
	public void postShutdown() {
		DossierSession.getDefault().close();
	}
}
