package org.dossier.internal.nlp.quotes;

import org.dossier.internal.nlp.FunctionWords;
import org.dossier.internal.nlp.sentences.Abbreviations.Behaviour;
import org.dossier.internal.nlp.sentences.TokenSequence;
import org.dossier.internal.nlp.sentences.TokenType;

/**
 * Finds the words naming a speaker next to a speech verb: a name, possibly with its title or function
 * ("le ministre Sergueï Lavrov", "die Sprecherin", "Russia's foreign minister Sergei Lavrov", "министр
 * иностранных дел России Сергей Лавров", "General Buvaltsev"), or a pronoun standing for one.
 * <p>
 * A phrase is made of names (capitalised words, initials, "Dr."), titles (see {@code speaker-words.txt};
 * German nouns are capitalised anyway), determiners at its start, link words between its parts ("of",
 * "de", "von", "'s") and at most two other lower-case words ("foreign", "иностранных дел"), and it starts
 * and ends with a name or title. Grammatical words, punctuation and verbs end it.
 */
final class SpeakerPhrases {

	/** Tokens {@code first} to {@code last}; {@code pronoun} when the phrase is a pronoun to be resolved. */
	record Phrase(int first, int last, boolean pronoun) {
	}

	/** The longest speaker phrase looked for, in tokens. */
	private static final int LONGEST_PHRASE = 12;
	/** Lower-case words other than titles and links that a phrase may hold, one after the other. */
	private static final int MOST_LOWER_CASE_WORDS = 2;
	/** How far back an apposition may reach: "Alaudinov, deputy head of the ... forces, has stated". */
	private static final int LONGEST_APPOSITION = 30;

	private final TokenSequence tokens;
	private final TokenWords words;

	SpeakerPhrases(TokenWords words) {
		this.tokens = words.tokens();
		this.words = words;
	}

	/** The phrase starting at token {@code from}, not reaching {@code limit}: "said the minister", "selon X". */
	Phrase after(int from, int limit) {
		if (from >= limit) {
			return null;
		}
		if (isPronoun(from)) {
			return new Phrase(from, from, true);
		}
		int first = -1;
		int last = -1;
		boolean afterLink = false;
		int lowerCaseRun = 0;
		for (int k = from; k < limit && k < from + LONGEST_PHRASE; k++) {
			if (isName(k) || isTitle(k)) {
				first = first < 0 ? k : first;
				last = k;
				afterLink = false;
				lowerCaseRun = 0;
			} else if (isDeterminer(k) && (first < 0 || afterLink)) {
				first = first < 0 ? k : first;
			} else if (isLink(k) && last >= 0) {
				afterLink = true;
			} else if (isOtherLowerCaseWord(k) && first >= 0 && lowerCaseRun < MOST_LOWER_CASE_WORDS) {
				lowerCaseRun++;
			} else {
				break;
			}
		}
		return last < 0 ? null : new Phrase(first, last, false);
	}

	/**
	 * The phrase starting at token {@code from}, extended by a name set off after it by a comma when the
	 * phrase names a function: "le porte-parole du Kremlin, Dmitri Peskov".
	 */
	Phrase afterWithApposition(int from, int limit) {
		Phrase phrase = after(from, limit);
		if (phrase == null || phrase.pronoun() || phrase.last() + 2 >= limit || tokens.firstChar(phrase.last() + 1) != ','
				|| !hasTitle(phrase)) {
			return phrase;
		}
		int last = phrase.last() + 1;
		while (last + 1 < limit && isName(last + 1)) {
			last++;
		}
		boolean namesUpToTheEnd = last > phrase.last() + 1
				&& (last + 1 >= limit || tokens.type(last + 1) != TokenType.WORD);
		return namesUpToTheEnd ? new Phrase(phrase.first(), last, false) : phrase;
	}

