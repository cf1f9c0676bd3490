package org.dossier.internal.ui.handlers;

import java.nio.file.attribute.FileTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.dossier.core.store.DossierStore;
import org.dossier.internal.ui.editing.UnsavedChanges;
import java.nio.file.Path;

import org.dossier.core.store.DossierLockedException;
import org.dossier.core.store.DossierStoreException;
import org.dossier.internal.ui.DossierUiPlugin;
import org.dossier.ui.DossierSession;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** Opens a dossier in the workbench and tells the user, in a dialog, why when it cannot. */
public final class DossierOpener {

	private DossierOpener() {
	}

	/** @return whether a dossier is now open on that folder */
	public static boolean open(Shell shell, Path folder) {
		DossierSession session = DossierSession.getDefault();
		DossierStore current = session.getStore();
		if (current != null && !current.getFolder().equals(folder.toAbsolutePath().normalize())
				&& !UnsavedChanges.settle(shell, "opening another dossier")) {
			return false;
		}
		try {
			session.open(folder);
			offerRecovery(shell, session);
			return true;
		} catch (DossierLockedException locked) {
			boolean readOnly = MessageDialog.openQuestion(shell, "Dossier In Use",
					locked.getMessage() + "\n\nOpen it read-only?");
			return readOnly && openReadOnly(shell, folder);
		} catch (DossierStoreException e) {
			MessageDialog.openError(shell, "Cannot Open Dossier", e.getMessage());
			return false;
		} catch (RuntimeException e) {
			DossierUiPlugin.log("Opening " + folder + " failed", e);
			MessageDialog.openError(shell, "Cannot Open Dossier", folder + ": " + e);
			return false;
		}
	}

	/** After a crash, the unsaved work of the last session waits in the dossier's recovery folder. */
	private static void offerRecovery(Shell shell, DossierSession session) {
		FileTime kept = session.getStore().recoveryTime();
		if (kept == null) {
			return;
		}
		String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
				.format(kept.toInstant().atZone(ZoneId.systemDefault()));
		MessageDialog dialog = new MessageDialog(shell, "Recover Unsaved Work", null,
				"'" + session.getStore().getDossier().getName() + "' was not closed properly. Unsaved work from "
						+ when + " was kept.\n\nRecover it? (It stays unsaved until you save the dossier.)",
				MessageDialog.QUESTION, 0, "&Recover", "&Discard");
		if (dialog.open() == 0) {
			try {
				session.recover();
			} catch (DossierStoreException e) {
				MessageDialog.openError(shell, "Cannot Recover", e.getMessage() + "\n\nThe dossier is open as last saved.");
			}
		} else {
			session.discardRecovery();
		}
	}

	private static boolean openReadOnly(Shell shell, Path folder) {
		try {
			DossierSession.getDefault().openReadOnly(folder);
			return true;
		} catch (DossierStoreException e) {
			MessageDialog.openError(shell, "Cannot Open Dossier", e.getMessage());
			return false;
		}
	}
}
