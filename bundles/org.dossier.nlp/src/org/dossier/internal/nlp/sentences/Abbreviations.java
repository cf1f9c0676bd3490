package org.dossier.internal.nlp.sentences;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dossier.internal.nlp.lexicon.WordListResource;

/** The abbreviations of {@code abbreviations.txt}, by how they behave at the end of a sentence. */
public final class Abbreviations {

	/** How an abbreviation behaves where a sentence could end after it. */
	public enum Behaviour {
		/** Followed by a name or a noun; never ends a sentence. */
		TITLE,
		/** Never ends a sentence. */
		INSIDE,
		/** An abbreviation only before a number; elsewhere its period is a full stop. */
		BEFORE_NUMBER,
		/** Ends a sentence when the next word starts with a capital. */
		MAY_END,
		/** After a number (a year, a century) like {@link #MAY_END}; elsewhere like {@link #TITLE}. */
		MAY_END_AFTER_NUMBER
	}

	private static final Map<String, Behaviour> BEHAVIOUR_BY_ABBREVIATION = load();

	private Abbreviations() {
	}

	private static Map<String, Behaviour> load() {
		Map<String, Behaviour> behaviours = new HashMap<>();
		Behaviour section = null;
		List<String> lines = WordListResource.lines(Abbreviations.class, "abbreviations.txt");
		for (String line : lines) {
			if (line.startsWith("[")) {
				section = switch (line) {
					case "[title]" -> Behaviour.TITLE;
					case "[inside]" -> Behaviour.INSIDE;
					case "[number]" -> Behaviour.BEFORE_NUMBER;
					case "[end]" -> Behaviour.MAY_END;
					case "[end after number]" -> Behaviour.MAY_END_AFTER_NUMBER;
					default -> throw new IllegalStateException("unknown section in abbreviations.txt: " + line);
				};
			} else if (section == null) {
				throw new IllegalStateException("abbreviation outside a section: " + line);
			} else if (behaviours.put(line, section) != null) {
				throw new IllegalStateException("abbreviation listed twice: " + line);
			}
		}
		return Map.copyOf(behaviours);
	}

	/**
	 * The behaviour of an abbreviation written with its periods and without spaces ("z.B."), or null when
	 * it is not one. A capitalised form falls back on the lower-case entry, as at the start of a sentence.
	 */
	public static Behaviour behaviour(String abbreviation) {
		Behaviour behaviour = BEHAVIOUR_BY_ABBREVIATION.get(abbreviation);
		if (behaviour == null && !abbreviation.isEmpty() && Character.isUpperCase(abbreviation.charAt(0))) {
			behaviour = BEHAVIOUR_BY_ABBREVIATION.get(Character.toLowerCase(abbreviation.charAt(0)) + abbreviation.substring(1));
		}
		return behaviour;
	}
}
