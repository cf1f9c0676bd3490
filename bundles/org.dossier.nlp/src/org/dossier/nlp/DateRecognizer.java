package org.dossier.nlp;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dossier.internal.nlp.Characters;
import org.dossier.internal.nlp.MonthNames;
import org.dossier.internal.nlp.Paragraphs;
import org.dossier.internal.nlp.Spans;
import org.dossier.internal.nlp.UnitLexicon;
import org.dossier.internal.nlp.WebAddresses;

/**
 * Finds dates in French, German, English and Russian text and gives each its ISO 8601 value, as precise as
 * the text is:
 * <ul>
 * <li>day, month name and year: "3 novembre 2019", "1er mai 2020", "am 3. März 2020", "16 September 2024",
 * "the 3rd of May 2019", "May 10, 2006", "14 ноября 2014 г.", "14-го ноября 2014 года" (2019-11-03 ...);
 * month names in every form dates use (Russian genitive and prepositional, abbreviations with a period or a
 * capital, spellings without accents);</li>
 * <li>numeric dates: "21.06.2014", "16.09.1999 г.", "21-06-2014", "21/06/2014", ISO "2014-06-21". With
 * slashes the day comes first unless only the other order gives a valid date ("06/21/2014");</li>
 * <li>month and year: "März 2020", "novembre 2019", "в ноябре 2014 г." (2020-03);</li>
 * <li>day and month without a year: "le 2 mai", "am 3. März", "May 10", "15 августа" (--05-02);</li>
 * <li>both days of a range that names the month once: "vom 10. bis 12. März 2024", "du 3 au 5 mai",
 * "10–12 March", "с 10 по 12 марта" (two dates);</li>
 * <li>a month alone after a preposition of time: "since January", "en janvier", "seit März", "до октября"
 * (--01, or 2024-01 with a year from the context);</li>
 * <li>a year alone, only where the words around make it a date: after a preposition or a time word ("en
 * 1975", "in 1975", "seit 1990", "im Jahr 2000", "mid-2024", "в 1975 году", "с 2011 г.") or followed by the
 * Russian "г." or "год" in any case; two years joined by a dash ("in 2023–2024", "в 2011–2014 гг.") give
 * two dates. A year followed by a unit or a scale word ("in 2000 km", "in 2019 million") is a quantity, not
 * a date, and "the 1980s" is a decade, which has no ISO 8601 form.</li>
 * </ul>
 * Dates inside web addresses and DOIs ("/news/2023-05-17/") are left out.
 * A mention covers the date and the Russian "г."/"года" after it, not the article or preposition before it.
 * Days are checked against their month and year (no 30 February, 29 February only in leap years).
 * <p>
 * A day and month without a year take one from the context when asked: {@link #withYearFromPrecedingDates()}
 * takes the year of the latest date before it in its paragraph that has a month and a year;
 * {@link #withReferenceYear(int)} takes a given year, the document's publication year for instance. When both
 * are set, a preceding date of the paragraph wins, then the reference year; with neither, the year of the
 * text's first date with a month and a year (its dateline), then that of the latest such date before it.
 * The month is not compared: a "2 janvier" after a date in December keeps that December's year.
 * <p>
 * Instances are immutable and can be shared between threads.
 */
public final class DateRecognizer {

	private static final int NO_YEAR = 0;
	private static final int LEAP_YEAR = 2000;
	private static final int MIN_YEAR = 1000;
	private static final int MAX_YEAR = 2199;
	/**
	 * The years a number standing alone after a preposition is taken for. Outside them, "by 1000" or "in 2500
	 * cases" are more likely counts than years.
	 */
	private static final int MIN_YEAR_IN_CONTEXT = 1600;
	private static final int MAX_YEAR_IN_CONTEXT = 2100;

	private static final String SPACE = "(?:\\h*\\n\\h*|\\h+)";
	private static final String MONTH = "(?<month>" + MonthNames.REGEX + ")(?<period>\\.)?(?!\\p{L})";
	private static final String DAY = "(?<day>3[01]|[12]\\d|0?[1-9])";
	/** Not followed by a letter either, which would make "1980s" a decade; but "2014г." is a year. */
	private static final String YEAR = "(?<year>[12]\\d{3})(?!\\p{N}|[.,]\\d|[\\p{L}&&[^гГ]])";
	private static final String YEAR_WORD = "\\h*(?:гг\\.|г\\.|года|году|год|г)(?!\\p{L})";
	private static final String NOT_INSIDE_A_NUMBER_OR_WORD = "(?<![\\p{L}\\p{N}]|\\p{N}[.,])";

