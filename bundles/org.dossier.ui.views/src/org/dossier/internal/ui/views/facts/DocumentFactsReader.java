package org.dossier.internal.ui.views.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dossier.core.exporting.LinkIds;
import org.dossier.model.Annotation;
import org.dossier.model.Citation;
import org.dossier.model.ClaimMention;
import org.dossier.model.DateMention;
import org.dossier.model.Document;
import org.dossier.model.DossierPackage.Literals;
import org.dossier.model.Mention;
import org.dossier.model.Quantity;
import org.dossier.model.QuantityKind;
import org.dossier.model.Reference;
import org.eclipse.emf.ecore.EObject;

/**
 * Reads the {@link DocumentFacts} of a loaded document. Links out of the document (to entities, claims,
 * the publisher, other documents) are read as ids without being resolved, so the document may sit in a
 * resource set of its own, apart from the dossier's index. Reads only; the caller makes sure nothing
 * changes the document meanwhile.
 */
public final class DocumentFactsReader {

	/** Longest reference text kept; the rest is in the document. */
	public static final int MAX_TEXT = 300;

	private DocumentFactsReader() {
	}

	public static DocumentFacts read(Document document) {
		String documentId = document.getId();
		String text = document.getText();
		Map<String, int[]> mentionCounts = new LinkedHashMap<>();
		Map<String, ModelAddress> firstMentions = new HashMap<>();
		List<FigureFact> figures = new ArrayList<>();
		List<ModelAddress> citationsWithoutReference = new ArrayList<>();
		Map<String, int[]> citationCounts = new HashMap<>();
		Map<String, ModelAddress> firstCitations = new HashMap<>();
		Map<String, List<ModelAddress>> claimMentions = new LinkedHashMap<>();
		List<ModelAddress> spansOutsideText = new ArrayList<>();
		for (Annotation annotation : document.getAnnotations()) {
			ModelAddress address = new ModelAddress(documentId, LinkIds.id(annotation));
			String covered = annotation.getCoveredText();
			if (covered == null) {
				spansOutsideText.add(address);
			}
			if (annotation instanceof Mention mention) {
				String entityId = linkedId(mention, Literals.MENTION__ENTITY);
				if (entityId != null) {
					mentionCounts.computeIfAbsent(entityId, id -> new int[1])[0]++;
					firstMentions.putIfAbsent(entityId, address);
				}
			} else if (annotation instanceof Quantity quantity) {
				String kind = quantity.getKind() == null ? QuantityKind.OTHER.getLiteral() : quantity.getKind().getLiteral();
				// a table's cell value is followed by the next cell, not by what it counts
				boolean inTable = quantity.eGet(Literals.QUANTITY__TABLE, false) != null;
				String noun = inTable ? null : FigureNouns.of(quantity.getKind() == QuantityKind.COUNT, quantity.getUnit(), text, quantity.getEnd());
				figures.add(new FigureFact(address, nonNull(covered), kind, quantity.getValue(), null, quantity.getUnit(), noun));
			} else if (annotation instanceof DateMention date) {
				figures.add(new FigureFact(address, nonNull(covered), FigureFact.DATE, Double.NaN, date.getValue(), null, null));
			} else if (annotation instanceof Citation citation) {
				String referenceId = linkedId(citation, Literals.CITATION__REFERENCE);
				if (referenceId == null) {
					citationsWithoutReference.add(address);
				} else {
					citationCounts.computeIfAbsent(referenceId, id -> new int[1])[0]++;
					firstCitations.putIfAbsent(referenceId, address);
				}
			} else if (annotation instanceof ClaimMention claimMention) {
				String claimId = linkedId(claimMention, Literals.CLAIM_MENTION__CLAIM);
				if (claimId != null) {
					claimMentions.computeIfAbsent(claimId, id -> new ArrayList<>()).add(address);
				}
			}
		}
		Map<String, EntityTally> mentions = new LinkedHashMap<>();
		mentionCounts.forEach((entityId, count) -> mentions.put(entityId, new EntityTally(count[0], firstMentions.get(entityId))));
		List<ReferenceFact> references = new ArrayList<>();
		for (Reference reference : document.getReferences()) {
			String referenceId = LinkIds.id(reference);
			int[] citations = citationCounts.get(referenceId);
			references.add(new ReferenceFact(new ModelAddress(documentId, referenceId), reference.getLabel(), cut(reference.getText()),
					reference.getUrl(), reference.getDoi(),
					LinkIds.documentId((EObject) reference.eGet(Literals.REFERENCE__RESOLVED_DOCUMENT, false)),
					citations == null ? 0 : citations[0], firstCitations.get(referenceId)));
		}
		return new DocumentFacts(documentId, linkedId(document, Literals.DOCUMENT__PUBLISHER), text == null ? 0 : text.length(),
				mentions, figures, references, citationsWithoutReference, claimMentions, spansOutsideText, null);
	}

	/** The id an object links to through a reference, without resolving the link. */
	private static String linkedId(EObject object, org.eclipse.emf.ecore.EReference reference) {
		return LinkIds.id((EObject) object.eGet(reference, false));
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

	private static String cut(String text) {
		if (text == null) {
			return "";
		}
		String line = text.replace('\n', ' ').strip();
		return line.length() <= MAX_TEXT ? line : line.substring(0, MAX_TEXT - 1) + "…";
	}
}
