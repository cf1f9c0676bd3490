package org.dossier.internal.ui.editing;

import org.dossier.ui.DossierSession;
import org.dossier.ui.EditingActions;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** Asks what to do with unsaved changes before the open dossier is closed or replaced. */
public final class UnsavedChanges {

	private UnsavedChanges() {
	}

	/**
	 * Asks to save, discard or cancel when the open dossier has unsaved changes; saves when asked.
	 *
	 * @return whether to go on closing the dossier (saved, discarded, or nothing to save)
	 */
	public static boolean settle(Shell shell, String action) {
		DossierSession session = DossierSession.getDefault();
		if (!session.isDirty()) {
			return true;
		}
		String name = session.getStore().getDossier().getName();
		MessageDialog dialog = new MessageDialog(shell, "Unsaved Changes", null,
				"'" + name + "' has unsaved changes. Save them before " + action + "?", MessageDialog.QUESTION,
				0, "&Save", "Do&n't Save", "Cancel");
		switch (dialog.open()) {
		case 0:
			return EditingActions.saveDossier();
		case 1:
			session.discardRecovery();
			return true;
		default:
			return false;
		}
	}
}
