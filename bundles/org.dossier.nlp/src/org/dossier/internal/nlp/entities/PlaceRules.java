package org.dossier.internal.nlp.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dossier.internal.nlp.MonthNames;
import org.dossier.internal.nlp.entities.Candidate.Source;
import org.dossier.nlp.EntityMention.Kind;
import org.dossier.nlp.Gazetteer;

/**
 * Places the gazetteer does not know, from the words that announce them: "г. Караганда", "с. Каджисай",
 * "оз. Иссык-Куль", "région de Koursk", "Lake Baikal", "Zhytomyr region", "Карагандинской области"; and, as a
 * weak guess, a capitalised word after "in", "near", "à", "в", "вблизи" (not in German, where every noun is
 * capitalised).
 */
final class PlaceRules {

	/** Russian abbreviations of place nouns, written with a period: "г. Караганда". */
	private static final Set<String> RUSSIAN_ABBREVIATIONS = Set.of("г", "с", "пос", "оз", "р", "хр", "о", "ст", "пгт");

	/** Cue words that are part of the English name they precede: Lake Baikal, Mount Elbrus. */
	private static final Set<String> PART_OF_NAME = Set.of("lake", "mount", "mt", "cape");

	/** Cue words followed by "de" in French: "région de Koursk". */
	private static final Set<String> FRENCH_WITH_DE = Set.of("région", "ville", "village", "province", "district",
			"oblast");

	private PlaceRules() {
	}

	static List<Candidate> findByCue(EntitySearch search) {
		List<Candidate> found = new ArrayList<>();
		Tokens tokens = search.tokens;
		for (int t = 0; t < tokens.size(); t++) {
			if (!tokens.isWord(t) || search.known(t)) {
				continue;
			}
			String lower = tokens.lower(t);
			Candidate candidate = null;
			if (search.is(t, Lexicon.PLACE_WORD_BEFORE)) {
				candidate = afterCue(search, t, lower);
			}
			if (candidate == null && search.is(t, Lexicon.PLACE_WORD_AFTER) && !tokens.is(t, Tokens.CYRILLIC)) {
				candidate = beforeCue(search, t);
			}
			if (candidate == null && tokens.is(t, Tokens.CYRILLIC) && tokens.is(t, Tokens.CAPITALISED)
					&& tokens.isWord(t + 1) && search.is(t + 1, Lexicon.REGION_NOUN) && isRussianAdjective(lower)) {
				String noun = Lexicon.russianRegionNounNominative(tokens.lower(t + 1));
				char gender = noun.endsWith("ь") || noun.endsWith("а") ? 'f' : 'm';
				String name = adjectiveNominative(tokens.key(t), gender) + " " + noun;
				candidate = new Candidate(t, t + 2, Kind.LOCATION, name, null, null, 0.75, Source.PLACE_CUE);
			}
			if (candidate != null) {
				found.add(candidate);
				t = candidate.end() - 1;
			}
		}
		return found;
	}

	private static Candidate afterCue(EntitySearch search, int cue, String lower) {
		Tokens tokens = search.tokens;
		int u = cue + 1;
		boolean abbreviation = RUSSIAN_ABBREVIATIONS.contains(lower);
		if (abbreviation) {
			if (!tokens.is(cue, Tokens.LOWER_CASE) || !lower.equals("пгт") && !tokens.isPunctuation(u, '.')) {
				return null;
			}
			if (tokens.isPunctuation(u, '.')) {
				u++;
			}
		} else if (Transliteration.hasCyrillic(lower) && !tokens.is(cue, Tokens.LOWER_CASE)) {
			return null;
		}
		if (FRENCH_WITH_DE.contains(lower) && tokens.isWord(u)) {
			String next = tokens.lower(u);
			if (next.equals("de") || next.equals("du")) {
				u++;
			} else if (next.equals("d") && tokens.isPunctuation(u + 1, '\'')) {
				u += 2;
			} else if (!lower.equals("oblast")) {
				return null;
			}
		}
		int end = nameEnd(search, u, 3);
		if (end <= u) {
			return null;
		}
		int first = PART_OF_NAME.contains(lower) && tokens.is(cue, Tokens.CAPITALISED) ? cue : u;
		return new Candidate(first, end, Kind.LOCATION, OrganizationRules.surface(tokens, first, end), null, null, 0.75,
				Source.PLACE_CUE);
	}

