package org.dossier.internal.ui.editor.annotating;

import org.dossier.core.editing.AnnotationCommands;
import org.dossier.model.Comment;
import org.dossier.model.DossierFactory;
import org.dossier.model.DossierPackage.Literals;
import org.dossier.ui.DossierSession;
import org.dossier.ui.dialogs.FieldsDialog;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.window.Window;

/** Annotate &gt; Add Comment (Ctrl+Shift+K): attaches a comment to the selection, or edits the one at the cursor. */
public final class AddCommentHandler extends AnnotatingHandler {

	@Override
	String label() {
		return "Add Comment";
	}

	@Override
	boolean needsSpan() {
		return false;
	}

	@Override
	void run(Target target) {
		Comment existing = target.hasSpan() ? null : target.first(Comment.class);
		if (!canActOn(target, existing, "Select the text to comment on first.")) {
			return;
		}
		FieldsDialog dialog = new FieldsDialog(target.shell(), existing != null ? "Edit Comment" : label(), "Your note on the selected text.");
		FieldsDialog.Value<String> text = dialog.text("&Comment:", existing != null ? existing.getText() : "", true,
				value -> Choices.notBlank(value, "the comment"));
		if (dialog.open() != Window.OK) {
			return;
		}
		EditingDomain domain = DossierSession.getDefault().getEditingDomain();
		if (existing != null) {
			target.execute(SetCommand.create(domain, existing, Literals.COMMENT__TEXT, text.get()));
			return;
		}
		Comment comment = DossierFactory.eINSTANCE.createComment();
		comment.setText(text.get());
		target.execute(AnnotationCommands.add(domain, target.document(), comment, target.begin(), target.end()));
	}
}
