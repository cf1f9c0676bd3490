package org.dossier.internal.ui.importing;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Shows the outcome of an import when it ends: a summary, and the reason for each file that failed. */
final class ImportReportNotifier extends JobChangeAdapter {

	static final String TITLE = "Import Finished";

	private final Display display;

	ImportReportNotifier(Display display) {
		this.display = display;
	}

	@Override
	public void done(IJobChangeEvent event) {
		IStatus result = event.getResult();
		if (result.getSeverity() == IStatus.CANCEL || result.getSeverity() == IStatus.ERROR || display.isDisposed()) {
			return; // cancelled by the user, or an error the job framework reports itself
		}
		display.asyncExec(() -> {
			Shell shell = display.getActiveShell();
			if (result.isMultiStatus()) {
				ErrorDialog.openError(shell, TITLE, null, result, IStatus.WARNING);
			} else {
				MessageDialog.openInformation(shell, TITLE, result.getMessage());
			}
		});
	}
}
