package org.dossier.internal.ui.views.facts;

import java.util.List;
import java.util.Map;

/**
 * What the views need to know of one document, read once and kept instead of the document: plain
 * strings, numbers and addresses, no model objects, so that a dossier of many documents can be listed
 * without keeping them in memory.
 *
 * @param documentId               the document
 * @param publisherId              the id of its publisher Source, or {@code null}
 * @param textLength               the length of its normalised text
 * @param mentions                 entity id to the document's mentions of it, in order of first mention
 * @param figures                  its quantities and dates, in text order
 * @param references               its bibliography
 * @param citationsWithoutReference citation markers that point at no reference
 * @param claimMentions            claim id to the claim mentions stating it here
 * @param spansOutsideText         annotations whose offsets fall outside the text
 * @param unreadable               why the document could not be read, or {@code null} when it could
 */
public record DocumentFacts(String documentId, String publisherId, int textLength, Map<String, EntityTally> mentions,
		List<FigureFact> figures, List<ReferenceFact> references, List<ModelAddress> citationsWithoutReference,
		Map<String, List<ModelAddress>> claimMentions, List<ModelAddress> spansOutsideText, String unreadable) {

	/** The facts of a document that could not be read: only the reason. */
	public static DocumentFacts unreadable(String documentId, String reason) {
		return new DocumentFacts(documentId, null, -1, Map.of(), List.of(), List.of(), List.of(), Map.of(), List.of(), reason);
	}

	public boolean isReadable() {
		return unreadable == null;
	}
}
