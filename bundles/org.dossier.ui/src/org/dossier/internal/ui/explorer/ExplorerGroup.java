package org.dossier.internal.ui.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import org.dossier.model.DocumentEntry;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.Reliability;
import org.dossier.model.Source;

/**
 * A subgroup of the explorer when it groups: the documents of one language or one source, or the
 * entities of one kind. Equal by folder, grouping and key, so that the tree keeps its expansion state
 * across refreshes.
 */
public record ExplorerGroup(ExplorerFolder folder, Grouping grouping, String key) {

	/** How the explorer groups documents; entities go by kind whenever documents are grouped. */
	public enum Grouping {
		NONE, LANGUAGE, SOURCE
	}

	static final String UNKNOWN = "unknown";
	static final String NO_SOURCE = "(no source)";

	/** The groups of a folder that has them (documents, entities), in alphabetical order. */
	static List<ExplorerGroup> of(ExplorerFolder folder, Grouping grouping, Dossier dossier) {
		TreeMap<String, ExplorerGroup> groups = new TreeMap<>();
		for (Object member : folder.children(dossier)) {
			String key = keyOf(member, grouping);
			groups.computeIfAbsent(key, k -> new ExplorerGroup(folder, grouping, k));
		}
		return new ArrayList<>(groups.values());
	}

	static boolean groups(ExplorerFolder folder) {
		return folder == ExplorerFolder.DOCUMENTS || folder == ExplorerFolder.ENTITIES;
	}

	List<Object> members(Dossier dossier) {
		List<Object> members = new ArrayList<>();
		for (Object member : folder.children(dossier)) {
			if (key.equals(keyOf(member, grouping))) {
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

	private static String keyOf(Object member, Grouping grouping) {
		if (member instanceof DocumentEntry entry && grouping == Grouping.SOURCE) {
			Source source = entry.getPublisher();
			return source == null || source.getName() == null ? NO_SOURCE
					: source.getName() + (source.getReliability() == null || source.getReliability() == Reliability.NOT_GRADED ? ""
							: " [" + source.getReliability().getLiteral() + "]");
		}
		if (member instanceof DocumentEntry entry) {
			return entry.getLanguage() == null || entry.getLanguage().isBlank() ? UNKNOWN : entry.getLanguage().toLowerCase(Locale.ROOT);
		}
		if (member instanceof Entity entity) {
			return entity.getKind() == null ? "other" : entity.getKind().getLiteral();
		}
		return UNKNOWN;
	}
}
