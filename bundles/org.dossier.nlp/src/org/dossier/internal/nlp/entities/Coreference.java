package org.dossier.internal.nlp.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dossier.internal.nlp.entities.Candidate.Source;
import org.dossier.internal.nlp.entities.RussianInflection.Hint;
import org.dossier.nlp.EntityMention.Kind;

/**
 * What one text says about its own names, carried across it:
 * <ul>
 * <li>a person named in full is the same person when the surname comes alone, in any case or spelling:
 * "Sergueï Lavrov … Lavrov a ajouté", "Сергей Лавров … Лаврова", "Olaf Scholz … Scholz' Rede" — and a
 * surname alone that the text gives nowhere else with a cue is still found there;</li>
 * <li>an acronym in brackets after an organisation's name stands for it, there and everywhere else in the
 * text: "Институт геофизических исследований (ИГИ)";</li>
 * <li>Russian place names found in different cases ("с. Каджисай", "в Каджисае") take the form found after a
 * place abbreviation, which is in the nominative.</li>
 * </ul>
 * A surname two different people share is left alone.
 */
final class Coreference {

	private static final String AMBIGUOUS = "";

	private Coreference() {
	}

	static List<Candidate> link(EntitySearch search, List<Candidate> chosen) {
		List<Candidate> linked = linkPersons(search, chosen);
		linked = linkAcronyms(search, linked);
		linked = linkRussianPlaces(search, linked);
		linked.sort(Comparator.comparingInt(Candidate::first));
		return linked;
	}

	private static List<Candidate> linkPersons(EntitySearch search, List<Candidate> chosen) {
		Tokens tokens = search.tokens;
		Map<String, String> fullNameBySurnameKey = new HashMap<>();
		for (Candidate candidate : chosen) {
			if (candidate.kind() != Kind.PERSON) {
				continue;
			}
			String[] canonicalWords = search.matchKey(candidate.canonicalName()).split(" ");
			if (canonicalWords.length < 2) {
				continue;
			}
			String surnameKey = canonicalWords[canonicalWords.length - 1];
			if (surnameKey.length() < 3) {
				continue;
			}
			String previous = fullNameBySurnameKey.putIfAbsent(surnameKey, candidate.canonicalName());
			if (previous != null && !previous.equals(candidate.canonicalName())) {
				fullNameBySurnameKey.put(surnameKey, AMBIGUOUS);
			}
		}
		List<Candidate> linked = new ArrayList<>(chosen.size());
		boolean[] taken = new boolean[tokens.size()];
		for (Candidate candidate : chosen) {
			for (int t = candidate.first(); t < candidate.end(); t++) {
				taken[t] = true;
			}
			if (candidate.kind() == Kind.PERSON && candidate.length() == 1) {
				String fullName = fullNameFor(search, candidate.first(), fullNameBySurnameKey);
				if (fullName != null) {
					candidate = candidate.withName(fullName, Math.max(candidate.confidence(), 0.8));
				}
			}
			linked.add(candidate);
		}
		if (fullNameBySurnameKey.isEmpty()) {
			return linked;
		}
		for (int t = 0; t < tokens.size(); t++) {
			if (taken[t] || !tokens.is(t, Tokens.CAPITALISED) || !search.isNameWord(t)
					|| tokens.isWord(t + 1) && search.isNameWord(t + 1) && !tokens.lineBreakBefore(t + 1)) {
				continue;
			}
			String fullName = fullNameFor(search, t, fullNameBySurnameKey);
			if (fullName != null) {
				linked.add(new Candidate(t, t + 1, Kind.PERSON, fullName, null, null, 0.75, Source.REPEATED_NAME));
			}
		}
		return linked;
	}

	/** The full name a text gave earlier or later for the surname at {@code t}, or null. */
	private static String fullNameFor(EntitySearch search, int t, Map<String, String> fullNameBySurnameKey) {
		Tokens tokens = search.tokens;
		String word = tokens.key(t);
		List<String> spellings = new ArrayList<>(3);
		spellings.add(word);
		if (tokens.is(t, Tokens.CYRILLIC)) {
			spellings.add(RussianInflection.surnameNominative(word, Hint.MASCULINE));
			spellings.add(RussianInflection.surnameNominative(word, Hint.FEMININE));
		} else if (word.length() > 4 && word.endsWith("s")) {
			spellings.add(word.substring(0, word.length() - 1));
		}
		String found = null;
		for (String spelling : spellings) {
			String fullName = fullNameBySurnameKey.get(search.matchKey(spelling));
			if (fullName != null && !fullName.equals(AMBIGUOUS)) {
				if (found != null && !found.equals(fullName)) {
					return null;
				}
				found = fullName;
			}
		}
		return found;
	}