	private static final Pattern DAY_MONTH_YEAR = Pattern.compile(NOT_INSIDE_A_NUMBER_OR_WORD + DAY
			+ "(?:(?:er|re|ère|st|nd|rd|th|-го)" + SPACE + "|\\.\\h*|" + SPACE + ")(?:of" + SPACE + ")?" + MONTH
			+ "(?:,?" + SPACE + YEAR + "(?:" + YEAR_WORD + ")?)?",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	/** How far before its month a day can start: "14-го" and a few spaces, or "3rd of ". */
	private static final int MAX_DAY_LENGTH = 12;
	/** How far after its start a month name, its year and the Russian "года" after it can reach. */
	private static final int MAX_MONTH_AND_YEAR_LENGTH = 64;

	private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + SPACE + DAY
			+ "(?:st|nd|rd|th)?(?![\\p{L}\\p{N}]|[.,]\\d)(?:,?" + SPACE + YEAR + ")?",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + ",?" + SPACE + YEAR + "(?:" + YEAR_WORD + ")?",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern NUMERIC = Pattern.compile("(?<![\\p{L}\\p{N}]|\\p{N}[.,/-])"
			+ "(?<first>\\d{1,2})(?<separator>[./-])(?<second>\\d{1,2})\\k<separator>" + YEAR
			+ "(?![.,/-]\\d)(?:" + YEAR_WORD + ")?");

	private static final Pattern ISO = Pattern.compile("(?<![\\p{L}\\p{N}]|\\p{N}[.,/-])"
			+ "(?<year>[12]\\d{3})-(?<month>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\\d|3[01])(?!\\p{N}|[.,/-]\\d)");

	/** Words after which a number can be a year: prepositions and words for periods of time. */
	private static final Set<String> YEAR_CONTEXT = Set.of("in", "of", "since", "by", "until", "till", "from",
			"during", "before", "after", "around", "circa", "year", "early", "mid", "late", "spring", "summer",
			"autumn", "fall", "winter", "en", "depuis", "dès", "avant", "après", "vers", "année", "an", "fin", "début",
			"mi", "printemps", "été", "automne", "hiver", "im", "seit", "bis", "ab", "von", "nach", "vor", "um", "jahr",
			"jahre", "jahres", "anfang", "mitte", "ende", "frühjahr", "frühling", "sommer", "herbst", "в", "во", "с",
			"со", "до", "к", "по", "после", "от", "около", "начале", "середине", "конце");
	/** A day and the word or dash that joins it to a second day, ending where the second day starts. */
	private static final Pattern FIRST_DAY_OF_RANGE = Pattern.compile(NOT_INSIDE_A_NUMBER_OR_WORD
			+ "(?<day>3[01]|[12]\\d|0?[1-9])(?<suffix>\\.|er|st|nd|rd|th|-го)?\\h*(?:[–—-]|bis|au|to|until|till|по|до|and|et|und|и)\\h*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	/** How far before the second day of a range its first day can start: "31er au ". */
	private static final int MAX_RANGE_START_LENGTH = 16;

	/** Prepositions of time after which a month name alone is a date: "since January", "с января". */
	private static final Set<String> MONTH_PREPOSITIONS = Set.of("in", "since", "until", "till", "by", "before",
			"after", "from", "during", "en", "depuis", "dès", "avant", "après", "im", "seit", "bis", "ab", "vor", "nach",
			"с", "со", "до", "к", "в", "во", "после", "от");
	/** No month name or word before a year is longer. */
	private static final int LONGEST_WORD_TRIED = 9;

	private static final Pattern YEAR_AFTER_CONTEXT_WORD = Pattern.compile("(?:" + SPACE + "|-)" + YEAR
			+ "(?:\\h*[–—-]\\h*(?<secondYear>[12]\\d{3})(?!\\p{N}|[.,]\\d))?(?<yearWord>" + YEAR_WORD + ")?",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern YEAR_BEFORE_RUSSIAN_YEAR_WORD = Pattern.compile(NOT_INSIDE_A_NUMBER_OR_WORD + YEAR
			+ "(?:\\h*[–—-]\\h*(?<secondYear>[12]\\d{3}))?(?<yearWord>" + YEAR_WORD + ")",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** A date found, before overlaps are resolved and years inferred; 0 for what the text does not give. */
	private record Candidate(int begin, int end, int year, int month, int day) {

		boolean hasMonthAndYear() {
			return year != NO_YEAR && month != 0;
		}
	}

	private final int referenceYear;
	private final boolean yearFromPrecedingDates;

	/** A recogniser that infers no years: a day and month without a year give "--MM-DD". */
	public DateRecognizer() {
		this(NO_YEAR, false);
	}

	private DateRecognizer(int referenceYear, boolean yearFromPrecedingDates) {
		this.referenceYear = referenceYear;
		this.yearFromPrecedingDates = yearFromPrecedingDates;
	}

	/** A recogniser like this one that gives {@code year} to days and months written without one. */
	public DateRecognizer withReferenceYear(int year) {
		if (year < MIN_YEAR || year > MAX_YEAR) {
			throw new IllegalArgumentException("reference year not in " + MIN_YEAR + ".." + MAX_YEAR + ": " + year);
		}
		return new DateRecognizer(year, yearFromPrecedingDates);
	}

	/**
	 * A recogniser like this one that gives days and months written without a year the year of the latest
	 * date with a month and a year before them in the text.
	 */
	public DateRecognizer withYearFromPrecedingDates() {
		return new DateRecognizer(referenceYear, true);
	}

	/** The dates in {@code text}, in text order, none overlapping another. */
	public List<DateMention> recognize(String text) {
		List<Candidate> candidates = new Search(text).run();
		Spans.Ranges webAddresses = new Spans.Ranges();
		WebAddresses.addTo(webAddresses, text);
		candidates.removeIf(date -> webAddresses.overlaps(date.begin(), date.end()));
		return withValues(text, Spans.longestWithoutOverlap(candidates, Candidate::begin, Candidate::end));
	}

	/**
	 * One pass over a text, trying the date patterns only where a date can start: at a month name, after a
	 * word that can precede a year, at a number. Running every pattern over the whole text would try the
	 * hundred-odd month names at every character.
	 */
	private static final class Search {

		private final String text;
		private final List<Candidate> candidates = new ArrayList<>();
		private final Matcher dayMonthYear;
		private final Matcher monthDayYear;
		private final Matcher monthYear;
		private final Matcher numeric;
		private final Matcher iso;
		private final Matcher yearAfterContextWord;
		private final Matcher yearBeforeRussianYearWord;
		private final Matcher firstDayOfRange;

		Search(String text) {
			this.text = text;
			dayMonthYear = matcher(DAY_MONTH_YEAR);
			monthDayYear = matcher(MONTH_DAY_YEAR);
			monthYear = matcher(MONTH_YEAR);
			numeric = matcher(NUMERIC);
			iso = matcher(ISO);
			yearAfterContextWord = matcher(YEAR_AFTER_CONTEXT_WORD);
			yearBeforeRussianYearWord = matcher(YEAR_BEFORE_RUSSIAN_YEAR_WORD);
			firstDayOfRange = FIRST_DAY_OF_RANGE.matcher(text).useTransparentBounds(true).useAnchoringBounds(true);
		}

		/** A matcher whose look-behinds see the text before the regions it is given. */
		private Matcher matcher(Pattern pattern) {
			return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
		}

		List<Candidate> run() {
			int length = text.length();
			int i = 0;
			while (i < length) {
				char c = text.charAt(i);
				int end = i + 1;
				if (Character.isLetter(c)) {
					while (end < length && Character.isLetter(text.charAt(end))) {
						end++;
					}
					atWord(i, end);
				} else if (Characters.isAsciiDigit(c)) {
					while (end < length && Characters.isAsciiDigit(text.charAt(end))) {
						end++;
					}
					atNumber(i, end);
				}
				i = end;
			}
			return candidates;
		}

		private void atWord(int start, int end) {
			if (end - start > LONGEST_WORD_TRIED) {
				return;
			}
			String word = text.substring(start, end);
			if (MonthNames.isMonthForm(word)) {
				int found = candidates.size();
				findDayBeforeMonth(start);
				if (at(monthDayYear, start)) {
					addEnglishMonthFirstDate();
				}
				if (at(monthYear, start)) {
					addMonthWithYear();
				}
				if (candidates.size() == found) {
					addMonthAlone(word, start, end);
				}
			}
			if (YEAR_CONTEXT.contains(word.toLowerCase(Locale.ROOT))
					&& at(yearAfterContextWord, end)) {
				addYearAfterContextWord();
			}
		}

		/**
		 * The numeric and ISO dates and the years before "г." that start at a number; the character after the
		 * number says which of their patterns can match, so most numbers try none.
		 */
		private void atNumber(int start, int end) {
			int digits = end - start;
			char after = end < text.length() ? text.charAt(end) : ' ';
			if (digits <= 2 && (after == '.' || after == '/' || after == '-') && at(numeric, start)) {
				addNumericDate();
			}
			if (digits == 4 && after == '-' && at(iso, start)) {
				addIsoDate();
			}
			if (digits == 4 && mayBeFollowedByRussianYearWord(end) && at(yearBeforeRussianYearWord, start)) {
				addYears(yearBeforeRussianYearWord, MIN_YEAR, MAX_YEAR);
			}
		}

		/** Whether "г."/"год" or a dash to a second year can follow a year that ends at {@code end}, spaces aside. */
		private boolean mayBeFollowedByRussianYearWord(int end) {
			int i = end;
			while (i < text.length() && Characters.isSpace(text.charAt(i))) {
				i++;
			}
			return i < text.length() && "гГ–—-".indexOf(text.charAt(i)) >= 0;
		}

		private boolean at(Matcher matcher, int start) {
			return matcher.region(start, text.length()).lookingAt();
		}

		/** A day, and perhaps a year, around the month name at {@code monthStart}: "3 novembre 2019". */
		private void findDayBeforeMonth(int monthStart) {
			int windowEnd = Math.min(text.length(), monthStart + MAX_MONTH_AND_YEAR_LENGTH);
			Matcher date = dayMonthYear.region(Math.max(0, monthStart - MAX_DAY_LENGTH), windowEnd);
			while (date.find() && date.start("month") <= monthStart) {
				if (date.start("month") == monthStart) {
					int month = month(date);
					int year = year(date);
					if (month != 0 && year >= 0) {
						int end = year == NO_YEAR ? endOfMonthName(date) : date.end();
						int day = Integer.parseInt(date.group("day"));
						add(date.start(), end, year, month, day);
						addFirstDayOfRange(date.start(), year, month, day);
					}
					return;
				}
			}
		}

		/**
		 * A month named alone after a preposition of time: "since January", "before October", "en janvier",
		 * "seit März", "с января", "до октября". An English month must be capitalised ("by may" is a verb);
		 * abbreviations alone are not taken.
		 */
		private void addMonthAlone(String word, int start, int end) {
			if (MonthNames.isAbbreviation(word) || MonthNames.isEnglish(word) && !Character.isUpperCase(word.charAt(0))) {
				return;
			}
			int wordEnd = start;
			while (wordEnd > 0 && Characters.isSpace(text.charAt(wordEnd - 1))) {
				wordEnd--;
			}
			int wordStart = wordEnd;
			while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
				wordStart--;
			}
			if (wordStart < wordEnd && wordEnd < start
					&& MONTH_PREPOSITIONS.contains(text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT))) {
				int month = MonthNames.month(word, false);
				if (month != 0) {
					add(start, end, NO_YEAR, month, 0);
				}
			}
		}

		/**
		 * The first day of a range whose second day names the month: the "10." of "vom 10. bis 12. März", the
		 * "3" of "du 3 au 5 mai", "10–12 March", "с 10 по 12 марта", "on 3 and 5 May"; same month and year.
		 */
		private void addFirstDayOfRange(int secondDayStart, int year, int month, int secondDay) {
			Matcher first = firstDayOfRange.region(Math.max(0, secondDayStart - MAX_RANGE_START_LENGTH), secondDayStart);
			if (first.find()) {
				int day = Integer.parseInt(first.group("day"));
				if (day < secondDay) {
					add(first.start("day"), first.group("suffix") == null ? first.end("day") : first.end("suffix"), year, month, day);
				}
			}
		}

		private void addEnglishMonthFirstDate() {
			Matcher date = monthDayYear;
			int month = month(date);
			int year = year(date);
			if (month != 0 && year >= 0 && MonthNames.isEnglish(date.group("month"))) {
				add(date.start(), date.end(), year, month, Integer.parseInt(date.group("day")));
			}
		}

		private void addMonthWithYear() {
			Matcher date = monthYear;
			int month = month(date);
			int year = year(date);
			if (month != 0 && year > 0) {
				add(date.start(), date.end(), year, month, 0);
			}
		}

		private void addNumericDate() {
			Matcher date = numeric;
			int year = year(date);
			int first = Integer.parseInt(date.group("first"));
			int second = Integer.parseInt(date.group("second"));
			boolean monthFirst = date.group("separator").equals("/") && second > 12 && first <= 12;
			int day = monthFirst ? second : first;
			int month = monthFirst ? first : second;
			if (year > 0 && month >= 1 && month <= 12) {
				add(date.start(), date.end(), year, month, day);
			}
		}

		private void addIsoDate() {
			Matcher date = iso;
			int year = year(date);
			if (year > 0) {
				int month = Integer.parseInt(date.group("month"));
				add(date.start(), date.end(), year, month, Integer.parseInt(date.group("day")));
			}
		}

		private void addYearAfterContextWord() {
			Matcher date = yearAfterContextWord;
			boolean measuresSomething = date.group("yearWord") == null && date.group("secondYear") == null
					&& UnitLexicon.afterSpaces(text, date.end("year")) != null;
			if (!measuresSomething) {
				addYears(date, MIN_YEAR_IN_CONTEXT, MAX_YEAR_IN_CONTEXT);
			}
		}

		/** One year, or the two years of a range such as 2011–2014, the year word going with the second. */
		private void addYears(Matcher date, int minYear, int maxYear) {
			int year = Integer.parseInt(date.group("year"));
			if (year < minYear || year > maxYear) {
				return;
			}
			String secondYear = date.group("secondYear");
			if (secondYear == null) {
				add(date.start("year"), date.end(), year, 0, 0);
				return;
			}
			int second = Integer.parseInt(secondYear);
			if (second > year && second <= maxYear) {
				add(date.start("year"), date.end("year"), year, 0, 0);
				add(date.start("secondYear"), date.end(), second, 0, 0);
			}
		}

		private void add(int begin, int end, int year, int month, int day) {
			if (day == 0 || day <= daysIn(year, month)) {
				candidates.add(new Candidate(begin, end, year, month, day));
			}
		}
	}

	/** The days in a month; without a year, as in a leap year, for "le 29 février" may be right. */
	private static int daysIn(int year, int month) {
		return YearMonth.of(year == NO_YEAR ? LEAP_YEAR : year, month).lengthOfMonth();
	}

	private static int month(Matcher date) {
		return MonthNames.month(date.group("month"), date.group("period") != null);
	}

	/** The year in the match, {@link #NO_YEAR} when there is none, -1 when it is out of range. */
	private static int year(Matcher date) {
		String year = date.group("year");
		if (year == null) {
			return NO_YEAR;
		}
		int value = Integer.parseInt(year);
		return value >= MIN_YEAR && value <= MAX_YEAR ? value : -1;
	}

	/** A period after a full month name ends the sentence; after an abbreviation, it belongs to it. */
	private static int endOfMonthName(Matcher date) {
		boolean abbreviated = date.group("period") != null && MonthNames.isAbbreviation(date.group("month"));
		return abbreviated ? date.end("period") : date.end("month");
	}

	private List<DateMention> withValues(String text, List<Candidate> dates) {
		List<DateMention> mentions = new ArrayList<>(dates.size());
		Candidate precedingDate = null;
		int firstYear = NO_YEAR;
		for (Candidate date : dates) {
			if (date.hasMonthAndYear()) {
				firstYear = date.year();
				break;
			}
		}
		for (Candidate date : dates) {
			String matched = text.substring(date.begin(), date.end());
			if (date.year() != NO_YEAR) {
				String value = isoValue(date.year(), date.month(), date.day());
				mentions.add(new DateMention(date.begin(), date.end(), matched, value, false));
				if (date.hasMonthAndYear()) {
					precedingDate = date;
				}
				continue;
			}
			int inferred = inferredYear(text, date, precedingDate, firstYear);
			boolean canInfer = inferred != NO_YEAR && date.day() <= daysIn(inferred, date.month());
			int year = canInfer ? inferred : NO_YEAR;
			String value = isoValue(year, date.month(), date.day());
			mentions.add(new DateMention(date.begin(), date.end(), matched, value, canInfer));
		}
		return mentions;
	}

	/**
	 * The year of a date written without one: that of the latest date with a month and a year before it in
	 * its paragraph, else the reference year, else that of the text's first date with a month and a year,
	 * the dateline of a news item or a report; a date of another paragraph is often a look back ("in May
	 * 1965 ..."), not the time the text speaks of.
	 */
	private int inferredYear(String text, Candidate date, Candidate precedingDate, int firstYear) {
		if (!yearFromPrecedingDates) {
			return referenceYear;
		}
		if (precedingDate != null && !Paragraphs.breakBetween(text, precedingDate.end(), date.begin())) {
			return precedingDate.year();
		}
		if (referenceYear != NO_YEAR) {
			return referenceYear;
		}
		return firstYear != NO_YEAR ? firstYear : precedingDate == null ? NO_YEAR : precedingDate.year();
	}

	private static String isoValue(int year, int month, int day) {
		StringBuilder value = new StringBuilder(10);
		if (year == NO_YEAR) {
			value.append("-");
		} else {
			value.append(year);
		}
		if (month != 0) {
			value.append('-').append(twoDigits(month));
			if (day != 0) {
				value.append('-').append(twoDigits(day));
			}
		}
		return value.toString();
	}

	private static String twoDigits(int number) {
		return number < 10 ? "0" + number : Integer.toString(number);
	}
}
