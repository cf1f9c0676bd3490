package org.dossier.internal.ui.editor.annotating;

import org.dossier.core.editing.AnnotationCommands;
import org.dossier.model.DossierFactory;
import org.dossier.model.DossierPackage.Literals;
import org.dossier.model.Quantity;
import org.dossier.model.QuantityKind;
import org.dossier.ui.DossierSession;
import org.dossier.ui.dialogs.FieldsDialog;
import org.dossier.ui.ModelTexts;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.window.Window;

/**
 * Annotate &gt; Mark or Correct Quantity (Ctrl+Shift+U): corrects the value, unit and kind of the figure
 * at the cursor, or marks the selection as a figure.
 */
public final class MarkQuantityHandler extends AnnotatingHandler {

	@Override
	String label() {
		return "Mark or Correct Quantity";
	}

	@Override
	boolean needsSpan() {
		return false;
	}

	@Override
	void run(Target target) {
		Quantity existing = target.first(Quantity.class);
		if (!canActOn(target, existing, "Select the figure first, or put the cursor on a figure to correct it.")) {
			return;
		}
		FieldsDialog dialog = new FieldsDialog(target.shell(), existing != null ? "Correct Quantity" : "Mark Quantity",
				"The figure's value as a plain number (2 milliards = 2000000000), its unit and kind.");
		FieldsDialog.Value<String> value = dialog.text("&Value:",
				existing != null ? ModelTexts.number(existing.getValue()).replace(",", "") : "", false, Choices::checkNumber);
		FieldsDialog.Value<String> unit = dialog.text("&Unit:", existing != null ? existing.getUnit() : "", false, null);
		FieldsDialog.Value<QuantityKind> kind = dialog.choice("&Kind:", QuantityKind.VALUES, QuantityKind::getLiteral,
				existing != null && existing.getKind() != null ? existing.getKind() : QuantityKind.VALUES.get(0));
		if (dialog.open() != Window.OK) {
			return;
		}
		EditingDomain domain = DossierSession.getDefault().getEditingDomain();
		String unitText = unit.get().isEmpty() ? null : unit.get();
		if (existing != null) {
			CompoundCommand correct = new CompoundCommand("Correct Quantity");
			correct.append(SetCommand.create(domain, existing, Literals.QUANTITY__VALUE, Choices.number(value.get())));
			correct.append(SetCommand.create(domain, existing, Literals.QUANTITY__UNIT, unitText));
			correct.append(SetCommand.create(domain, existing, Literals.QUANTITY__KIND, kind.get()));
			target.execute(correct);
			return;
		}
		Quantity quantity = DossierFactory.eINSTANCE.createQuantity();
		quantity.setValue(Choices.number(value.get()));
		quantity.setUnit(unitText);
		quantity.setKind(kind.get());
		target.execute(AnnotationCommands.add(domain, target.document(), quantity, target.begin(), target.end()));
	}
}