	private static List<Candidate> linkAcronyms(EntitySearch search, List<Candidate> chosen) {
		Tokens tokens = search.tokens;
		Map<String, Candidate> organizationByAcronym = new HashMap<>();
		for (int i = 0; i < chosen.size(); i++) {
			Candidate candidate = chosen.get(i);
			if (candidate.kind() != Kind.ORGANIZATION || candidate.source() == Source.ACRONYM) {
				continue;
			}
			int open = candidate.end();
			if (tokens.isPunctuation(open, '(') && tokens.is(open + 1, Tokens.ALL_CAPS)
					&& tokens.isPunctuation(open + 2, ')')) {
				String acronym = tokens.key(open + 1);
				if (!acronym.equals(candidate.canonicalName()) && startsAlike(tokens, acronym, candidate)) {
					organizationByAcronym.putIfAbsent(acronym, candidate);
				}
			}
			int before = candidate.first() - 1;
			if (tokens.isPunctuation(before, '(') && tokens.isPunctuation(candidate.end(), ')')
					&& tokens.is(before - 1, Tokens.ALL_CAPS) && !search.known(before - 1)
					&& startsAlike(tokens, tokens.key(before - 1), candidate)) {
				organizationByAcronym.putIfAbsent(tokens.key(before - 1), candidate);
			}
		}
		if (organizationByAcronym.isEmpty()) {
			return chosen;
		}
		List<Candidate> linked = new ArrayList<>(chosen.size());
		for (Candidate candidate : chosen) {
			if (candidate.length() == 1 && tokens.is(candidate.first(), Tokens.ALL_CAPS)
					&& candidate.source() == Source.ACRONYM) {
				Candidate organization = organizationByAcronym.get(tokens.key(candidate.first()));
				if (organization != null) {
					candidate = new Candidate(candidate.first(), candidate.end(), Kind.ORGANIZATION,
							organization.canonicalName(), null, null, 0.75, Source.ACRONYM);
				}
			}
			linked.add(candidate);
		}
		return linked;
	}

	/** Whether an acronym begins with the letter the name it stands for begins with, in either script. */
	private static boolean startsAlike(Tokens tokens, String acronym, Candidate name) {
		String first = Transliteration.toLatin(tokens.key(name.first()));
		String letters = Transliteration.toLatin(acronym);
		return !first.isEmpty() && !letters.isEmpty()
				&& Character.toUpperCase(first.charAt(0)) == Character.toUpperCase(letters.charAt(0));
	}

	private static List<Candidate> linkRussianPlaces(EntitySearch search, List<Candidate> chosen) {
		Tokens tokens = search.tokens;
		Map<String, String> nominativeByStem = new HashMap<>();
		for (Candidate candidate : chosen) {
			if (candidate.kind() == Kind.LOCATION && candidate.source() == Source.PLACE_CUE && candidate.length() == 1
					&& tokens.is(candidate.first(), Tokens.CYRILLIC)
					&& tokens.isPunctuation(candidate.first() - 1, '.')) {
				nominativeByStem.putIfAbsent(stem(candidate.canonicalName()), candidate.canonicalName());
			}
		}
		if (nominativeByStem.isEmpty()) {
			return chosen;
		}
		List<Candidate> linked = new ArrayList<>(chosen.size());
		for (Candidate candidate : chosen) {
			if (candidate.kind() == Kind.LOCATION && candidate.lat() == null && candidate.length() == 1
					&& tokens.is(candidate.first(), Tokens.CYRILLIC)) {
				String nominative = nominativeByStem.get(stem(candidate.canonicalName()));
				if (nominative != null) {
					candidate = candidate.withName(nominative, Math.max(candidate.confidence(), 0.7));
				}
			}
			linked.add(candidate);
		}
		return linked;
	}

	/** A Russian word less its case ending, so that the forms of one name compare equal. */
	private static String stem(String word) {
		String lower = word.toLowerCase(java.util.Locale.ROOT);
		for (String ending : new String[] { "ами", "ями", "ом", "ем", "ой", "ей", "ам", "ям", "ах", "ях", "ов", "а",
				"я", "ы", "и", "у", "ю", "е", "й", "ь", "о" }) {
			if (lower.endsWith(ending) && lower.length() > ending.length() + 2) {
				return lower.substring(0, lower.length() - ending.length());
			}
		}
		return lower;
	}
}