	private boolean hasTitle(Phrase phrase) {
		for (int k = phrase.first(); k <= phrase.last(); k++) {
			if (isTitle(k)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The phrase ending right before a speech verb at token {@code verb}, not reaching before {@code floor}:
	 * "the minister said", "X has also said". When a comma stands before the verb, the phrase is taken as an
	 * apposition and the name before it preferred: "Dmitry Peskov, the Kremlin spokesman, said".
	 */
	Phrase before(int verb, int floor) {
		int k = verb - 1;
		while (k >= floor && SpeakerWords.AUXILIARIES.contains(lowerCase(k))) {
			k--;
		}
		if (k < floor) {
			return null;
		}
		if (isPronoun(k)) {
			return new Phrase(k, k, true);
		}
		if (tokens.firstChar(k) == ',' && tokens.length(k) == 1) {
			for (int comma = k - 1; comma > floor && comma >= k - LONGEST_APPOSITION; comma--) {
				if (tokens.firstChar(comma) == ',' && tokens.length(comma) == 1) {
					return withApposition(endingAt(comma - 1, floor), endingAt(k - 1, comma + 1));
				}
				if (tokens.type(comma) != TokenType.WORD && tokens.type(comma) != TokenType.NUMBER
						&& tokens.type(comma) != TokenType.ABBREVIATION && tokens.type(comma) != TokenType.INITIAL) {
					return null;
				}
			}
			return null;
		}
		return endingAt(k, floor);
	}

	/**
	 * Of a phrase and the apposition after it ("Dmitry Peskov, the Kremlin spokesman,"), the phrase; both
	 * when the phrase names a function and the apposition a person ("Putin's press secretary, Dmitry
	 * Peskov,"); the apposition when there is no phrase before it.
	 */
	private Phrase withApposition(Phrase phrase, Phrase apposition) {
		if (phrase == null) {
			return apposition;
		}
		if (apposition != null && hasTitle(phrase) && isNamesOnly(apposition)) {
			return new Phrase(phrase.first(), apposition.last(), false);
		}
		return phrase;
	}

	private boolean isNamesOnly(Phrase phrase) {
		for (int k = phrase.first(); k <= phrase.last(); k++) {
			if (!isName(k) || isTitle(k)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The phrase whose last token is {@code last}: a name or title, or a lower-case word shortly after a
	 * title, "le maire de la commune", "глава администрации района".
	 */
	private Phrase endingAt(int last, int floor) {
		if (last < floor) {
			return null;
		}
		int lowerCaseRun = 0;
		if (!(isName(last) || isTitle(last))) {
			if (!isOtherLowerCaseWord(last) || !titleShortlyBefore(last, floor)) {
				return null;
			}
			lowerCaseRun = 1;
		}
		int first = last;
		for (int k = last - 1; k >= floor && k > last - LONGEST_PHRASE; k--) {
			if (isName(k) || isTitle(k) || isDeterminer(k)) {
				first = k;
				lowerCaseRun = 0;
			} else if (isLink(k)) {
				continue;
			} else if (isOtherLowerCaseWord(k) && lowerCaseRun < MOST_LOWER_CASE_WORDS) {
				lowerCaseRun++;
			} else {
				break;
			}
		}
		return new Phrase(first, last, false);
	}

	/** Whether a title stands a few link words, determiners or lower-case words before token {@code k}. */
	private boolean titleShortlyBefore(int k, int floor) {
		for (int j = k - 1; j >= floor && j >= k - MOST_LOWER_CASE_WORDS - 3; j--) {
			if (isTitle(j)) {
				return true;
			}
			if (!(isLink(j) || isDeterminer(j) || isOtherLowerCaseWord(j))) {
				return false;
			}
		}
		return false;
	}

	/** A capitalised word that is not a grammatical one written at the start of a sentence, an initial, "Dr.". */
	private boolean isName(int k) {
		TokenType type = tokens.type(k);
		if (type == TokenType.INITIAL || type == TokenType.ABBREVIATION && tokens.behaviour(k) == Behaviour.TITLE) {
			return true;
		}
		if (type != TokenType.WORD || !Character.isUpperCase(tokens.firstChar(k))) {
			return false;
		}
		String lowerCase = lowerCase(k);
		return !FunctionWords.isGrammatical(lowerCase) && !SpeakerWords.DETERMINERS.contains(lowerCase)
				&& !SpeakerWords.PRONOUNS.contains(lowerCase) && !SpeakerWords.LINKS.contains(lowerCase)
				&& !SpeakerWords.AUXILIARIES.contains(lowerCase) && !SpeakerWords.NOT_NAMES.contains(lowerCase);
	}

	private boolean isTitle(int k) {
		return tokens.type(k) == TokenType.WORD && SpeakerWords.TITLES.contains(lowerCase(k));
	}

	private boolean isDeterminer(int k) {
		return tokens.type(k) == TokenType.WORD && SpeakerWords.DETERMINERS.contains(lowerCase(k));
	}

	private boolean isLink(int k) {
		return tokens.type(k) == TokenType.WORD && SpeakerWords.LINKS.contains(lowerCase(k));
	}

	private boolean isPronoun(int k) {
		return tokens.type(k) == TokenType.WORD && SpeakerWords.PRONOUNS.contains(lowerCase(k));
	}

	private boolean isOtherLowerCaseWord(int k) {
		if (tokens.type(k) != TokenType.WORD || !Character.isLowerCase(tokens.firstChar(k))) {
			return false;
		}
		String lowerCase = lowerCase(k);
		return !FunctionWords.isGrammatical(lowerCase) && !SpeakerWords.AUXILIARIES.contains(lowerCase)
				&& !SpeakerWords.PRONOUNS.contains(lowerCase) && SpeechVerbs.at(words, k, k + 1) == null;
	}

	private String lowerCase(int k) {
		return words.word(k);
	}
}
