package org.dossier.internal.nlp.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dossier.internal.nlp.FunctionWords;
import org.dossier.internal.nlp.entities.Candidate.Source;
import org.dossier.internal.nlp.entities.RussianInflection.Hint;
import org.dossier.nlp.EntityMention.Kind;
import org.dossier.nlp.Gazetteer;

/**
 * People's names: runs of capitalised words (with initials and particles such as "von der", "de", "al-")
 * that something marks as a person's name: a title or function before them (M., Präsident, министр, "the
 * Russian foreign minister"), a given name at their head, initials (J. Smith, Н.Н. Михайлова, Михайлова
 * Н.Н.), a verb of saying next to them ("Lavrov a déclaré", "sagte Lawrow", "заявил Лавров", "according to"),
 * or a surname the gazetteer knows in another spelling. A capitalised run with none of these is not taken:
 * it may be the first word of a sentence, a German noun or a title in a heading.
 * <p>
 * The canonical name is in Latin letters and in the nominative: "Игоря Соколовского" is "Igor Sokolovsky";
 * initials come first ("Михайлова Н.Н." is "N.N. Mikhaylova"); a person the gazetteer knows gets its name.
 */
final class PersonRules {

	private static final int LONGEST_NAME = 6;
	/** Words that are never part of a person's name. */
	private static final int NOT_IN_NAMES = Lexicon.NOT_A_NAME | Lexicon.TITLE | Lexicon.GRAMMATICAL | Lexicon.MONTH
			| Lexicon.DEMONYM | Lexicon.ORGANIZATION_HEAD | Lexicon.PLACE_WORD_BEFORE | Lexicon.PLACE_WORD_AFTER
			| Lexicon.SPEECH_VERB;
	private static final int TITLE_DISTANCE = 4;

	private static final Set<String> PARTICLES = Set.of("von", "van", "der", "den", "de", "du", "da", "di", "dos",
			"das", "del", "della", "la", "le", "bin", "ibn", "al", "el", "ter", "ten", "zu", "y", "vom", "ben");

	/** Words between a title and a name that continue the title: "ministre russe des Affaires étrangères". */
	private static final Set<String> TITLE_CONNECTORS = Set.of("of", "the", "de", "des", "du", "d", "la", "l", "le",
			"der", "für", "и", "for", "on", "and", "et", "und", "'", "-");

	/** Words right before a name that make it a complement, not the person a title introduces. */
	private static final Set<String> COMPLEMENT_MARKERS = Set.of("of", "de", "des", "du", "d", "der", "für", "for",
			"the", "la", "le", "les", "l", "von", "vom", "zum", "zur", "au", "aux");

	private static final Set<String> GERMAN_ARTICLES = Set.of("der", "die", "das", "des", "dem", "den", "ein", "eine",
			"einer", "eines", "einem", "einen", "kein", "keine", "jeder", "jede", "jedes", "diese", "dieser", "dieses",
			"unser", "unsere", "sein", "seine", "ihr", "ihre");

	private static final String[] GERMAN_NOUN_SUFFIXES = { "ung", "heit", "keit", "schaft", "tion", "ismus", "ität",
			"nis", "tum", "ment", "ungen", "ionen", "chen", "lein", "ik", "isten", "anten", "enten" };

	/**
	 * German prepositions after which a single capitalised word is a noun in the dative or accusative ("vor
	 * Journalisten sagte"), not the speaker; "von" is not one of them, for it stands before names too.
	 */
	private static final Set<String> GERMAN_PREPOSITIONS = Set.of("vor", "mit", "für", "bei", "gegenüber", "zu", "zum",
			"zur", "nach", "aus", "über", "unter", "gegen", "ohne", "durch", "um", "vom", "beim");

