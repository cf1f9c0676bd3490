package org.dossier.internal.nlp.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.dossier.internal.nlp.Spans;
import org.dossier.internal.nlp.WebAddresses;
import org.dossier.internal.nlp.entities.Candidate.Source;
import org.dossier.nlp.EntityMention;
import org.dossier.nlp.EntityMention.Kind;
import org.dossier.nlp.Gazetteer;

/**
 * One run of the entity rules over one text. The gazetteer goes first and marks the tokens it names; the
 * rules for people, organisations and places then work on what is left and around it; overlaps are settled
 * by length, the weak rules (a word in capitals, a preposition) only filling gaps; finally names given once
 * in full are carried over to their short forms elsewhere in the text.
 */
public final class EntitySearch {

	final Tokens tokens;
	final GazetteerIndex index;
	final String language;
	private final int acceptedLanguages;
	private final int documentLanguage;
	/** The gazetteer name covering each token, or null. */
	final Candidate[] gazetteerAt;
	/** Names the gazetteer knows inside hyphenated words: "Russia-Ukraine", "Moscow-based", "Putin-Regime". */
	private final List<WordPart> wordParts = new ArrayList<>();
	private final Spans.Ranges webAddresses = new Spans.Ranges();
	/** Per token: 0 not yet asked, 1 a possible word of a person's name, 2 not. */
	private final byte[] nameWord;
	/** Per token: what {@link Lexicon#classify} makes of it, or -1 not yet asked. */
	private final int[] wordClasses;
	/** Per token: 0 not yet asked, 1 a given name, 2 not. */
	private final byte[] firstName;
	/** Match keys of the words and names met so far, shared by all threads; bounded like {@link Lexicon}'s. */
	private static final java.util.Map<String, String> MATCH_KEYS = new java.util.concurrent.ConcurrentHashMap<>();
	private static final int MOST_KEYS_REMEMBERED = 200_000;

	private EntitySearch(String text, String language, GazetteerIndex index) {
		this.tokens = new Tokens(text);
		this.index = index;
		this.language = language == null ? "und" : language;
		int mask = GazetteerIndex.languageMask(this.language);
		this.documentLanguage = mask;
		this.acceptedLanguages = mask == GazetteerIndex.ALL_LANGUAGES ? mask
				: mask | GazetteerIndex.ENGLISH | GazetteerIndex.RUSSIAN;
		this.gazetteerAt = new Candidate[tokens.size()];
		this.nameWord = new byte[tokens.size()];
		this.firstName = new byte[tokens.size()];
		this.wordClasses = new int[tokens.size()];
		java.util.Arrays.fill(wordClasses, -1);
		WebAddresses.addTo(webAddresses, text);
	}

	/** The entities named in {@code text}, in text order, none overlapping another. */
	public static List<EntityMention> run(String text, String language, GazetteerIndex index) {
		return new EntitySearch(text, language, index).run();
	}

	private List<EntityMention> run() {
		List<Candidate> strong = new ArrayList<>(findInGazetteer());
		List<Candidate> weak = new ArrayList<>();
		List<Candidate> organizations = OrganizationRules.find(this);
		organizations.removeIf(this::overlapsGazetteerOrganization);
		strong.addAll(organizations);
		strong.addAll(PersonRules.find(this));
		strong.addAll(PlaceRules.findByCue(this));
		weak.addAll(PlaceRules.findByPreposition(this));
		weak.addAll(OrganizationRules.findAcronyms(this));
		strong.removeIf(this::insideWebAddress);
		weak.removeIf(this::insideWebAddress);

		boolean[] taken = new boolean[tokens.size()];
		List<Candidate> chosen = longestFirst(strong, taken);
		chosen.addAll(longestFirst(weak, taken));
		wordParts.removeIf(part -> taken[part.token()]);
		chosen.sort(Comparator.comparingInt(Candidate::first));
		chosen = Coreference.link(this, chosen);

		List<EntityMention> mentions = new ArrayList<>(chosen.size() + wordParts.size());
		String text = tokens.text();
		for (Candidate c : chosen) {
			int begin = tokens.begin(c.first());
			int end = tokens.end(c.end() - 1);
			mentions.add(new EntityMention(begin, end, text.substring(begin, end), c.kind(), c.canonicalName(),
					c.lat(), c.lon(), Math.round(c.confidence() * 100) / 100.0));
		}
		if (!wordParts.isEmpty()) {
			for (WordPart part : wordParts) {
				Gazetteer.Entry entry = part.entry();
				mentions.add(new EntityMention(part.begin(), part.end(), text.substring(part.begin(), part.end()),
						entry.kind(), entry.canonicalName(), entry.lat(), entry.lon(), 0.8));
			}
			mentions.sort(Comparator.comparingInt(EntityMention::begin));
		}
		return mentions;
	}

