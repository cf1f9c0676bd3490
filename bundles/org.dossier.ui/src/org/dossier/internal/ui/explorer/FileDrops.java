package org.dossier.internal.ui.explorer;

import java.nio.file.Path;
import java.util.Arrays;

import org.dossier.core.store.DossierStore;
import org.dossier.internal.ui.importing.ImportDocumentsJob;
import org.dossier.internal.ui.importing.ImportReportNotifier;
import org.dossier.ui.DossierSession;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Control;

/** Files and folders dropped on the explorer are imported into the open dossier. */
final class FileDrops {

	private FileDrops() {
	}

	static void importDroppedFiles(Control control) {
		DropTarget target = new DropTarget(control, DND.DROP_COPY | DND.DROP_DEFAULT);
		target.setTransfer(new Transfer[] { FileTransfer.getInstance() });
		target.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragEnter(DropTargetEvent event) {
				event.detail = DND.DROP_COPY;
			}

			@Override
			public void drop(DropTargetEvent event) {
				if (!(event.data instanceof String[] names)) {
					return;
				}
				DossierStore store = DossierSession.getDefault().getStore();
				if (store == null || store.isReadOnly()) {
					MessageDialog.openInformation(control.getShell(), "Import Documents",
							store == null ? "Open or create a dossier first, then drop the files on it."
									: "The dossier is open read-only; nothing can be imported into it.");
					return;
				}
				if (!ImportDocumentsJob.confirmSavingUnsavedChanges(control.getShell())) {
					return;
				}
				ImportDocumentsJob job = new ImportDocumentsJob(store, Arrays.stream(names).map(Path::of).toList());
				job.addJobChangeListener(new ImportReportNotifier(control.getDisplay()));
				job.schedule();
			}
		});
	}
}