	/** Last words of capitalised names that are not people: "Presidential Decree", "Roman Empire". */
	private static final Set<String> NOT_SURNAMES = Set.of("decree", "law", "act", "report", "agreement", "treaty",
			"plan", "doctrine", "war", "revolution", "empire", "republic", "kingdom", "church", "cathedral", "palace",
			"tower", "street", "square", "avenue", "station", "airport", "bridge", "prize", "award", "cup", "day",
			"summit", "games", "conference", "index", "era", "dynasty", "road", "hall", "house", "park", "gate", "code",
			"constitution", "order", "resolution", "directive", "strategy", "concept", "programme", "program",
			"project", "initiative", "operation", "forces", "force", "troops", "décret", "loi", "traité", "accord",
			"gesetz", "erlass", "vertrag", "abkommen", "указ", "закон", "договор");

	private static final String[] SLAVIC_SURNAME_ENDINGS = { "ov", "ev", "ova", "eva", "in", "ina", "sky", "ski",
			"skiy", "skyi", "skyy", "skaya", "enko", "uk", "yuk", "ich", "vich", "vili", "yan", "ow", "ew", "owa",
			"ewa", "ine", "ов", "ев", "ёв", "ова", "ева", "ин", "ина", "ский", "ская", "цкий", "цкая", "енко", "ук",
			"юк", "ич", "швили", "ян", "ный", "ная" };

	private PersonRules() {
	}

	static List<Candidate> find(EntitySearch search) {
		List<Candidate> found = new ArrayList<>();
		Tokens tokens = search.tokens;
		int t = 0;
		while (t < tokens.size()) {
			int end = sequenceEnd(search, t);
			if (end > t) {
				Candidate candidate = judge(search, startAtGivenName(search, t, end), end);
				if (candidate != null) {
					found.add(candidate);
				}
				t = end;
			} else {
				t++;
			}
		}
		found.addAll(givenNamesBeforePlaces(search));
		return found;
	}

	/** Whether a word can be part of a person's name: capitalised, unknown to the gazetteer, not a common word. */
	static boolean isNameWord(EntitySearch search, int t) {
		Tokens tokens = search.tokens;
		if (!tokens.isWord(t) || search.known(t) || tokens.is(t, Tokens.DIGIT_START)) {
			return false;
		}
		String word = tokens.key(t);
		if (!tokens.is(t, Tokens.CAPITALISED)) {
			return hasArabicArticle(word);
		}
		if (tokens.is(t, Tokens.ALL_CAPS)) {
			return false;
		}
		return !search.is(t, NOT_IN_NAMES);
	}

	private static boolean hasArabicArticle(String word) {
		return word.length() > 3 && word.charAt(2) == '-' && (word.startsWith("al-") || word.startsWith("el-")
				|| word.startsWith("ad-"))
				&& Character.isUpperCase(word.charAt(3));
	}

	/** Whether a token is an initial with its period: "J.", "Н.", "Yu.". */
	static boolean isInitial(Tokens tokens, int t) {
		if (!tokens.isWord(t) || !tokens.isPunctuation(t + 1, '.') || tokens.begin(t + 1) != tokens.end(t)) {
			return false;
		}
		String word = tokens.key(t);
		if (!Character.isUpperCase(word.charAt(0))) {
			return false;
		}
		if (word.length() == 1) {
			return true;
		}
		return word.length() == 2 && Character.isLowerCase(word.charAt(1))
				&& (Transliteration.isCyrillic(word.charAt(0)) || Set.of("Ch", "Sh", "Zh", "Kh", "Ts", "Yu", "Ya", "Ju",
						"Ja", "Th", "Ph").contains(word));
	}

	/** "M. Dupont" in French is Monsieur Dupont: the "M." is a title, not an initial. */
	private static boolean isFrenchMonsieur(EntitySearch search, int t) {
		return search.tokens.key(t).equals("M") && (search.inLanguage("fr") || search.languageUnknown());
	}

