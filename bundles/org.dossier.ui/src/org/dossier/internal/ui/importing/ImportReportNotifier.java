package org.dossier.internal.ui.importing;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Shows the outcome of an import when it ends: a summary, and the reason for each file that failed. */
public final class ImportReportNotifier extends JobChangeAdapter {

	static final String TITLE = "Import Finished";
	private static final int MAX_LISTED_FAILURES = 15;

	private final Display display;

	public ImportReportNotifier(Display display) {
		this.display = display;
	}

	/** The summary, then one line per file that failed (the first few: the rest are counted). */
	static String describe(IStatus result) {
		StringBuilder text = new StringBuilder(result.getMessage()).append("\n");
		IStatus[] failures = result.getChildren();
		for (int i = 0; i < Math.min(failures.length, MAX_LISTED_FAILURES); i++) {
			text.append("\n").append(failures[i].getMessage());
		}
		if (failures.length > MAX_LISTED_FAILURES) {
			text.append("\n... and ").append(failures.length - MAX_LISTED_FAILURES).append(" more (see the error log)");
		}
		return text.toString();
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
				MessageDialog.openWarning(shell, TITLE, describe(result));
			} else {
				MessageDialog.openInformation(shell, TITLE, result.getMessage());
			}
		});
	}
}
