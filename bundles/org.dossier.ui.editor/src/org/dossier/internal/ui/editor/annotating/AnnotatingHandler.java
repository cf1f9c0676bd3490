package org.dossier.internal.ui.editor.annotating;

import java.util.List;

import org.dossier.internal.ui.editor.DocumentEditor;
import org.dossier.model.Annotation;
import org.dossier.model.Document;
import org.dossier.model.Dossier;
import org.dossier.ui.DossierSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * A command of the Annotate menu: acts on the document editor's selection, asks what it needs in a
 * dialog, and runs an undoable command on the dossier's stack.
 */
abstract class AnnotatingHandler extends AbstractHandler {

	/** What the command acts on: the document, the selected span and the annotations there. */
	record Target(DocumentEditor editor, Shell shell, Dossier dossier, Document document, int begin, int end,
			List<Annotation> annotations) {

		boolean hasSpan() {
			return end > begin;
		}

		String selectedText() {
			return hasSpan() ? document.getText().substring(begin, end) : "";
		}

		/** Runs a command on the dossier's stack; tells the user when it cannot run. */
		boolean execute(Command command) {
			if (DossierSession.getDefault().execute(command)) {
				editor.setFocus();
				return true;
			}
			MessageDialog.openError(shell, "Cannot Annotate", "This change cannot be made here (is the selection inside the text?).");
			return false;
		}

		/** The first annotation at the selection of a given type, innermost first. */
		<T extends Annotation> T first(Class<T> type) {
			for (Annotation annotation : annotations) {
				if (type.isInstance(annotation)) {
					return type.cast(annotation);
				}
			}
			return null;
		}
	}

	@Override
	public final Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		if (!(HandlerUtil.getActiveEditor(event) instanceof DocumentEditor editor) || editor.getDocument() == null) {
			return null;
		}
		DossierSession session = DossierSession.getDefault();
		if (session.getStore() == null || session.getStore().isReadOnly()) {
			MessageDialog.openInformation(shell, "Read-Only Dossier", "The dossier is open read-only: annotations cannot be changed.");
			return null;
		}
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		Target target = new Target(editor, shell, session.getStore().getDossier(), editor.getDocument(), selection.getOffset(),
				selection.getOffset() + selection.getLength(), editor.getSelectedAnnotations());
		if (needsSpan() && !canActOn(target, null, "Select the text to annotate first.")) {
			return null;
		}
		run(target);
		return null;
	}

	/**
	 * Whether there is something to act on, selected text or an annotation to edit; otherwise tells the
	 * user what to select.
	 */
	final boolean canActOn(Target target, Object existing, String whatToSelect) {
		if (existing != null || target.hasSpan()) {
			return true;
		}
		MessageDialog.openInformation(target.shell(), label(), whatToSelect);
		return false;
	}

	/** Whether the command needs selected text (rather than just the cursor on an annotation). */
	boolean needsSpan() {
		return true;
	}

	abstract String label();

	abstract void run(Target target);
}
