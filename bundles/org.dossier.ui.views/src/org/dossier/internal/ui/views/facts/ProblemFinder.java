package org.dossier.internal.ui.views.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dossier.model.Claim;
import org.dossier.model.DocumentEntry;

/**
 * Collects the dossier's problems: from the index (claims without supporting evidence, documents
 * imported twice) and from the documents' facts (unreadable documents, citations that point nowhere,
 * references without a URL or DOI, conflicting figures, annotations outside their text) and the warnings
 * the import stored in the index (an extractor that failed on a document).
 */
public final class ProblemFinder {

	private ProblemFinder() {
	}

	public static List<Problem> find(IndexLookup index, DossierFacts facts) {
		List<Problem> problems = new ArrayList<>();
		if (index.dossier() == null) {
			return problems;
		}
		for (Claim claim : index.dossier().getClaims()) {
			if (!ClaimEvidence.isSupported(claim)) {
				problems.add(new Problem(ProblemKind.UNSUPPORTED_CLAIM,
						"“" + nonNull(claim.getStatement()) + "” has no supporting evidence", null, "", claim));
			}
		}
		for (DocumentEntry entry : index.dossier().getDocuments()) {
			for (String warning : entry.getWarnings()) {
				problems.add(new Problem(ProblemKind.EXTRACTION_WARNING, warning, entry.getId(), index.title(entry.getId()), entry));
			}
		}
		for (DocumentFacts document : facts.documents()) {
			String id = document.documentId();
			if (!document.isReadable()) {
				problems.add(new Problem(ProblemKind.UNREADABLE_DOCUMENT, document.unreadable(), id, index.title(id), index.entry(id)));
				continue;
			}
			for (ModelAddress citation : document.citationsWithoutReference()) {
				problems.add(new Problem(ProblemKind.CITATION_WITHOUT_REFERENCE, "A citation marker points at no reference", id, index.title(id), citation));
			}
			for (ReferenceFact reference : document.references()) {
				if (reference.lacksLink()) {
					problems.add(new Problem(ProblemKind.REFERENCE_WITHOUT_LINK,
							"No URL or DOI to find it by: " + reference.text(), id, index.title(id), reference.address()));
				}
			}
			for (ModelAddress span : document.spansOutsideText()) {
				problems.add(new Problem(ProblemKind.SPAN_OUTSIDE_TEXT, "An annotation's offsets fall outside the text (" + span.fragment() + ")", id, index.title(id), span));
			}
		}
		for (FigureConflicts.Group conflict : facts.conflicts()) {
			problems.add(new Problem(ProblemKind.CONFLICTING_FIGURES, conflict.describe() + " (" + conflict.sources() + " sources)",
					conflict.figures().get(0).address().documentId(), index.title(conflict.figures().get(0).address().documentId()), conflict));
		}
		addDuplicates(index, facts, problems);
		return problems;
	}

	/** Documents with the same checksum, or the same title and text length, as an earlier document. */
	private static void addDuplicates(IndexLookup index, DossierFacts facts, List<Problem> problems) {
		Map<String, DocumentEntry> firstByChecksum = new LinkedHashMap<>();
		Map<String, DocumentEntry> firstByTitleAndLength = new LinkedHashMap<>();
		for (DocumentEntry entry : index.dossier().getDocuments()) {
			DocumentEntry original = null;
			String reason = null;
			if (entry.getChecksum() != null && !entry.getChecksum().isBlank()) {
				original = firstByChecksum.putIfAbsent(entry.getChecksum(), entry);
				reason = "the same checksum";
			}
			DocumentFacts document = facts.document(entry.getId());
			if (original == null && document != null && document.textLength() > 0 && entry.getTitle() != null && !entry.getTitle().isBlank()) {
				String key = entry.getTitle().strip().toLowerCase(Locale.ROOT) + '\u0000' + document.textLength();
				original = firstByTitleAndLength.putIfAbsent(key, entry);
				reason = "the same title and text length";
			}
			if (original != null) {
				problems.add(new Problem(ProblemKind.DUPLICATE_DOCUMENT,
						"Same document as “" + index.title(original.getId()) + "” (" + reason + ")", entry.getId(), index.title(entry.getId()), entry));
			}
		}
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}
}
