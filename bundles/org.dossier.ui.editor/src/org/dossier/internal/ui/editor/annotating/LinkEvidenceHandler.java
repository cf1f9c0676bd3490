package org.dossier.internal.ui.editor.annotating;

import java.util.ArrayList;
import java.util.List;

import org.dossier.core.editing.AnnotationCommands;
import org.dossier.core.editing.ClaimCommands;
import org.dossier.internal.ui.editor.AnnotationDetails;
import org.dossier.model.Annotation;
import org.dossier.model.Claim;
import org.dossier.model.ClaimMention;
import org.dossier.model.Comment;
import org.dossier.model.DossierFactory;
import org.dossier.model.EvidenceRelation;
import org.dossier.ui.DossierSession;
import org.dossier.ui.dialogs.FieldsDialog;
import org.dossier.ui.ModelTexts;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;

/**
 * Annotate &gt; Link as Evidence (Ctrl+Shift+V): links an annotation at the selection, the selected
 * text (kept as a comment) or the whole document to a claim, as supporting, refuting or context.
 */
public final class LinkEvidenceHandler extends AnnotatingHandler {

	/** What can serve as the evidence, with how the dialog names it. */
	private record Candidate(String label, EObject evidence) {
	}

	@Override
	String label() {
		return "Link as Evidence";
	}

	@Override
	boolean needsSpan() {
		return false;
	}

	@Override
	void run(Target target) {
		if (target.dossier().getClaims().isEmpty()) {
			MessageDialog.openInformation(target.shell(), label(), "The dossier has no claims yet: select a statement and create one (Ctrl+Shift+C).");
			return;
		}
		List<Candidate> candidates = new ArrayList<>();
		for (Annotation annotation : target.annotations()) {
			if (!(annotation instanceof ClaimMention)) {
				candidates.add(new Candidate(AnnotationDetails.headline(annotation).lines().findFirst().orElse("") + ": "
						+ ModelTexts.abbreviated(AnnotationCommands.coveredText(annotation), 60), annotation));
			}
		}
		if (target.hasSpan()) {
			candidates.add(new Candidate("The selected text: " + ModelTexts.abbreviated(target.selectedText(), 60), null));
		}
		candidates.add(new Candidate("The whole document: " + ModelTexts.abbreviated(target.document().getTitle(), 60), target.document()));
		List<Claim> claims = new ArrayList<>(target.dossier().getClaims());

		FieldsDialog dialog = new FieldsDialog(target.shell(), label(), "Which claim does this bear on, and how?");
		FieldsDialog.FilteredChoice<Claim> claim = dialog.filteredList("&Claim:", claims, Choices::claimLabel, "");
		FieldsDialog.Value<Candidate> evidence = dialog.choice("&Evidence:", candidates, Candidate::label, candidates.get(0));
		FieldsDialog.Value<EvidenceRelation> relation = dialog.choice("&Relation:", EvidenceRelation.VALUES,
				EvidenceRelation::getLiteral, EvidenceRelation.SUPPORTS);
		FieldsDialog.Value<String> note = dialog.text("&Note:", "", true, null);
		dialog.require(() -> claim.current() == null ? "Pick the claim" : null);
		if (dialog.open() != Window.OK) {
			return;
		}
		EditingDomain domain = DossierSession.getDefault().getEditingDomain();
		String noteText = note.get().isEmpty() ? null : note.get();
		EObject linked = evidence.get().evidence();
		CompoundCommand link = new CompoundCommand("Link Evidence");
		if (linked == null) {
			Comment excerpt = DossierFactory.eINSTANCE.createComment();
			excerpt.setText(noteText != null ? noteText : "Evidence for: " + ModelTexts.abbreviated(claim.get().getStatement(), 80));
			link.append(AnnotationCommands.add(domain, target.document(), excerpt, target.begin(), target.end()));
			linked = excerpt;
		}
		link.append(ClaimCommands.linkEvidence(domain, claim.get(), linked, relation.get(), noteText));
		target.execute(link);
	}
}