	/**
	 * The candidates that overlap neither one another nor the tokens already taken, preferring longer ones
	 * and, among equally long ones, earlier ones. Marks the tokens of those it keeps as taken.
	 */
	private static List<Candidate> longestFirst(List<Candidate> candidates, boolean[] taken) {
		List<Candidate> byPreference = new ArrayList<>(candidates);
		byPreference.sort((a, b) -> a.length() != b.length() ? b.length() - a.length() : a.first() - b.first());
		List<Candidate> kept = new ArrayList<>();
		for (Candidate candidate : byPreference) {
			boolean free = true;
			for (int t = candidate.first(); t < candidate.end() && free; t++) {
				free = !taken[t];
			}
			if (free) {
				java.util.Arrays.fill(taken, candidate.first(), candidate.end(), true);
				kept.add(candidate);
			}
		}
		return kept;
	}

	private boolean insideWebAddress(Candidate candidate) {
		return webAddresses.overlaps(tokens.begin(candidate.first()), tokens.end(candidate.end() - 1));
	}

	private boolean overlapsGazetteerOrganization(Candidate candidate) {
		for (int t = candidate.first(); t < candidate.end(); t++) {
			Candidate known = gazetteerAt[t];
			if (known != null && known.kind() == Kind.ORGANIZATION) {
				return true;
			}
		}
		return false;
	}

	/** The longest gazetteer name at each word, left to right. */
	private List<Candidate> findInGazetteer() {
		List<Candidate> found = new ArrayList<>();
		int count = tokens.size();
		for (int t = 0; t < count; t++) {
			if (!tokens.isWord(t)) {
				continue;
			}
			GazetteerIndex.Node node = index.root().next(tokens.key(t));
			GazetteerIndex.Match best = null;
			int bestEnd = -1;
			int u = t;
			while (node != null) {
				GazetteerIndex.Match match = choose(node, t, u + 1);
				if (match != null) {
					best = match;
					bestEnd = u + 1;
				}
				u++;
				if (u >= count || tokens.paragraphBreakBefore(u)) {
					break;
				}
				node = node.next(tokens.key(u));
			}
			if (best == null && tokens.isWord(t) && tokens.key(t).indexOf('-') > 0) {
				findInHyphenatedWord(t);
			}
			if (best != null) {
				Gazetteer.Entry entry = best.entry();
				double confidence = best.ambiguous() ? 0.6 : bestEnd - t > 1 ? 0.95 : 0.9;
				Candidate candidate = new Candidate(t, bestEnd, entry.kind(), entry.canonicalName(), entry.lat(),
						entry.lon(), confidence, Source.GAZETTEER);
				found.add(candidate);
				for (int covered = t; covered < bestEnd; covered++) {
					gazetteerAt[covered] = candidate;
				}
				t = bestEnd - 1;
			}
		}
		return found;
	}

	/** A name the gazetteer knows as a part of a hyphenated word, by character offsets. */
	private record WordPart(int token, int begin, int end, Gazetteer.Entry entry) {
	}

	private void findInHyphenatedWord(int token) {
		String word = tokens.key(token);
		if (word.length() != tokens.end(token) - tokens.begin(token)) {
			return;
		}
		int partBegin = 0;
		while (partBegin < word.length()) {
			int partEnd = word.indexOf('-', partBegin);
			if (partEnd < 0) {
				partEnd = word.length();
			}
			if (partEnd - partBegin >= 2 && Character.isUpperCase(word.charAt(partBegin))) {
				GazetteerIndex.Node node = index.root().next(word.substring(partBegin, partEnd));
				GazetteerIndex.Match match = node == null ? null : node.match();
				if (match != null && !match.ambiguous() && (match.languages() & acceptedLanguages) != 0
						&& match.entry().kind() != Kind.OTHER) {
					int offset = tokens.begin(token);
					wordParts.add(new WordPart(token, offset + partBegin, offset + partEnd, match.entry()));
				}
			}
			partBegin = partEnd + 1;
		}
	}

