package org.dossier.internal.ui.editor.annotating;

import java.util.ArrayList;
import java.util.List;

import org.dossier.core.editing.ClaimCommands;
import org.dossier.model.Claim;
import org.dossier.model.ClaimMention;
import org.dossier.model.Credibility;
import org.dossier.model.DateMention;
import org.dossier.model.DossierPackage.Literals;
import org.dossier.model.Entity;
import org.dossier.model.Quote;
import org.dossier.model.Verdict;
import org.dossier.ui.DossierSession;
import org.dossier.ui.dialogs.FieldsDialog;
import org.dossier.ui.ModelTexts;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.window.Window;

/**
 * Annotate &gt; Create Claim (Ctrl+Shift+C): makes a claim of the selected statement, with claimant
 * (the quotation's speaker by default), date, Admiralty credibility and verdict; on a claim already
 * marked, edits it.
 */
public final class CreateClaimHandler extends AnnotatingHandler {

	@Override
	String label() {
		return "Create Claim";
	}

	@Override
	boolean needsSpan() {
		return false;
	}

	@Override
	void run(Target target) {
		ClaimMention marked = target.hasSpan() ? null : target.first(ClaimMention.class);
		Claim existing = marked == null ? null : marked.getClaim();
		if (!canActOn(target, existing, "Select the statement first, or put the cursor on a claim to edit it.")) {
			return;
		}
		Quote quote = target.first(Quote.class);
		DateMention date = target.first(DateMention.class);
		List<Entity> claimants = new ArrayList<>();
		claimants.add(null);
		claimants.addAll(Choices.entities(target.dossier()));
		FieldsDialog dialog = new FieldsDialog(target.shell(), existing != null ? "Edit Claim" : label(),
				"What is claimed, by whom and when; grade it on the Admiralty scale (1 confirmed … 6 cannot be judged).");
		FieldsDialog.Value<String> statement = dialog.text("&Statement:",
				existing != null ? existing.getStatement() : target.selectedText().strip(), true, text -> Choices.notBlank(text, "the statement"));
		FieldsDialog.Value<Entity> claimant = dialog.choice("C&laimant:", claimants,
				entity -> entity == null ? "(unknown)" : entity.getName(),
				existing != null ? existing.getClaimant() : quote != null ? quote.getSpeaker() : null);
		FieldsDialog.Value<String> when = dialog.text("&Date:", existing != null ? existing.getDate()
				: date != null ? date.getValue() : target.document().getPublishedAt(), false,
				text -> text.isEmpty() ? null : Choices.checkIsoDate(text));
		FieldsDialog.Value<Credibility> credibility = dialog.choice("&Credibility:", Credibility.VALUES, ModelTexts::credibility,
				existing != null ? existing.getCredibility() : Credibility.NOT_GRADED);
		FieldsDialog.Value<Verdict> verdict = dialog.choice("&Verdict:", Verdict.VALUES, ModelTexts::verdict,
				existing != null ? existing.getVerdict() : Verdict.UNVERIFIED);
		if (dialog.open() != Window.OK) {
			return;
		}
		EditingDomain domain = DossierSession.getDefault().getEditingDomain();
		String dateValue = when.get().isEmpty() ? null : when.get();
		if (existing != null) {
			CompoundCommand edit = new CompoundCommand("Edit Claim");
			edit.append(SetCommand.create(domain, existing, Literals.CLAIM__STATEMENT, statement.get()));
			edit.append(SetCommand.create(domain, existing, Literals.CLAIM__CLAIMANT, claimant.get()));
			edit.append(SetCommand.create(domain, existing, Literals.CLAIM__DATE, dateValue));
			edit.append(SetCommand.create(domain, existing, Literals.CLAIM__CREDIBILITY, credibility.get()));
			edit.append(SetCommand.create(domain, existing, Literals.CLAIM__VERDICT, verdict.get()));
			target.execute(edit);
			return;
		}
		Claim claim = ClaimCommands.newClaim(statement.get());
		claim.setClaimant(claimant.get());
		claim.setDate(dateValue);
		claim.setCredibility(credibility.get());
		claim.setVerdict(verdict.get());
		target.execute(ClaimCommands.create(domain, target.dossier(), claim, target.document(), target.begin(), target.end()));
	}
}
