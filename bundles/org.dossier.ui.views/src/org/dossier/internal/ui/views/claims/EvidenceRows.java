package org.dossier.internal.ui.views.claims;

import java.util.ArrayList;
import java.util.List;

import org.dossier.internal.ui.views.ModelObjects;
import org.dossier.internal.ui.views.facts.ClaimEvidence;
import org.dossier.internal.ui.views.facts.DossierFacts;
import org.dossier.internal.ui.views.facts.IndexLookup;
import org.dossier.internal.ui.views.facts.ModelAddress;
import org.dossier.model.Annotation;
import org.dossier.model.Claim;
import org.dossier.model.DossierPackage;
import org.dossier.model.EvidenceLink;
import org.dossier.model.Reference;
import org.dossier.model.Source;
import org.eclipse.emf.ecore.EObject;

/**
 * The details of a claim's evidence. The text of an annotation or reference is in its document, which
 * is read for a glance and let go of again: a claim has a handful of pieces of evidence.
 */
final class EvidenceRows {

	private static final int MAX_TEXT = 200;

	private EvidenceRows() {
	}

	static List<EvidenceRow> of(Claim claim, DossierFacts facts, IndexLookup index) {
		List<EvidenceRow> rows = new ArrayList<>();
		for (EvidenceLink link : claim.getEvidence()) {
			String documentId = ClaimEvidence.targetDocumentId(link);
			Source source = ClaimEvidence.sourceOf(link, facts, index);
			rows.add(new EvidenceRow(link, describe(ClaimEvidence.unresolvedTarget(link), documentId), index.title(documentId),
					source == null ? "" : source.getName(), Grades.reliability(source == null ? null : source.getReliability())));
		}
		return rows;
	}

	private static String describe(EObject target, String documentId) {
		if (target == null) {
			return "(nothing)";
		}
		if (DossierPackage.Literals.DOCUMENT.isSuperTypeOf(target.eClass())) {
			return "The whole document";
		}
		ModelAddress address = ModelAddress.of(target);
		String text = address == null ? null
				: ModelObjects.getDefault().peek(documentId, document -> textOf(document.eResource().getEObject(address.fragment())));
		return text == null ? "(not found in its document)" : text;
	}

	private static String textOf(EObject object) {
		if (object instanceof Annotation annotation) {
			String covered = annotation.getCoveredText();
			return annotation.eClass().getName() + ": “" + cut(covered == null ? "" : covered) + "”";
		}
		if (object instanceof Reference reference) {
			return "Reference " + (reference.getLabel() == null ? "" : reference.getLabel() + " ")
					+ cut(reference.getText() == null ? "" : reference.getText());
		}
		return null;
	}

	private static String cut(String text) {
		String line = text.replace('\n', ' ').strip();
		return line.length() <= MAX_TEXT ? line : line.substring(0, MAX_TEXT - 1) + "…";
	}
}
