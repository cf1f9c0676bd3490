package org.dossier.internal.ui.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dossier.core.importing.FileOutcome;
import org.dossier.core.importing.ImportPipeline;
import org.dossier.core.importing.ImportReport;
import org.dossier.core.store.DossierStore;
import org.dossier.core.store.DossierStoreException;
import org.dossier.internal.ui.DossierPreferences;
import org.dossier.internal.ui.DossierUiPlugin;
import org.dossier.ui.DossierRule;
import org.dossier.ui.DossierSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Imports files into the open dossier in the background, with progress and cancel; when it ends the
 * views are told and the report is shown: one line per file that failed, and a summary.
 */
public final class ImportDocumentsJob extends Job {

	/** Jobs of this family can be awaited or cancelled together. */
	public static final Object FAMILY = ImportDocumentsJob.class;

	private final DossierStore store;
	private final List<Path> inputs;

	/**
	 * An import saves the dossier as it goes, unsaved changes included (undo still works, but they are
	 * then on disk): asks the user whether to go on when there are any.
	 *
	 * @return whether to import
	 */
	public static final String CONFIRM_TITLE = "Import and Save Changes";

	public static boolean confirmSavingUnsavedChanges(Shell shell) {
		DossierSession session = DossierSession.getDefault();
		return !session.isDirty() || MessageDialog.openConfirm(shell, CONFIRM_TITLE,
				"Importing saves the dossier, with the changes you have not saved yet. Import anyway?");
	}

	public ImportDocumentsJob(DossierStore store, List<Path> inputs) {
		super("Importing documents into " + store.getDossier().getName());
		this.store = store;
		this.inputs = List.copyOf(inputs);
		setUser(true);
		setRule(DossierRule.INSTANCE);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			ImportPipeline pipeline = new ImportPipeline();
			return summary(pipeline.run(store, inputs, DossierPreferences.importOptions(pipeline), outcome -> {
			}, monitor));
		} catch (DossierStoreException e) {
			return Status.error("The dossier could not be saved: " + e.getMessage(), e);
		} catch (RuntimeException e) {
			DossierUiPlugin.log("Import failed", e);
			return Status.error("The import failed: " + e, e);
		} finally {
			Display display = Display.getDefault();
			display.asyncExec(() -> DossierSession.getDefault().contentChanged());
		}
	}

	/** OK with a summary when every file was imported; a warning listing each file that was not. */
	static IStatus summary(ImportReport report) {
		String text = String.format("Imported %d of %d files (%d duplicates skipped, %d failed), %d annotations%s.",
				report.count(FileOutcome.Status.IMPORTED), report.files().size(), report.count(FileOutcome.Status.DUPLICATE),
				report.count(FileOutcome.Status.FAILED), report.annotations(), report.canceled() ? "; cancelled" : "");
		List<IStatus> failures = new ArrayList<>();
		for (FileOutcome outcome : report.files()) {
			if (outcome.status() == FileOutcome.Status.FAILED) {
				failures.add(Status.warning(outcome.file().getFileName() + ": " + outcome.message()));
			}
		}
		if (failures.isEmpty()) {
			return report.canceled() ? Status.CANCEL_STATUS : Status.info(text);
		}
		return new MultiStatus(DossierUiPlugin.ID, 0, failures.toArray(IStatus[]::new), text, null);
	}
}