	private static Candidate beforeCue(EntitySearch search, int cue) {
		Tokens tokens = search.tokens;
		int first = cue;
		while (first - 1 >= 0 && cue - first < 2 && isPlaceWord(search, first - 1) && !tokens.lineBreakBefore(first)) {
			first--;
		}
		if (first == cue || tokens.is(first, Tokens.SENTENCE_START) && cue - first == 1 && !search.known(first)
				&& !tokens.lower(cue).equals("oblast")) {
			return null;
		}
		String name = OrganizationRules.surface(tokens, first, cue + 1);
		Candidate city = search.gazetteerAt[first];
		if (city != null && city.end() == cue && city.first() == first) {
			String category = search.index.byCanonicalName(city.canonicalName()).category();
			if (!category.equals("city") && !category.equals("country")) {
				return new Candidate(first, cue + 1, Kind.LOCATION, city.canonicalName(), city.lat(), city.lon(), 0.9,
						Source.PLACE_CUE);
			}
			for (String unit : new String[] { " Oblast", " Region" }) {
				Gazetteer.Entry region = search.index.byCanonicalName(city.canonicalName() + unit);
				if (region != null) {
					return new Candidate(first, cue + 1, Kind.LOCATION, region.canonicalName(), region.lat(),
							region.lon(),
							0.85, Source.PLACE_CUE);
				}
			}
		}
		return new Candidate(first, cue + 1, Kind.LOCATION, name, null, null, 0.75, Source.PLACE_CUE);
	}

	private static boolean isPlaceWord(EntitySearch search, int t) {
		return search.known(t, Kind.LOCATION) && search.gazetteerAt[t].length() == 1 || search.isNameWord(t)
				&& !search.isFirstName(t);
	}

	/** The end of a run of up to {@code longest} capitalised words starting at {@code t} that can name a place. */
	private static int nameEnd(EntitySearch search, int t, int longest) {
		Tokens tokens = search.tokens;
		int u = t;
		while (u < tokens.size() && u - t < longest && (u == t || !tokens.lineBreakBefore(u))
				&& search.isNameWord(u) && !tokens.is(u, Tokens.ALL_CAPS)
				&& !MonthNames.isMonthForm(tokens.lower(u))) {
			u++;
		}
		return u;
	}

	static List<Candidate> findByPreposition(EntitySearch search) {
		List<Candidate> found = new ArrayList<>();
		if (search.inLanguage("de")) {
			return found;
		}
		Tokens tokens = search.tokens;
		for (int t = 0; t + 1 < tokens.size(); t++) {
			if (!tokens.isWord(t) || !search.is(t, Lexicon.PLACE_PREPOSITION)) {
				continue;
			}
			int u = t + 1;
			if (tokens.lower(t).equals("près")) {
				if (tokens.isWord(u) && tokens.lower(u).equals("de")) {
					u++;
				} else if (tokens.isWord(u) && tokens.lower(u).equals("d") && tokens.isPunctuation(u + 1, '\'')) {
					u += 2;
				} else {
					continue;
				}
			}
			boolean cyrillicPreposition = tokens.is(t, Tokens.CYRILLIC);
			if (!tokens.isWord(u) || tokens.is(u, Tokens.CYRILLIC) != cyrillicPreposition || search.known(u)
					|| search.isFirstName(u) || tokens.lineBreakBefore(u)) {
				continue;
			}
			int end = nameEnd(search, u, 2);
			if (end <= u || cyrillicPreposition && isRussianAdjective(tokens.lower(u)) || tokens.isWord(end)
					&& tokens.is(end, Tokens.CAPITALISED)
					&& search.is(end, Lexicon.ORGANIZATION_HEAD) || tokens.isPunctuation(end, '\'')
					|| end - u == 1 && Lexicon.looksLikeDemonym(tokens.lower(u)) && !cyrillicPreposition) {
				continue;
			}
			found.add(new Candidate(u, end, Kind.LOCATION, OrganizationRules.surface(tokens, u, end), null, null, 0.5,
					Source.PLACE_PREPOSITION));
			t = end - 1;
		}
		return found;
	}

	private static boolean isRussianAdjective(String lower) {
		return lower.length() > 5 && (lower.endsWith("ого") || lower.endsWith("его") || lower.endsWith("ых")
				|| lower.endsWith("их") || lower.endsWith("ому") || lower.endsWith("ская") || lower.endsWith("ской")
				|| lower.endsWith("скую")
				|| lower.endsWith("ский") || lower.endsWith("ского") || lower.endsWith("скому")
				|| lower.endsWith("ским")
				|| lower.endsWith("ском") || lower.endsWith("цкая") || lower.endsWith("цкой") || lower.endsWith("цкого")
				|| lower.endsWith("ная") || lower.endsWith("ной") || lower.endsWith("ного") || lower.endsWith("ный"));
	}

	private static String adjectiveNominative(String adjective, char gender) {
		String lower = adjective.toLowerCase(java.util.Locale.ROOT);
		for (String ending : new String[] { "ого", "ому", "ой", "ую", "ая", "им", "ом", "ий", "ый" }) {
			if (lower.endsWith(ending)) {
				String stem = adjective.substring(0, adjective.length() - ending.length());
				boolean velar = stem.endsWith("к") || stem.endsWith("г") || stem.endsWith("х");
				return stem + (gender == 'f' ? "ая" : velar ? "ий" : "ый");
			}
		}
		return adjective;
	}
}
