package org.dossier.ui;

import org.dossier.core.store.DossierStoreException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Undo, Redo and Save of the open dossier, for a part's action bars: every Dossier part (explorer,
 * editor, views) installs them, so Ctrl+Z, Ctrl+Y and Ctrl+S act on the dossier whichever part has
 * the focus. Labels name the command they would undo or redo. Views call {@link #installIn}; the
 * editor hands them to its action contributor.
 */
public final class EditingActions {

	private final DossierSession session = DossierSession.getDefault();
	private final IAction undo = new Action() {
		@Override
		public void run() {
			CommandStack stack = stack();
			if (stack != null && stack.canUndo()) {
				stack.undo();
			}
		}
	};
	private final IAction redo = new Action() {
		@Override
		public void run() {
			CommandStack stack = stack();
			if (stack != null && stack.canRedo()) {
				stack.redo();
			}
		}
	};
	private final IAction save = new Action("&Save Dossier") {
		@Override
		public void run() {
			saveDossier();
		}
	};
	private final CommandStackListener update = event -> Display.getDefault().asyncExec(this::update);
	private final DossierSession.Listener dossierChanged = store -> update();

	/** The actions, following the session's command stack until {@link #dispose()}. */
	public EditingActions() {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		undo.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_UNDO);
		undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
		redo.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_REDO);
		redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
		save.setActionDefinitionId(IWorkbenchCommandConstants.FILE_SAVE);
		save.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ETOOL_SAVE_EDIT));
		session.addCommandStackListener(update);
		session.addListener(dossierChanged);
		update();
	}

	/** Installs the actions as the global handlers of a view's action bars. */
	public EditingActions installIn(IActionBars bars) {
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		bars.setGlobalActionHandler(ActionFactory.SAVE.getId(), save);
		bars.updateActionBars();
		return this;
	}

	/** The undo action, for a part that registers it under another id (a text editor's own undo slot). */
	public IAction undo() {
		return undo;
	}

	public IAction redo() {
		return redo;
	}

	public IAction save() {
		return save;
	}

	public void dispose() {
		session.removeCommandStackListener(update);
		session.removeListener(dossierChanged);
	}

	/** Saves the open dossier, telling the user in a dialog when it cannot be saved. */
	public static boolean saveDossier() {
		try {
			DossierSession.getDefault().save();
			return true;
		} catch (DossierStoreException e) {
			MessageDialog.openError(Display.getDefault().getActiveShell(), "Cannot Save Dossier", e.getMessage());
			return false;
		}
	}

	private CommandStack stack() {
		return session.getEditingDomain() == null ? null : session.getEditingDomain().getCommandStack();
	}

	private void update() {
		CommandStack stack = stack();
		Command undoable = stack == null ? null : stack.getUndoCommand();
		Command redoable = stack == null ? null : stack.getRedoCommand();
		undo.setEnabled(undoable != null && stack.canUndo());
		undo.setText(undoable != null ? "&Undo " + label(undoable) : "&Undo");
		redo.setEnabled(redoable != null && stack.canRedo());
		redo.setText(redoable != null ? "&Redo " + label(redoable) : "&Redo");
		save.setEnabled(session.isDirty());
	}

	private static String label(Command command) {
		String label = command.getLabel();
		return label == null || label.isBlank() ? "" : label.replace("&", "&&");
	}
}
