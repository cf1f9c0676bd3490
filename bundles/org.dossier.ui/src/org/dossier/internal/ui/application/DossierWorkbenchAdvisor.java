package org.dossier.internal.ui.application;

import org.dossier.internal.ui.editing.RecoveryWriter;
import org.dossier.internal.ui.editing.UnsavedChanges;
import org.dossier.ui.DossierSession;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Workbench life cycle: the Dossier perspective, saved window layout, the dossier closed on exit. */
final class DossierWorkbenchAdvisor extends WorkbenchAdvisor {

	private RecoveryWriter recovery;

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
	public void postStartup() {
		recovery = new RecoveryWriter(getWorkbenchConfigurer().getWorkbench().getDisplay());
		recovery.start();
	}

	@Override
	public boolean preShutdown() {
		IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
		return UnsavedChanges.settle(window != null ? window.getShell() : null, "quitting");
	}

	@Override
	public void postShutdown() {
		if (recovery != null) {
			recovery.stop();
		}
		DossierSession.getDefault().close();
	}
}