	/** The entity a name found in the text stands for: the one named so in the text's language first. */
	private GazetteerIndex.Match choose(GazetteerIndex.Node node, int first, int end) {
		GazetteerIndex.Match chosen = null;
		for (GazetteerIndex.Match match : node.matches()) {
			if (accepts(match, first, end)) {
				if ((match.languages() & documentLanguage) != 0 && documentLanguage != GazetteerIndex.ALL_LANGUAGES) {
					return match;
				}
				if (chosen == null) {
					chosen = match;
				}
			}
		}
		return chosen;
	}

	private boolean accepts(GazetteerIndex.Match match, int first, int end) {
		if ((match.languages() & acceptedLanguages) == 0) {
			return false;
		}
		if (end - first == 1 && tokens.is(first, Tokens.ALL_CAPS) && tokens.end(first) - tokens.begin(first) <= 3
				&& inCapitals(first)) {
			return false;
		}
		if (match.ambiguous()) {
			return !tokens.is(first, Tokens.SENTENCE_START) && !tokens.is(first, Tokens.ALL_CAPS);
		}
		return true;
	}

	/** Whether the words on both sides of a token are in capitals too: a heading, "LET US KNOW". */
	private boolean inCapitals(int token) {
		int before = tokens.previousWord(token - 1);
		int after = tokens.nextWord(token + 1);
		return before >= 0 && isHeadingWord(before) && !tokens.lineBreakBefore(token)
				|| after >= 0 && isHeadingWord(after) && !tokens.lineBreakBefore(after);
	}

	/** A word in capitals that is no acronym: a long word or a grammatical one ("THE", "WITH"). */
	private boolean isHeadingWord(int token) {
		return tokens.is(token, Tokens.ALL_CAPS) && !known(token) && (tokens.end(token) - tokens.begin(token) >= 5
				|| org.dossier.internal.nlp.FunctionWords.isGrammatical(tokens.lower(token)));
	}

	/** Whether a word is of a {@link Lexicon} class ({@link Lexicon#TITLE} ...); false for other tokens. */
	boolean is(int token, int lexiconClass) {
		if (token < 0 || token >= wordClasses.length || !tokens.isWord(token)) {
			return false;
		}
		if (wordClasses[token] < 0) {
			wordClasses[token] = Lexicon.classify(tokens.lower(token));
		}
		return (wordClasses[token] & lexiconClass) != 0;
	}

	/** {@link PersonRules#isNameWord}, asked once per token. */
	boolean isNameWord(int token) {
		if (token < 0 || token >= nameWord.length) {
			return false;
		}
		if (nameWord[token] == 0) {
			nameWord[token] = PersonRules.isNameWord(this, token) ? (byte) 1 : (byte) 2;
		}
		return nameWord[token] == 1;
	}

	/** Whether a token is a given name in any spelling, asked once per token. */
	boolean isFirstName(int token) {
		if (firstName[token] == 0) {
			String word = tokens.key(token);
			boolean given = tokens.is(token, Tokens.CYRILLIC) ? FirstNames.isFirstName(word)
					: word.length() > 1 && FirstNames.isLatinFirstNameKey(matchKey(word));
			firstName[token] = given ? (byte) 1 : (byte) 2;
		}
		return firstName[token] == 1;
	}

	/** {@link MatchKeys#of(String)}, computed once per distinct word or name. */
	String matchKey(String word) {
		String key = MATCH_KEYS.get(word);
		if (key == null) {
			key = MatchKeys.of(word);
			if (MATCH_KEYS.size() < MOST_KEYS_REMEMBERED) {
				MATCH_KEYS.put(word, key);
			}
		}
		return key;
	}

	/** Whether the gazetteer names this token as anything. */
	boolean known(int token) {
		return token >= 0 && token < gazetteerAt.length && gazetteerAt[token] != null;
	}

	/** Whether the gazetteer names this token as an entity of the given kind. */
	boolean known(int token, Kind kind) {
		return known(token) && gazetteerAt[token].kind() == kind;
	}

	/** Whether the text is in a language, by its primary code: "ru" for "ru-RU". */
	boolean inLanguage(String code) {
		return language.equals(code) || language.startsWith(code + "-");
	}

	boolean languageUnknown() {
		return !(inLanguage("fr") || inLanguage("de") || inLanguage("en") || inLanguage("ru"));
	}
}
