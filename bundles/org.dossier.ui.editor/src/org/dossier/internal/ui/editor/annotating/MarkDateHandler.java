package org.dossier.internal.ui.editor.annotating;

import org.dossier.core.editing.AnnotationCommands;
import org.dossier.model.DateMention;
import org.dossier.model.DossierFactory;
import org.dossier.model.DossierPackage.Literals;
import org.dossier.ui.DossierSession;
import org.dossier.ui.dialogs.FieldsDialog;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.window.Window;

/**
 * Annotate &gt; Mark or Correct Date (Ctrl+Shift+D): corrects the normalised value of the date at the
 * cursor, or marks the selection as a date.
 */
public final class MarkDateHandler extends AnnotatingHandler {

	@Override
	String label() {
		return "Mark or Correct Date";
	}

	@Override
	boolean needsSpan() {
		return false;
	}

	@Override
	void run(Target target) {
		DateMention existing = target.first(DateMention.class);
		if (!canActOn(target, existing, "Select the date first, or put the cursor on a date to correct it.")) {
			return;
		}
		FieldsDialog dialog = new FieldsDialog(target.shell(), existing != null ? "Correct Date" : "Mark Date",
				"The date as ISO 8601: 2019-11-03, 2021-09, 1975, or --06-02 when the year is unknown.");
		FieldsDialog.Value<String> value = dialog.text("&Date:", existing != null ? existing.getValue() : "", false, Choices::checkIsoDate);
		if (dialog.open() != Window.OK) {
			return;
		}
		EditingDomain domain = DossierSession.getDefault().getEditingDomain();
		if (existing != null) {
			target.execute(SetCommand.create(domain, existing, Literals.DATE_MENTION__VALUE, value.get()));
			return;
		}
		DateMention date = DossierFactory.eINSTANCE.createDateMention();
		date.setValue(value.get());
		target.execute(AnnotationCommands.add(domain, target.document(), date, target.begin(), target.end()));
	}
}