	/** The end of the run of name words starting at {@code t}; {@code t} itself when none starts there. */
	private static int sequenceEnd(EntitySearch search, int t) {
		Tokens tokens = search.tokens;
		int u = t;
		int words = 0;
		boolean wordSeen = false;
		int initialsAfterWord = 0;
		while (u < tokens.size() && words < LONGEST_NAME) {
			if (u > t && tokens.lineBreakBefore(u)) {
				break;
			}
			if (isInitial(tokens, u) && !search.known(u) && !(u == t && isFrenchMonsieur(search, u))) {
				if (wordSeen) {
					initialsAfterWord++;
				}
				u += 2;
				words++;
			} else if (initialsAfterWord > 0 && (initialsAfterWord > 1 || tokens.is(u, Tokens.CYRILLIC))) {
				// "Михайлова Н.Н. Каталог ...": a bibliography's author, then the title
				break;
			} else if (search.isNameWord(u)) {
				u++;
				words++;
				wordSeen = true;
				if (tokens.isPunctuation(u, '\'') && tokens.begin(u) == tokens.end(u - 1)
						&& tokens.end(u - 1) - tokens.begin(u - 1) == 1
						&& search.isNameWord(u + 1) && tokens.begin(u + 1) == tokens.end(u)) {
					u += 2;
				}
			} else if (words > 0 && tokens.isWord(u) && PARTICLES.contains(tokens.key(u))
					&& nameAfterParticles(search, u)) {
				u++;
			} else {
				break;
			}
		}
		while (u > t && !tokens.isWord(u - 1) && !tokens.isPunctuation(u - 1, '.')) {
			u--;
		}
		return u;
	}

	/**
	 * Where a name starts in a run of capitalised words: at a given name that follows words which are not
	 * given names themselves, as in "Secretary of Defense Lloyd J. Austin".
	 */
	private static int startAtGivenName(EntitySearch search, int first, int end) {
		Tokens tokens = search.tokens;
		for (int t = first + 1; t < end - 1; t++) {
			if (tokens.isWord(t) && !isInitial(tokens, t) && search.isFirstName(t)) {
				for (int u = first; u < t; u++) {
					if (tokens.isWord(u) && (isInitial(tokens, u) || search.isFirstName(u))) {
						return first;
					}
				}
				return t;
			}
		}
		return first;
	}

	private static boolean nameAfterParticles(EntitySearch search, int t) {
		int u = t;
		while (search.tokens.isWord(u) && PARTICLES.contains(search.tokens.key(u))) {
			u++;
		}
		return search.isNameWord(u) && !search.tokens.lineBreakBefore(u);
	}

	private static Candidate judge(EntitySearch search, int first, int end) {
		Tokens tokens = search.tokens;
		List<Integer> words = new ArrayList<>();
		int initials = 0;
		for (int t = first; t < end; t++) {
			if (!tokens.isWord(t)) {
				continue;
			}
			if (isInitial(tokens, t)) {
				initials++;
				t++;
			} else if (!PARTICLES.contains(tokens.key(t))) {
				words.add(t);
			}
		}
		if (words.isEmpty()) {
			return null;
		}
		int lastWord = words.get(words.size() - 1);
		String lastLower = tokens.lower(lastWord);
		if (search.is(lastWord, Lexicon.ORGANIZATION_HEAD) || search.is(lastWord, Lexicon.PLACE_WORD_AFTER)
				|| NOT_SURNAMES.contains(lastLower)
				|| tokens.isWord(end) && search.is(end, Lexicon.ORGANIZATION_HEAD)
				&& tokens.is(end, Tokens.CAPITALISED)) {
			return null;
		}
		boolean single = words.size() == 1 && initials == 0;
		boolean sentenceStart = tokens.is(first, Tokens.SENTENCE_START);
		boolean cyrillic = tokens.is(words.get(0), Tokens.CYRILLIC);
		boolean givenName = words.size() >= 2 && search.isFirstName(words.get(0));
		Hint speechGender = speechVerbGender(search, first, end);
		Hint givenGender = cyrillic ? FirstNames.gender(tokens.key(words.get(0))) : Hint.NONE;
		Hint gender = givenGender != Hint.NONE ? givenGender : speechGender == null ? Hint.NONE : speechGender;
		Gazetteer.Entry known = knownPerson(search, words, gender);
		int titleDistance = titleDistance(search, first);
		boolean speech = speechGender != null;

		double confidence = 0;
		if (known != null) {
			confidence = Math.max(confidence, 0.85);
		}
		if (initials > 0) {
			confidence = Math.max(confidence, 0.85);
		}
		if (givenName) {
			confidence = Math.max(confidence, 0.8);
		}
		if (titleDistance == 0 && !(single && search.inLanguage("de") && endsSubordinateClause(search, end))) {
			confidence = Math.max(confidence, single && search.inLanguage("de") ? 0.65 : 0.85);
		} else if (titleDistance > 0 && (!single || !sentenceStart)) {
			confidence = Math.max(confidence, single ? 0.65 : 0.75);
		}
		if (speech) {
			boolean plausible = !single || !sentenceStart || looksSlavic(lastLower) || cyrillic && !sentenceStart;
			if (plausible) {
				confidence = Math.max(confidence, 0.7);
			}
		}
		if (confidence == 0) {
			return null;
		}
		if (single && known == null && !givenName && looksLikeGermanNoun(search, first, lastLower)) {
			return null;
		}
		int evidence = (known != null ? 1 : 0) + (initials > 0 ? 1 : 0) + (givenName ? 1 : 0)
				+ (titleDistance >= 0 ? 1 : 0) + (speech ? 1 : 0);
		if (evidence > 1) {
			confidence = Math.min(0.95, confidence + 0.05);
		}
		String canonical = known != null ? known.canonicalName() : canonicalName(search, first, end, gender);
		return new Candidate(first, end, Kind.PERSON, canonical, null, null, confidence, Source.PERSON_CONTEXT);
	}

