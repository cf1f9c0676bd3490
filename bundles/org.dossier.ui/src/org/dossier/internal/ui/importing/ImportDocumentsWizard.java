package org.dossier.internal.ui.importing;

import org.dossier.core.store.DossierStore;
import org.dossier.ui.DossierSession;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

/** File &gt; Import &gt; Documents into Dossier: choose files and folders, then import them in the background. */
public final class ImportDocumentsWizard extends Wizard implements IImportWizard {

	private ImportDocumentsPage page;

	public ImportDocumentsWizard() {
		setWindowTitle("Import Documents");
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		// the files are chosen on the page; the target is the open dossier
	}

	@Override
	public void addPages() {
		page = new ImportDocumentsPage();
		addPage(page);
	}

	@Override
	public boolean canFinish() {
		DossierStore store = DossierSession.getDefault().getStore();
		return store != null && !store.isReadOnly() && super.canFinish();
	}

	@Override
	public boolean performFinish() {
		if (!ImportDocumentsJob.confirmSavingUnsavedChanges(getShell())) {
			return false;
		}
		DossierStore store = DossierSession.getDefault().getStore();
		ImportDocumentsJob job = new ImportDocumentsJob(store, page.getPaths());
		job.addJobChangeListener(new ImportReportNotifier(getShell().getDisplay()));
		job.schedule();
		return true;
	}
}
