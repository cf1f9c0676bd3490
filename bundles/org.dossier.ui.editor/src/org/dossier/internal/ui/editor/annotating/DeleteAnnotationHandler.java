package org.dossier.internal.ui.editor.annotating;

import java.util.Arrays;
import java.util.List;

import org.dossier.core.editing.AnnotationCommands;
import org.dossier.internal.ui.editor.AnnotationDetails;
import org.dossier.model.Annotation;
import org.dossier.ui.DossierSession;
import org.dossier.ui.ModelTexts;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.dialogs.ListSelectionDialog;

/**
 * Annotate &gt; Delete Annotation (Delete): deletes the annotation at the cursor, automatic or manual;
 * when several overlap there, asks which. Evidence links to a deleted annotation go with it.
 */
public final class DeleteAnnotationHandler extends AnnotatingHandler {

	@Override
	String label() {
		return "Delete Annotation";
	}

	@Override
	boolean needsSpan() {
		return false;
	}

	@Override
	void run(Target target) {
		List<Annotation> found = target.annotations();
		if (found.isEmpty()) {
			Display.getCurrent().beep();
			return;
		}
		List<Annotation> doomed = found;
		if (found.size() > 1) {
			ListSelectionDialog dialog = ListSelectionDialog.of(found).contentProvider(ArrayContentProvider.getInstance())
					.labelProvider(new LabelProvider() {
						@Override
						public String getText(Object element) {
							Annotation annotation = (Annotation) element;
							return AnnotationDetails.headline(annotation).lines().findFirst().orElse("") + " - "
									+ ModelTexts.abbreviated(AnnotationCommands.coveredText(annotation), 60);
						}
					}).message("Delete which annotations?").preselect(found.get(0)).create(target.shell());
			dialog.setTitle(label());
			if (dialog.open() != Window.OK || dialog.getResult().length == 0) {
				return;
			}
			doomed = Arrays.stream(dialog.getResult()).map(Annotation.class::cast).toList();
		}
		target.execute(AnnotationCommands.delete(DossierSession.getDefault().getEditingDomain(), target.dossier(), doomed));
	}
}