	/**
	 * Whether a word and a verb close a German clause after the name: in "dass der Minister Reformen
	 * ankündigte," the word after the title is an object, not a name.
	 */
	private static boolean endsSubordinateClause(EntitySearch search, int end) {
		Tokens tokens = search.tokens;
		return tokens.isWord(end) && tokens.is(end, Tokens.LOWER_CASE) && !search.is(end, Lexicon.SPEECH_VERB)
				&& (end + 1 >= tokens.size() || !tokens.isWord(end + 1));
	}

	private static boolean looksLikeGermanNoun(EntitySearch search, int first, String lower) {
		if (!search.inLanguage("de")) {
			return false;
		}
		int previous = first - 1;
		if (search.tokens.isWord(previous) && (GERMAN_ARTICLES.contains(search.tokens.lower(previous))
				|| GERMAN_PREPOSITIONS.contains(search.tokens.lower(previous)))) {
			return true;
		}
		for (String suffix : GERMAN_NOUN_SUFFIXES) {
			if (lower.endsWith(suffix)) {
				return true;
			}
		}
		return false;
	}

	static boolean looksSlavic(String lower) {
		for (String ending : SLAVIC_SURNAME_ENDINGS) {
			if (lower.endsWith(ending) && lower.length() > ending.length() + 2) {
				return true;
			}
		}
		return false;
	}

	/**
	 * How many words stand between the title introducing the name at {@code first} and the name: 0 for
	 * "President Putin", 3 for "министр иностранных дел России Сергей Лавров"; -1 when no title does.
	 */
	private static int titleDistance(EntitySearch search, int first) {
		Tokens tokens = search.tokens;
		int t = first - 1;
		if (tokens.isPunctuation(t, ',') && tokens.isWord(t - 1) && search.is(t - 1, Lexicon.TITLE)) {
			return 0;
		}
		if (tokens.isWord(t) && COMPLEMENT_MARKERS.contains(tokens.lower(t))) {
			return -1;
		}
		int distance = 0;
		while (t >= 0 && distance <= TITLE_DISTANCE && t >= first - 2 * TITLE_DISTANCE) {
			if (tokens.isWord(t)) {
				String lower = tokens.lower(t);
				if (search.is(t, Lexicon.TITLE)) {
					return distance;
				}
				boolean passable = search.known(t) || search.is(t, Lexicon.DEMONYM) || TITLE_CONNECTORS.contains(lower)
						|| tokens.is(t, Tokens.LOWER_CASE) && !FunctionWords.isGrammatical(lower)
								&& !search.is(t, Lexicon.SPEECH_VERB) && !search.is(t, Lexicon.AUXILIARY)
						|| tokens.is(t, Tokens.CAPITALISED) && !search.isNameWord(t)
						&& !tokens.is(t, Tokens.SENTENCE_START)
						|| tokens.is(t, Tokens.CAPITALISED) && distance < 2 && tokens.is(t, Tokens.ALL_CAPS);
				if (!passable || tokens.is(t, Tokens.SENTENCE_START) && !search.is(t, Lexicon.TITLE)) {
					return -1;
				}
				distance++;
			} else if (!(tokens.punctuation(t) == '-' || tokens.punctuation(t) == '\'' || tokens.punctuation(t) == '.'
					&& search.is(t - 1, Lexicon.TITLE))) {
				return -1;
			}
			t--;
		}
		return -1;
	}

