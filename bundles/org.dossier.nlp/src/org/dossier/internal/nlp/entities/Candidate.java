package org.dossier.internal.nlp.entities;

import org.dossier.nlp.EntityMention.Kind;

/**
 * A name one of the rules proposes, over tokens {@code first} to {@code end} (exclusive), before overlaps
 * between the rules are settled.
 */
record Candidate(int first, int end, Kind kind, String canonicalName, Double lat, Double lon, double confidence,
		Source source) {

	/** Which rule proposed the name. */
	enum Source {
		GAZETTEER, ORGANIZATION_PATTERN, PERSON_CONTEXT, PLACE_CUE, REPEATED_NAME, ACRONYM, PLACE_PREPOSITION
	}

	Candidate withName(String name, double newConfidence) {
		return new Candidate(first, end, kind, name, lat, lon, newConfidence, source);
	}

	int length() {
		return end - first;
	}
}
