package org.dossier.internal.ui.editor.annotating;

import org.dossier.core.editing.AnnotationCommands;
import org.dossier.model.DossierFactory;
import org.dossier.model.DossierPackage.Literals;
import org.dossier.model.Entity;
import org.dossier.model.Quote;
import org.dossier.ui.DossierSession;
import org.dossier.ui.dialogs.FieldsDialog;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.window.Window;

/** Annotate &gt; Mark Quotation (Ctrl+Shift+Q): the selection is a quotation; pick its speaker. */
public final class MarkQuoteHandler extends AnnotatingHandler {

	@Override
	String label() {
		return "Mark Quotation";
	}

	@Override
	boolean needsSpan() {
		return false;
	}

	@Override
	void run(Target target) {
		Quote existing = target.hasSpan() ? null : target.first(Quote.class);
		if (!canActOn(target, existing, "Select the quotation first.")) {
			return;
		}
		FieldsDialog dialog = new FieldsDialog(target.shell(), existing != null ? "Edit Quotation" : label(),
				"Who said it? Leave the list unselected when the speaker is unknown.");
		FieldsDialog.FilteredChoice<Entity> speaker = dialog.filteredList("&Speaker:", Choices.entities(target.dossier()),
				Choices::entityLabel, existing != null && existing.getSpeaker() != null ? existing.getSpeaker().getName() : "");
		FieldsDialog.Value<String> verb = dialog.text("Speech &verb:", existing != null ? existing.getSpeechVerb() : "", false, null);
		if (dialog.open() != Window.OK) {
			return;
		}
		EditingDomain domain = DossierSession.getDefault().getEditingDomain();
		String speechVerb = verb.get().isEmpty() ? null : verb.get();
		if (existing != null) {
			CompoundCommand edit = new CompoundCommand("Edit Quotation");
			edit.append(SetCommand.create(domain, existing, Literals.QUOTE__SPEAKER, speaker.get()));
			edit.append(SetCommand.create(domain, existing, Literals.QUOTE__SPEECH_VERB, speechVerb));
			target.execute(edit);
			return;
		}
		Quote quote = DossierFactory.eINSTANCE.createQuote();
		quote.setSpeaker(speaker.get());
		quote.setSpeechVerb(speechVerb);
		target.execute(AnnotationCommands.add(domain, target.document(), quote, target.begin(), target.end()));
	}
}
