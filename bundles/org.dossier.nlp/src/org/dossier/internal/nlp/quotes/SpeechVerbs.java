package org.dossier.internal.nlp.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dossier.internal.nlp.lexicon.WordListResource;
import org.dossier.internal.nlp.sentences.TokenType;

/** The words of {@code speech-verbs.txt} that attribute a quotation, found among the tokens of a text. */
final class SpeechVerbs {

	/** Where the speaker stands with respect to the words that attribute the quotation. */
	enum Kind {
		/** Before ("X said") or, inverted, after ("said X"). */
		VERB,
		/** After: "according to X", "selon X". */
		PREPOSITION,
		/** Before: "X zufolge". */
		POSTPOSITION,
		/** After, and only right after a quotation and a comma: „…“, so X. */
		AFTER_QUOTE
	}

	/**
	 * Words found: tokens {@code first} to {@code last}. A French inversion ("déclare-t-il", "a-t-il
	 * déclaré") names its speaker with a pronoun inside a token: {@code inversionPronoun} is that pronoun,
	 * else null.
	 */
	record Match(int first, int last, Kind kind, String inversionPronoun) {
	}

	private record Entry(String[] words, Kind kind) {
	}

	private static final Set<String> INVERTED_PRONOUNS = Set.of("il", "elle", "ils", "elles", "on");
	private static final Set<String> FRENCH_AUXILIARIES = Set.of("a", "ont", "avait", "avaient", "aurait", "auraient");
	private static final Map<String, List<Entry>> ENTRIES_BY_FIRST_WORD = load();

	private SpeechVerbs() {
	}

	private static Map<String, List<Entry>> load() {
		Map<String, List<Entry>> entries = new HashMap<>();
		Kind kind = null;
		for (String line : WordListResource.lines(SpeechVerbs.class, "speech-verbs.txt")) {
			if (line.startsWith("[")) {
				kind = switch (line) {
					case "[verb]" -> Kind.VERB;
					case "[preposition]" -> Kind.PREPOSITION;
					case "[postposition]" -> Kind.POSTPOSITION;
					case "[after quote]" -> Kind.AFTER_QUOTE;
					default -> throw new IllegalStateException("unknown section in speech-verbs.txt: " + line);
				};
			} else if (kind == null) {
				throw new IllegalStateException("speech verb outside a section: " + line);
			} else {
				String[] words = line.split(" ");
				entries.computeIfAbsent(words[0], first -> new ArrayList<>()).add(new Entry(words, kind));
			}
		}
		entries.values().forEach(list -> list.sort((a, b) -> b.words().length - a.words().length));
		return Map.copyOf(entries);
	}

	/** The speech verb or attributing phrase that starts at token {@code first}, or null. */
	static Match at(TokenWords words, int first, int limit) {
		if (words.tokens().type(first) != TokenType.WORD) {
			return null;
		}
		String word = words.word(first);
		Match inversion = frenchInversion(words, first, limit, word);
		if (inversion != null) {
			return inversion;
		}
		List<Entry> candidates = ENTRIES_BY_FIRST_WORD.get(word);
		if (candidates == null) {
			return null;
		}
		for (Entry entry : candidates) {
			int last = first + entry.words().length - 1;
			if (last < limit && matchesRest(words, first, entry.words())) {
				return new Match(first, last, entry.kind(), null);
			}
		}
		return null;
	}

	private static boolean matchesRest(TokenWords tokens, int first, String[] words) {
		for (int k = 1; k < words.length; k++) {
			if (!tokens.word(first + k).equals(words[k])) {
				return false;
			}
		}
		return true;
	}

	/**
	 * "déclare-t-il", "ajoute-t-elle": a verb and its pronoun in one token; "a-t-il déclaré": an auxiliary
	 * and its pronoun, then the verb.
	 */
	private static Match frenchInversion(TokenWords words, int first, int limit, String word) {
		int hyphen = word.lastIndexOf('-');
		if (hyphen <= 0 || !INVERTED_PRONOUNS.contains(word.substring(hyphen + 1))) {
			return null;
		}
		String pronoun = word.substring(hyphen + 1);
		String verb = word.substring(0, hyphen);
		if (verb.endsWith("-t")) {
			verb = verb.substring(0, verb.length() - 2);
		}
		if (FRENCH_AUXILIARIES.contains(verb) && first + 1 < limit) {
			List<Entry> participles = ENTRIES_BY_FIRST_WORD.get(words.word(first + 1));
			if (participles != null && participles.stream().anyMatch(e -> e.words().length == 1 && e.kind() == Kind.VERB)) {
				return new Match(first, first + 1, Kind.VERB, pronoun);
			}
			return null;
		}
		List<Entry> verbs = ENTRIES_BY_FIRST_WORD.get(verb);
		if (verbs != null && verbs.stream().anyMatch(e -> e.words().length == 1 && e.kind() == Kind.VERB)) {
			return new Match(first, first, Kind.VERB, pronoun);
		}
		return null;
	}
}