	/**
	 * The gender a verb of saying next to the name shows (Russian "-ла" is a woman), {@link Hint#NONE} when it
	 * shows none, or null when there is no such verb.
	 */
	private static Hint speechVerbGender(EntitySearch search, int first, int end) {
		Tokens tokens = search.tokens;
		int after = end;
		if (tokens.isWord(after) && search.is(after, Lexicon.AUXILIARY) && !tokens.lineBreakBefore(after)) {
			after++;
			if (tokens.isWord(after) && search.is(after, Lexicon.AUXILIARY)) {
				after++;
			}
		}
		if (tokens.isWord(after) && search.is(after, Lexicon.SPEECH_VERB)) {
			return genderOfVerb(tokens.lower(after));
		}
		int before = first - 1;
		if (tokens.isWord(before)) {
			String lower = tokens.lower(before);
			if (search.is(before, Lexicon.SPEECH_VERB)) {
				return genderOfVerb(lower);
			}
			if (lower.equals("to") && tokens.isWord(before - 1) && tokens.lower(before - 1).equals("according")) {
				return Hint.NONE;
			}
			if (lower.equals("словам") && tokens.isWord(before - 1) && tokens.lower(before - 1).equals("по")) {
				return Hint.NONE;
			}
			if (lower.equals("so") && tokens.isPunctuation(before - 1, ',') || lower.equals("laut")
					|| lower.equals("selon")) {
				return Hint.NONE;
			}
			if (lower.equals("après") && tokens.isPunctuation(before - 1, '\'') && tokens.isWord(before - 2)
					&& tokens.lower(before - 2).equals("d")) {
				return Hint.NONE;
			}
		}
		return null;
	}

	private static Hint genderOfVerb(String lowerCaseVerb) {
		if (Transliteration.hasCyrillic(lowerCaseVerb)) {
			if (lowerCaseVerb.endsWith("ла") || lowerCaseVerb.endsWith("на")) {
				return Hint.FEMININE;
			}
			if (lowerCaseVerb.endsWith("л") || lowerCaseVerb.endsWith("н") || lowerCaseVerb.endsWith("ся")) {
				return Hint.MASCULINE;
			}
		}
		return Hint.NONE;
	}

	/** The gazetteer's person for a name written in any spelling, or null. */
	private static Gazetteer.Entry knownPerson(EntitySearch search, List<Integer> words, Hint gender) {
		Tokens tokens = search.tokens;
		StringBuilder surface = new StringBuilder();
		for (int t : words) {
			if (!surface.isEmpty()) {
				surface.append(' ');
			}
			surface.append(nominative(tokens, t, t == words.get(words.size() - 1), gender, words));
		}
		String key = search.matchKey(surface.toString());
		for (Gazetteer.Entry entry : search.index.byMatchKey(key)) {
			if (entry.kind() == Kind.PERSON) {
				return entry;
			}
		}
		String[] keyWords = key.split(" ");
		String surnameKey = keyWords[keyWords.length - 1];
		if (surnameKey.length() < 5) {
			return null;
		}
		Gazetteer.Entry bySurname = search.index.personBySurnameKey(surnameKey);
		if (bySurname == null || keyWords.length == 1) {
			return bySurname;
		}
		String givenKey = search.matchKey(bySurname.canonicalName()).split(" ")[0];
		return keyWords[0].equals(givenKey) ? bySurname : null;
	}

