package org.dossier.internal.ui.exporting;

import java.io.IOException;
import java.nio.file.Path;

import org.dossier.core.exporting.ExportFormats;
import org.dossier.core.store.DossierStore;
import org.dossier.ui.DossierSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

/** File &gt; Export &gt; Dossier: the open dossier in one of the installed formats, written in the background. */
public final class ExportDossierWizard extends Wizard implements IExportWizard {

	private ExportDossierPage page;

	public ExportDossierWizard() {
		setWindowTitle("Export Dossier");
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		// the open dossier is exported
	}

	@Override
	public void addPages() {
		page = new ExportDossierPage();
		addPage(page);
	}

	@Override
	public boolean canFinish() {
		return DossierSession.getDefault().getStore() != null && super.canFinish();
	}

	@Override
	public boolean performFinish() {
		DossierStore store = DossierSession.getDefault().getStore();
		ExportFormats.Format format = page.getFormat();
		Path output = page.getOutput();
		Job job = Job.create("Exporting " + store.getDossier().getName() + " as " + format.id(), (IProgressMonitor monitor) -> {
			try {
				ExportFormats.export(store, format.id(), output, monitor);
				return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
			} catch (IOException e) {
				return Status.error("Export to " + output + " failed: " + e.getMessage(), e);
			}
		});
		job.setUser(true);
		job.schedule();
		return true;
	}
}
