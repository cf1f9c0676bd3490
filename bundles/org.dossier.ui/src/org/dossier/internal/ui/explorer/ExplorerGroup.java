package org.dossier.internal.ui.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import org.dossier.model.DocumentEntry;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;

/**
 * A subgroup of the explorer when it groups: the documents of one language, or the entities of one
 * kind. Equal by folder and key, so that the tree keeps its expansion state across refreshes.
 */
record ExplorerGroup(ExplorerFolder folder, String key) {

	static final String UNKNOWN = "unknown";

	/** The groups of a folder that has them (documents, entities), in alphabetical order. */
	static List<ExplorerGroup> of(ExplorerFolder folder, Dossier dossier) {
		TreeMap<String, ExplorerGroup> groups = new TreeMap<>();
		for (Object member : folder.children(dossier)) {
			String key = keyOf(member);
			groups.computeIfAbsent(key, k -> new ExplorerGroup(folder, k));
		}
		return new ArrayList<>(groups.values());
	}

	static boolean groups(ExplorerFolder folder) {
		return folder == ExplorerFolder.DOCUMENTS || folder == ExplorerFolder.ENTITIES;
	}

	List<Object> members(Dossier dossier) {
		List<Object> members = new ArrayList<>();
		for (Object member : folder.children(dossier)) {
			if (key.equals(keyOf(member))) {
				members.add(member);
			}
		}
		return members;
	}

	String label() {
		return switch (key) {
		case "person" -> "People";
		case "organization" -> "Organisations";
		case "location" -> "Places";
		case "other" -> "Other";
		default -> key;
		};
	}

	private static String keyOf(Object member) {
		if (member instanceof DocumentEntry entry) {
			return entry.getLanguage() == null || entry.getLanguage().isBlank() ? UNKNOWN : entry.getLanguage().toLowerCase(Locale.ROOT);
		}
		if (member instanceof Entity entity) {
			return entity.getKind() == null ? "other" : entity.getKind().getLiteral();
		}
		return UNKNOWN;
	}
}
