package org.dossier.internal.nlp;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Month names of French, German, English and Russian, in all the forms dates use them in: Russian
 * nominative ("ноябрь 2014"), genitive ("14 ноября") and prepositional ("в ноябре 2014 г."), spellings
 * without accents or umlauts ("fevrier", "Maerz"), the Austrian "Jänner", and the usual abbreviations.
 */
public final class MonthNames {

	private static final Map<String, Integer> FULL_NAMES = new HashMap<>();
	private static final Map<String, Integer> ABBREVIATIONS = new HashMap<>();
	private static final Set<String> ENGLISH = Set.of("january", "february", "march", "april", "may", "june",
			"july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
			"jul", "aug", "sep", "sept", "oct", "nov", "dec");

	/** English names that are also everyday words in lower case: "you may", "they march". */
	private static final Set<String> WORDS_UNLESS_CAPITALISED = Set.of("may", "march");

	static {
		fullNames(1, "janvier", "januar", "jänner", "january", "январь", "января", "январе");
		fullNames(2, "février", "fevrier", "februar", "feber", "february", "февраль", "февраля", "феврале");
		fullNames(3, "mars", "märz", "maerz", "march", "март", "марта", "марте");
		fullNames(4, "avril", "april", "апрель", "апреля", "апреле");
		fullNames(5, "mai", "may", "май", "мая", "мае");
		fullNames(6, "juin", "juni", "june", "июнь", "июня", "июне");
		fullNames(7, "juillet", "juli", "july", "июль", "июля", "июле");
		fullNames(8, "août", "aout", "august", "август", "августа", "августе");
		fullNames(9, "septembre", "september", "сентябрь", "сентября", "сентябре");
		fullNames(10, "octobre", "oktober", "october", "октябрь", "октября", "октябре");
		fullNames(11, "novembre", "november", "ноябрь", "ноября", "ноябре");
		fullNames(12, "décembre", "decembre", "dezember", "december", "декабрь", "декабря", "декабре");
		abbreviations(1, "jan", "janv", "янв");
		abbreviations(2, "feb", "févr", "fév", "fevr", "фев", "февр");
		abbreviations(3, "mar", "mär", "mrz", "мар");
		abbreviations(4, "apr", "avr", "апр");
		abbreviations(6, "jun");
		abbreviations(7, "jul", "juil");
		abbreviations(8, "aug", "авг");
		abbreviations(9, "sep", "sept", "сен", "сент");
		abbreviations(10, "oct", "okt", "окт");
		abbreviations(11, "nov", "ноя", "нояб");
		abbreviations(12, "dec", "déc", "dez", "дек");
	}

	/**
	 * A regular expression alternation of all forms, longest first so that "mars" is not read as "mar".
	 * An abbreviation may be followed by a period, which is not part of the match.
	 */
	public static final String REGEX = Stream.concat(FULL_NAMES.keySet().stream(), ABBREVIATIONS.keySet().stream())
			.distinct()
			.sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
			.map(Pattern::quote)
			.collect(Collectors.joining("|"));

	private MonthNames() {
	}

	private static void fullNames(int month, String... names) {
		for (String name : names) {
			FULL_NAMES.put(name, month);
		}
	}

	private static void abbreviations(int month, String... names) {
		for (String name : names) {
			ABBREVIATIONS.put(name, month);
		}
	}

	/**
	 * The month (1 to 12) that a word found by {@link #REGEX} names, or 0 when it cannot be taken for a
	 * month where it stands: an abbreviation needs a capital or a period after it ("sept" is also French
	 * for seven), and "may" and "march" need a capital.
	 *
	 * @param word the word as written
	 * @param followedByPeriod whether a period follows the word
	 */
	public static int month(String word, boolean followedByPeriod) {
		String lowerCase = word.toLowerCase(Locale.ROOT);
		boolean capitalised = Character.isUpperCase(word.charAt(0));
		Integer full = FULL_NAMES.get(lowerCase);
		if (full != null) {
			return WORDS_UNLESS_CAPITALISED.contains(lowerCase) && !capitalised ? 0 : full;
		}
		Integer abbreviated = ABBREVIATIONS.get(lowerCase);
		return abbreviated != null && (capitalised || followedByPeriod) ? abbreviated : 0;
	}

	/** Whether the word, in any case, is one of the forms {@link #REGEX} matches. */
	public static boolean isMonthForm(String word) {
		String lowerCase = word.toLowerCase(Locale.ROOT);
		return FULL_NAMES.containsKey(lowerCase) || ABBREVIATIONS.containsKey(lowerCase);
	}

	/** Whether the word, in any case, is an abbreviated form, which a period may follow. */
	public static boolean isAbbreviation(String word) {
		return ABBREVIATIONS.containsKey(word.toLowerCase(Locale.ROOT));
	}

	/** Whether the word is an English month name or abbreviation, the only ones written before the day. */
	public static boolean isEnglish(String word) {
		return ENGLISH.contains(word.toLowerCase(Locale.ROOT));
	}
}
