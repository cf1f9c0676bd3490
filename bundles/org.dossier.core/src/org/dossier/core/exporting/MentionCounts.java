package org.dossier.core.exporting;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How often each entity is mentioned, and in how many documents, counted while the documents stream
 * by: entities are written after the documents, so no document has to be read twice.
 */
public final class MentionCounts {

	private final Map<String, Counts> counts = new HashMap<>();
	private final Set<String> mentionedInDocument = new HashSet<>();

	public void startDocument() {
		mentionedInDocument.clear();
	}

	public void add(String entityId) {
		if (entityId == null) {
			return;
		}
		Counts entity = counts.computeIfAbsent(entityId, id -> new Counts());
		entity.mentions++;
		if (mentionedInDocument.add(entityId)) {
			entity.documents++;
		}
	}

	public int mentions(String entityId) {
		Counts entity = counts.get(entityId);
		return entity != null ? entity.mentions : 0;
	}

	public int documents(String entityId) {
		Counts entity = counts.get(entityId);
		return entity != null ? entity.documents : 0;
	}

	private static final class Counts {
		int mentions;
		int documents;
	}
}
