package org.dossier.internal.ui.views.facts;

import java.util.EnumSet;
import java.util.Set;

import org.dossier.core.exporting.LinkIds;
import org.dossier.model.Claim;
import org.dossier.model.DocumentEntry;
import org.dossier.model.DossierPackage.Literals;
import org.dossier.model.EvidenceLink;
import org.dossier.model.EvidenceRelation;
import org.dossier.model.Reliability;
import org.dossier.model.Source;
import org.eclipse.emf.ecore.EObject;

/**
 * What backs a claim: whether any evidence supports it, and how reliable the sources behind its
 * evidence are. Evidence targets live in documents; they are read as addresses, never resolved, so
 * that judging the claims loads no document.
 */
public final class ClaimEvidence {

	private ClaimEvidence() {
	}

	/** Whether at least one piece of evidence supports the claim. */
	public static boolean isSupported(Claim claim) {
		for (EvidenceLink link : claim.getEvidence()) {
			if (link.getRelation() == EvidenceRelation.SUPPORTS && unresolvedTarget(link) != null) {
				return true;
			}
		}
		return false;
	}

	/** The annotation, document or reference a link points at, as it is (a proxy while not loaded). */
	public static EObject unresolvedTarget(EvidenceLink link) {
		EObject annotation = (EObject) link.eGet(Literals.EVIDENCE_LINK__ANNOTATION, false);
		if (annotation != null) {
			return annotation;
		}
		EObject document = (EObject) link.eGet(Literals.EVIDENCE_LINK__DOCUMENT, false);
		return document != null ? document : (EObject) link.eGet(Literals.EVIDENCE_LINK__REFERENCE, false);
	}

	/** The id of the document the link's target is or is in, or {@code null}. */
	public static String targetDocumentId(EvidenceLink link) {
		return LinkIds.documentId(unresolvedTarget(link));
	}

	/**
	 * The source behind a piece of evidence: the publisher of the document it is in or is; for a
	 * reference resolved to a document of the dossier, that document's publisher. {@code null} when
	 * the document is not read yet or has no publisher.
	 */
	public static Source sourceOf(EvidenceLink link, DossierFacts facts, IndexLookup index) {
		String documentId = targetDocumentId(link);
		EObject reference = (EObject) link.eGet(Literals.EVIDENCE_LINK__REFERENCE, false);
		if (reference != null && facts.document(documentId) != null) {
			ModelAddress address = ModelAddress.of(reference);
			for (ReferenceFact fact : facts.document(documentId).references()) {
				if (fact.address().equals(address) && fact.resolvedDocumentId() != null) {
					documentId = fact.resolvedDocumentId();
				}
			}
		}
		DocumentFacts document = facts.document(documentId);
		return document == null ? null : index.source(document.publisherId());
	}

	/** The reliability grades of the sources behind a claim's evidence; NOT_GRADED stands for unknown. */
	public static Set<Reliability> reliabilities(Claim claim, DossierFacts facts, IndexLookup index) {
		Set<Reliability> grades = EnumSet.noneOf(Reliability.class);
		for (EvidenceLink link : claim.getEvidence()) {
			Source source = sourceOf(link, facts, index);
			grades.add(source == null || source.getReliability() == null ? Reliability.NOT_GRADED : source.getReliability());
		}
		return grades;
	}

	/** The entry of the document a link's target is or is in, or {@code null}. */
	public static DocumentEntry targetEntry(EvidenceLink link, IndexLookup index) {
		return index.entry(targetDocumentId(link));
	}
}
