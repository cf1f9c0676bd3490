package org.dossier.internal.ui.editor.annotating;

import java.util.List;

import org.dossier.model.Annotation;
import org.dossier.model.ClaimMention;
import org.dossier.model.Comment;
import org.dossier.model.DateMention;
import org.dossier.model.Mention;
import org.dossier.model.Quantity;
import org.dossier.model.Quote;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.views.properties.PropertySheet;

/**
 * Annotate &gt; Edit Annotation (F2): edits the innermost annotation at the cursor in its own dialog;
 * kinds without one open in the Properties view.
 */
public final class EditAnnotationHandler extends AnnotatingHandler {

	@Override
	String label() {
		return "Edit Annotation";
	}

	@Override
	boolean needsSpan() {
		return false;
	}

	@Override
	void run(Target target) {
		if (target.annotations().isEmpty()) {
			Display.getCurrent().beep();
			return;
		}
		Annotation annotation = target.annotations().get(0);
		Target onIt = new Target(target.editor(), target.shell(), target.dossier(), target.document(), annotation.getBegin(),
				annotation.getBegin(), List.of(annotation));
		if (annotation instanceof DateMention) {
			new MarkDateHandler().run(onIt);
		} else if (annotation instanceof Quantity) {
			new MarkQuantityHandler().run(onIt);
		} else if (annotation instanceof Mention) {
			new MarkMentionHandler().run(onIt);
		} else if (annotation instanceof Quote) {
			new MarkQuoteHandler().run(onIt);
		} else if (annotation instanceof ClaimMention) {
			new CreateClaimHandler().run(onIt);
		} else if (annotation instanceof Comment) {
			new AddCommentHandler().run(onIt);
		} else {
			showProperties(target, annotation);
		}
	}

	private static void showProperties(Target target, Annotation annotation) {
		try {
			var view = target.editor().getSite().getPage().showView(IPageLayout.ID_PROP_SHEET);
			if (view instanceof PropertySheet sheet) {
				sheet.selectionChanged(target.editor(), new StructuredSelection(annotation));
			}
		} catch (PartInitException e) {
			MessageDialog.openError(target.shell(), "Edit Annotation", e.getMessage());
		}
	}
}
