package org.dossier.internal.nlp.quotes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.dossier.internal.nlp.lexicon.WordListResource;

/** The word classes of {@code speaker-words.txt} that speaker phrases are made of, besides names. */
final class SpeakerWords {

	static final Set<String> TITLES;
	static final Set<String> DETERMINERS;
	static final Set<String> LINKS;
	static final Set<String> PRONOUNS;
	static final Set<String> AUXILIARIES;
	static final Set<String> NOT_NAMES;

	static {
		Map<String, Set<String>> sections = new HashMap<>();
		Set<String> section = null;
		for (String line : WordListResource.lines(SpeakerWords.class, "speaker-words.txt")) {
			if (line.startsWith("[")) {
				section = sections.computeIfAbsent(line, name -> new HashSet<>());
			} else if (section == null) {
				throw new IllegalStateException("speaker word outside a section: " + line);
			} else {
				section.add(line);
			}
		}
		TITLES = Set.copyOf(required(sections, "[title]"));
		DETERMINERS = Set.copyOf(required(sections, "[determiner]"));
		LINKS = Set.copyOf(required(sections, "[link]"));
		PRONOUNS = Set.copyOf(required(sections, "[pronoun]"));
		AUXILIARIES = Set.copyOf(required(sections, "[auxiliary]"));
		NOT_NAMES = Set.copyOf(required(sections, "[not a name]"));
	}

	private SpeakerWords() {
	}

	private static Set<String> required(Map<String, Set<String>> sections, String name) {
		Set<String> words = sections.get(name);
		if (words == null) {
			throw new IllegalStateException("section " + name + " missing from speaker-words.txt");
		}
		return words;
	}
}