	/** The canonical name of a person found by context: nominative, Latin letters, initials first. */
	static String canonicalName(EntitySearch search, int first, int end, Hint verbGender) {
		Tokens tokens = search.tokens;
		List<Integer> words = new ArrayList<>();
		StringBuilder initials = new StringBuilder();
		boolean initialsLast = false;
		for (int t = first; t < end; t++) {
			if (!tokens.isWord(t)) {
				continue;
			}
			if (isInitial(tokens, t)) {
				initials.append(Transliteration.toLatin(tokens.key(t))).append('.');
				initialsLast = !words.isEmpty();
				t++;
			} else {
				words.add(t);
				initialsLast = false;
			}
		}
		if (!initialsLast && !words.isEmpty() && !initials.isEmpty() && !isInitial(tokens, first)) {
			return Transliteration.toLatin(OrganizationRules.surface(tokens, first, end));
		}
		Hint gender = verbGender;
		if (!words.isEmpty() && tokens.is(words.get(0), Tokens.CYRILLIC)) {
			Hint given = FirstNames.gender(tokens.key(words.get(0)));
			if (given != Hint.NONE) {
				gender = given;
			}
		}
		StringBuilder name = new StringBuilder(initials);
		int lastWord = words.isEmpty() ? -1 : words.get(words.size() - 1);
		for (int t : words) {
			if (!name.isEmpty()) {
				name.append(' ');
			}
			name.append(nominative(tokens, t, t == lastWord, gender, words));
		}
		return Transliteration.toLatin(name.toString());
	}

	private static String nominative(Tokens tokens, int t, boolean surname, Hint gender, List<Integer> words) {
		String word = tokens.key(t);
		if (!tokens.is(t, Tokens.CYRILLIC)) {
			return word;
		}
		String given = FirstNames.nominative(word);
		if (given != null && (!surname || words.size() == 1 && FirstNames.isFirstName(word) && word.equals(given))) {
			return given;
		}
		String nominative = surname ? RussianInflection.surnameNominative(word, gender) : patronymicNominative(word);
		return nominative.equals(word) ? withoutInstrumental(word) : nominative;
	}

	/** "Хаканом Фиданом" is Хакан Фидан: the masculine instrumental of a name ending in a consonant. */
	private static String withoutInstrumental(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		if (lower.length() > 4 && lower.endsWith("ом")
				&& "бвгдзклмнпрстфх".indexOf(lower.charAt(lower.length() - 3)) >= 0) {
			return word.substring(0, word.length() - 2);
		}
		if (lower.length() > 4 && lower.endsWith("ем") && "жшчщц".indexOf(lower.charAt(lower.length() - 3)) >= 0) {
			return word.substring(0, word.length() - 2);
		}
		return word;
	}

	private static String patronymicNominative(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		for (String ending : new String[] { "вича", "вичу", "вичем", "виче" }) {
			if (lower.endsWith(ending)) {
				return word.substring(0, word.length() - ending.length() + 3);
			}
		}
		for (String ending : new String[] { "вны", "вне", "вну", "вной" }) {
			if (lower.endsWith(ending)) {
				return word.substring(0, word.length() - ending.length() + 2) + "а";
			}
		}
		return word;
	}

	/** "George Washington": a given name before a single word the gazetteer takes for a place. */
	private static List<Candidate> givenNamesBeforePlaces(EntitySearch search) {
		List<Candidate> found = new ArrayList<>();
		Tokens tokens = search.tokens;
		for (int t = 0; t + 1 < tokens.size(); t++) {
			Candidate place = search.gazetteerAt[t + 1];
			if (place != null && place.kind() == Kind.LOCATION && place.length() == 1 && place.first() == t + 1
					&& search.isNameWord(t) && !tokens.lineBreakBefore(t + 1)
					&& search.isFirstName(t) && tokens.is(t + 1, Tokens.CAPITALISED)) {
				String name = canonicalName(search, t, t + 2, Hint.NONE);
				found.add(new Candidate(t, t + 2, Kind.PERSON, name, null, null, 0.75, Source.PERSON_CONTEXT));
			}
		}
		return found;
	}
}
