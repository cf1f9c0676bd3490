package org.dossier.core.editing;

import java.util.List;

import org.dossier.core.store.Ids;
import org.dossier.model.Annotation;
import org.dossier.model.Claim;
import org.dossier.model.ClaimMention;
import org.dossier.model.Document;
import org.dossier.model.Dossier;
import org.dossier.model.DossierFactory;
import org.dossier.model.DossierPackage;
import org.dossier.model.EvidenceLink;
import org.dossier.model.EvidenceRelation;
import org.dossier.model.Reference;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/** Undoable commands that make claims and link the evidence for or against them. */
public final class ClaimCommands {

	private ClaimCommands() {
	}

	/** A new claim with an id; fill in its statement, claimant, date, credibility and verdict before adding it. */
	public static Claim newClaim(String statement) {
		Claim claim = DossierFactory.eINSTANCE.createClaim();
		claim.setId(Ids.newId("c"));
		claim.setStatement(statement);
		return claim;
	}

	/**
	 * Adds a claim to the dossier and, when a span is given, marks where the document states it with a
	 * claim mention.
	 */
	public static Command create(EditingDomain domain, Dossier dossier, Claim claim, Document statedIn, int begin, int end) {
		CompoundCommand create = new CompoundCommand("Create Claim");
		create.append(AddCommand.create(domain, dossier, DossierPackage.Literals.DOSSIER__CLAIMS, claim));
		if (statedIn != null) {
			ClaimMention mention = DossierFactory.eINSTANCE.createClaimMention();
			mention.setClaim(claim);
			create.append(AnnotationCommands.add(domain, statedIn, mention, begin, end));
		}
		return create;
	}

	/**
	 * Links evidence to a claim: an annotation, a whole document or a reference, as supporting,
	 * refuting or giving context to it.
	 */
	public static Command linkEvidence(EditingDomain domain, Claim claim, EObject evidence, EvidenceRelation relation, String note) {
		EvidenceLink link = DossierFactory.eINSTANCE.createEvidenceLink();
		link.setRelation(relation);
		link.setNote(note);
		if (evidence instanceof Annotation annotation) {
			link.setAnnotation(annotation);
		} else if (evidence instanceof Document document) {
			link.setDocument(document);
		} else if (evidence instanceof Reference reference) {
			link.setReference(reference);
		} else {
			return UnexecutableCommand.INSTANCE;
		}
		Command add = AddCommand.create(domain, claim, DossierPackage.Literals.CLAIM__EVIDENCE, link);
		return new CompoundCommand("Link Evidence", List.of(add));
	}
}
