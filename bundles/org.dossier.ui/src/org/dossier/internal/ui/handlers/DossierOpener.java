package org.dossier.internal.ui.handlers;

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
		try {
			session.open(folder);
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
