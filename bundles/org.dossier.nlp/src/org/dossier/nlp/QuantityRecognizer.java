package org.dossier.nlp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dossier.internal.nlp.Characters;
import org.dossier.internal.nlp.DecimalConvention;
import org.dossier.internal.nlp.FunctionWords;
import org.dossier.internal.nlp.NumberReader;
import org.dossier.internal.nlp.NumberReader.ParsedNumber;
import org.dossier.internal.nlp.PowersOfTen;
import org.dossier.internal.nlp.Spans;
import org.dossier.internal.nlp.UnitLexicon;
import org.dossier.internal.nlp.UnitLexicon.Category;
import org.dossier.internal.nlp.WebAddresses;

/**
 * Finds quantities in French, German, English and Russian text: numbers with their value, their unit and
 * what kind of thing they are.
 * <ul>
 * <li>Numbers in every grouping and decimal convention of the four languages, see {@link NumberReader}:
 * "350,000", "1 250 000" (with any space), "80.000", "3,7", "0,5". Where a lone comma or period before
 * three digits could be either, the text's own usage decides, then its language.</li>
 * <li>Scale words: "25 million", "3,7 Millionen", "2 milliards", "€ 5 Mio.", "7 млн", "15 тыс.". "billion"
 * is 10⁹ in English and an unknown language, 10¹² in French and German; in a text that mixes languages, the
 * language of the paragraph decides.</li>
 * <li>Money, the currency before or after: "2,000,000 roubles", "US$ 22,250", "500 000 евро", "2 milliards
 * d'euros" (unit: ISO 4217 code).</li>
 * <li>Percentages: "45 %", "12 Prozent", "30 процентов", "12 percent" (unit "%").</li>
 * <li>Measurements: "1,5 kg", "120 km²", "5 km", "h=10 км", "28–80 с", "−5 °C", "a 10-km march".</li>
 * <li>Ranges: "10,000–15,000", "20,000 to 35,000 visitors", "3 bis 5 Millionen", "от 10 до 15", "between 100 and
 * 250", "entre 3 et 5 %", "zwischen 10 und 20 km", "между 5 и 7 тыс.": the lower end is
 * the value, the upper end {@link Quantity#upperValue()}; a scale or unit after the upper end applies to
 * both.</li>
 * <li>Magnitudes and class values after their label: "MPVA=6.2", "КР=13.6", "Кmin=7.5", "KР≥8.6", "Mw 6.1",
 * "M 5.4", "magnitude 7.8", "магнитудой 6,2"; and Russian intensity points "3–4 балла".</li>
 * <li>Scientific notation, including what PDF extraction makes of it: "4.22×10^13", "4.22×10¹³",
 * "4.22e13", and "4.22×1013" or "4.22⋅1013", where the superscript 13 has lost its raise: after a mantissa
 * between 1 and 10 with decimals, "×10" followed by one to three digits is read as a power of ten.</li>
 * <li>Multipliers: "3-fold", "2,5-mal", "3 fois", "в 2 раза" (unit "×").</li>
 * <li>Counts: any other whole number, with the word that follows it as its unit when it is not a
 * grammatical word ("700,000 visitors" → "visitors"; "4,000 in the first round" → no unit).</li>
 * </ul>
 * Left out, because they are not quantities the text states: numbers in dates and bare years (a
 * four-digit number from 1800 to 2100 with no unit or scale word after it: "2014 made", but also "2000
 * people", which the text must write "2,000 people" to be counted), numbers in
 * coordinates, times ("21h42m", "14:30"), web addresses and DOIs; footnote and citation markers ("[11]",
 * "[14–16]", "(1)"); numbers after reference words ("рис. 1", "Table 4", "Abb. 2", "No. 13", "Вып. 23", "p.
 * 215–224", "§ 5"); list and section numbers at the start of a line ("1. ", "2.1 Methods"); ordinals and
 * numbers glued to letters ("44th", "3-й", "COVID-19", "I0"); and single-digit numbers with nothing after
 * them, which are labels of lists and legends far more often than figures.
 * <p>
 * Instances are immutable and can be shared between threads.
 */
public final class QuantityRecognizer {

	private static final int MIN_BARE_YEAR = 1800;
	private static final int MAX_BARE_YEAR = 2100;
	private static final int SMALLEST_BARE_NUMBER = 10;
	private static final double LONG_SCALE_FACTOR = 1000;

	private static final Pattern FOOTNOTE_MARKER = Pattern.compile(
			"\\[\\h*\\d+(?:\\h*[,;–—-]\\h*\\d+)*\\h*\\]|\\(\\d{1,3}\\)");
	private static final Pattern TIME = Pattern.compile(
			"\\d{1,2}\\h?[hч]\\h?\\d{2}(?:m(?:in)?)?(?:\\d{2}(?:[.,]\\d+)?s)?(?![\\p{L}\\p{N}])"
					+ "|\\d{1,2}:\\d{2}(?::\\d{2})?(?![\\p{N}:])");
	/** Words before the number of a figure, table, page, section, issue ... */
	private static final Set<String> REFERENCE_WORDS = Set.of("figure", "figures", "table", "tables", "tableau",
			"tableaux", "graphique", "abbildung", "tabelle", "section", "chapter", "chapitre", "kapitel", "глава", "главе",
			"раздел", "пункт", "vol", "выпуск", "art", "article", "artikel", "статья", "статьи", "page", "pages", "seite",
			"seiten", "annex", "appendix", "anhang", "annexe", "приложение", "приложении", "таблица", "таблице",
			"таблицы", "рисунок", "рисунке", "part", "teil", "partie", "часть", "issue", "heft");
	/** Abbreviations of reference words, which count only with their period: "p. 5" but not "p 5". */
	private static final Set<String> REFERENCE_ABBREVIATIONS = Set.of("рис", "табл", "fig", "figs", "tab", "abb",
			"sect", "chap", "вып", "ст", "стр", "nr", "no", "p", "pp", "s", "ss", "с", "v", "t", "т", "n", "п", "ч");
	private static final Pattern REFERENCE_NUMBERS = Pattern.compile(
			"\\d+(?:\\h?[.,–—-]\\h?\\d+)*(?:\\h*(?iu:и|and|et|und|&)\\h*\\d+)?");
	private static final Pattern LIST_OR_SECTION_NUMBER = Pattern.compile(
			"\\d{1,3}(?:\\.\\d{1,3})*[.)](?=\\h)|\\d{1,2}(?:\\.\\d{1,2})+(?=\\h+\\p{Lu})");

	private static final Pattern RANGE_SEPARATOR = Pattern.compile("\\h*[–—‒-]\\h*|\\h+(?iu:to|à|au|bis|до)\\h+");
	private static final Set<String> BETWEEN = Set.of("between", "entre", "zwischen", "между");
	private static final Pattern AND = Pattern.compile("\\h+(?iu:and|et|und|и)\\h+");
	private static final Pattern MAGNITUDE_LABEL = Pattern.compile(
			"[MМ]\\p{L}{0,5}|[KК]\\p{L}{0,4}|m[bBsL]|I[0-9\\p{Ll}]?");
	private static final Pattern MAGNITUDE_LABEL_WITHOUT_OPERATOR = Pattern.compile("M|Mw|MW|ML|Ms|MS|mb|mB|Mb");
	/** "magnitude" in English, French and German, "магнитуда" in all its cases. */
	private static final Pattern MAGNITUDE_WORD = Pattern.compile("(?iu)magnitud\\p{L}*|магнитуд\\p{L}*");
	private static final Set<String> MAGNITUDE_CONNECTORS = Set.of("of", "de", "von", "от");
	/** What joins a scale word to what it counts: "2 milliards d'euros", "7 millions de personnes". */
	private static final Pattern SCALE_CONNECTOR = Pattern.compile(
			"\\h*(?:d['’]|de\\h+|of\\h+)", Pattern.CASE_INSENSITIVE);
	private static final Pattern COUNTED_WORD = Pattern.compile("\\h*(?<word>\\p{L}+(?:['’-]\\p{L}+)*)");
	private static final String COMPARISON_OPERATORS = "=≥≤><~≈";

	private final Locale locale;
	private final String language;

	/** A recogniser for a text whose language is not known. */
	public QuantityRecognizer() {
		this(Locale.ROOT);
	}

	/**
	 * A recogniser for a text in {@code language}, which decides how "80.000" and "billion" read when the
	 * text itself does not tell.
	 */
	public QuantityRecognizer(Locale language) {
		this.locale = Objects.requireNonNull(language);
		this.language = language.getLanguage();
	}

	/**
	 * The quantities in {@code text}, in text order, none overlapping another. The dates and coordinates in
	 * the text are found with a {@link DateRecognizer} and a {@link CoordinateRecognizer} for this language,
	 * to leave their numbers out.
	 */
	public List<Quantity> recognize(String text) {
		List<TextSpan> datesAndCoordinates = new ArrayList<>(new DateRecognizer().recognize(text));
		datesAndCoordinates.addAll(new CoordinateRecognizer(locale).recognize(text));
		return recognize(text, datesAndCoordinates);
	}

	/**
	 * The quantities in {@code text}, leaving out the numbers inside {@code notQuantities}: the dates and
	 * coordinates found in it, typically, by a caller that has already found them, and whatever else holds
	 * numbers that are no quantities, such as tables.
	 */
	public List<Quantity> recognize(String text, Collection<? extends TextSpan> notQuantities) {
		return recognize(text, notQuantities, List.of());
	}

	/**
	 * Like {@link #recognize(String, Collection)} in a text that mixes languages: within each of
	 * {@code otherLanguages} (stretches written in another language than this recogniser's, in text order,
	 * not overlapping), the stretch's language decides how "billion" reads, and its own numbers, then its
	 * language, how "80.000" reads.
	 */
	public List<Quantity> recognize(String text, Collection<? extends TextSpan> notQuantities,
			List<LanguageSpan> otherLanguages) {
		Scan scan = new Scan(text, otherLanguages);
		notQuantities.forEach(span -> scan.excluded.add(span.begin(), span.end()));
		return scan.run();
	}

	private static String primaryLanguage(String languageTag) {
		return Locale.forLanguageTag(languageTag).getLanguage();
	}

	/** A number with its exponent and scale word, before any range or unit. */
	private record Amount(int begin, int end, double value, boolean plainInteger, double scale, boolean hasExponent) {

		boolean hasScale() {
			return scale != 1;
		}

		double scaled(double otherScale) {
			return value * (hasScale() ? scale : otherScale);
		}
	}

	/** What stands before a number and says what it is: a currency or a magnitude label. */
	private record Prefix(int begin, String unit, QuantityKind kind) {
	}

	/** The state of one call to {@link QuantityRecognizer#recognize(String, Collection)}. */
	private final class Scan {

		private final String text;
		private final DecimalConvention convention;
		private final List<LanguageSpan> otherLanguages;
		private final Map<LanguageSpan, DecimalConvention> conventionsOfOtherLanguages = new IdentityHashMap<>();
		private final Spans.Ranges excluded = new Spans.Ranges();
		private final List<Quantity> quantities = new ArrayList<>();
		private final Map<Pattern, Matcher> matchers = new IdentityHashMap<>();
		private int wordStart;

		Scan(String text, List<LanguageSpan> otherLanguages) {
			this.text = text;
			this.convention = DecimalConvention.of(text, language);
			this.otherLanguages = otherLanguages;
		}

		/** The stretch in another language that holds {@code offset}, or null when the recogniser's language does. */
		private LanguageSpan otherLanguageAt(int offset) {
			int low = 0;
			int high = otherLanguages.size() - 1;
			while (low <= high) {
				int middle = (low + high) >>> 1;
				LanguageSpan span = otherLanguages.get(middle);
				if (offset < span.begin()) {
					high = middle - 1;
				} else if (offset >= span.end()) {
					low = middle + 1;
				} else {
					return span;
				}
			}
			return null;
		}

		private DecimalConvention conventionAt(int offset) {
			LanguageSpan other = otherLanguageAt(offset);
			return other == null ? convention : conventionsOfOtherLanguages.computeIfAbsent(other,
					span -> DecimalConvention.usage(span.text()).convention(primaryLanguage(span.language())));
		}

		private String languageAt(int offset) {
			LanguageSpan other = otherLanguageAt(offset);
			return other == null ? language : primaryLanguage(other.language());
		}

		List<Quantity> run() {
			WebAddresses.addTo(excluded, text);
			int i = 0;
			while (i < text.length()) {
				if (!Characters.isAsciiDigit(text.charAt(i))) {
					i++;
					continue;
				}
				int excludedEnd = Math.max(excluded.endOfRangeAt(i), endOfNumberThatIsNoQuantity(i));
				if (excludedEnd > i) {
					i = excludedEnd;
					continue;
				}
				Quantity quantity = canStartNumber(i) ? quantityAt(i) : null;
				if (quantity != null) {
					quantities.add(quantity);
					i = quantity.end();
				} else {
					i = endOfToken(i);
				}
			}
			return quantities;
		}

		/**
		 * The matcher of {@code pattern} for this text, on the region {@code start..end}; its look-arounds see
		 * past the region.
		 */
		private Matcher matcher(Pattern pattern, int start, int end) {
			Matcher matcher = matchers.computeIfAbsent(pattern, p -> p.matcher(text).useTransparentBounds(true));
			return matcher.region(start, end);
		}

		/**
		 * Where a footnote marker, time, reference number or list number that starts with the digit at
		 * {@code i} ends; -1 when the number there is none of them.
		 */
		private int endOfNumberThatIsNoQuantity(int i) {
			int bracket = i - 1;
			while (bracket >= 0 && Characters.isSpace(text.charAt(bracket))) {
				bracket--;
			}
			if (bracket >= 0 && (text.charAt(bracket) == '[' || text.charAt(bracket) == '(')) {
				Matcher marker = matcher(FOOTNOTE_MARKER, bracket, text.length());
				if (marker.lookingAt()) {
					return marker.end();
				}
			}
			Matcher time = matcher(TIME, i, text.length());
			if (time.lookingAt()) {
				return time.end();
			}
			boolean reference = followsReferenceWord(i);
			if (reference || startsLine(i)) {
				Pattern numbers = reference ? REFERENCE_NUMBERS : LIST_OR_SECTION_NUMBER;
				Matcher number = matcher(numbers, i, text.length());
				if (number.lookingAt()) {
					return number.end();
				}
			}
			return -1;
		}

		private boolean followsReferenceWord(int i) {
			int end = i;
			while (end > 0 && Characters.isSpace(text.charAt(end - 1))) {
				end--;
			}
			if (end > 0 && (text.charAt(end - 1) == '№' || text.charAt(end - 1) == '§')) {
				return true;
			}
			boolean period = end > 0 && text.charAt(end - 1) == '.';
			int wordEnd = period ? end - 1 : end;
			int start = wordEnd;
			while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
				start--;
			}
			if (start == wordEnd || wordEnd == i) {
				return false;
			}
			String word = text.substring(start, wordEnd).toLowerCase(Locale.ROOT);
			return REFERENCE_WORDS.contains(word) || period && REFERENCE_ABBREVIATIONS.contains(word);
		}

		/** Whether only spaces stand between the start of the line and {@code i}. */
		private boolean startsLine(int i) {
			int j = i;
			while (j > 0 && Characters.isSpace(text.charAt(j - 1))) {
				j--;
			}
			return j == 0 || text.charAt(j - 1) == '\n';
		}

		/** Whether a number can start at {@code i}, and not merely continue a word or another number. */
		private boolean canStartNumber(int i) {
			if (i == 0) {
				return true;
			}
			char before = text.charAt(i - 1);
			if (Character.isLetterOrDigit(before) || before == '_') {
				return false;
			}
			boolean gluedToPrevious = Characters.isLetterOrDigit(text, i - 2);
			boolean joiner = before == '.' || before == ',' || before == '/' || Characters.isHyphen(before);
			return !(gluedToPrevious && joiner);
		}

		/** The end of the word or number at {@code i}, to skip it whole. */
		private int endOfToken(int i) {
			int end = i;
			while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end))
					|| (text.charAt(end) == '.' || text.charAt(end) == ',') && Characters.isDigit(text, end + 1))) {
				end++;
			}
			return Math.max(end, i + 1);
		}

		private Quantity quantityAt(int start) {
			Amount lower = amountAt(start);
			if (lower == null) {
				return null;
			}
			int begin = start;
			boolean negative = isMinusSign(start - 1);
			if (negative) {
				begin = start - 1;
			}
			Prefix prefix = prefixBefore(begin);
			if (prefix != null) {
				begin = prefix.begin();
			}
			Amount upper = upperEndOfRange(lower, prefix, lower.end());
			if (upper == null) {
				upper = upperEndAfterRepeatedUnit(lower, prefix);
			}
			Amount last = upper != null ? upper : lower;
			int end = last.end();
			if (endsInsideWord(end)) {
				return null;
			}
			double sign = negative ? -1 : 1;
			double value = sign * lower.scaled(last.scale());
			OptionalDouble upperValue = upper == null ? OptionalDouble.empty()
					: OptionalDouble.of(upper.scaled(lower.scale()));
			UnitLexicon.Match unit = unitAfter(end, last.hasScale());
			if (unit == null && startsUnknownWordOrCompound(end)) {
				return null;
			}
			QuantityKind kind;
			String unitName;
			if (prefix != null) {
				kind = prefix.kind();
				unitName = prefix.unit();
				if (unit != null && unit.unit().category() == Category.CURRENCY) {
					end = unit.end();
				}
			} else if (unit != null) {
				if (unit.isCalendarDuration() && isYear(lower)) {
					return null; // "в 2016 году": a year, not a duration
				}
				kind = kindOf(unit.unit().category());
				unitName = unit.unit().normalized();
				end = unit.end();
				UnitLexicon.Match per = perUnitAfter(end, unit);
				if (per != null) {
					unitName += "/" + per.unit().normalized();
					end = per.end();
				}
				if (kind == QuantityKind.MEASURE && !negative) {
					begin = symbolBefore(begin);
				}
			} else {
				String counted = countedWord(end, last.hasScale());
				boolean year = isYear(lower) && (upper == null || isYear(upper));
				boolean smallLabel = counted == null && upper == null && lower.plainInteger() && !lower.hasScale()
						&& lower.value() < SMALLEST_BARE_NUMBER;
				if (year || smallLabel) {
					return null;
				}
				kind = value == Math.rint(value) ? QuantityKind.COUNT : QuantityKind.OTHER;
				unitName = counted;
			}
			return new Quantity(begin, end, text.substring(begin, end), kind, value, upperValue,
					Optional.ofNullable(unitName));
		}

		/** A unit of measure right after a currency and a slash, "10 €/MWh", or null. */
		private UnitLexicon.Match perUnitAfter(int end, UnitLexicon.Match unit) {
			if (unit.unit().category() != Category.CURRENCY || end >= text.length() || text.charAt(end) != '/') {
				return null;
			}
			UnitLexicon.Match per = UnitLexicon.at(text, end + 1);
			return per != null && per.unit().category() == Category.MEASURE ? per : null;
		}

		/**
		 * Where a measurement starts with the symbol it is given to, "h=12 km", "E=2.4×10^11 J": at the symbol
		 * (one to four letters and an equals sign) before {@code begin}, or {@code begin} when there is none.
		 */
		private int symbolBefore(int begin) {
			int i = begin;
			while (i > 0 && Characters.isSpace(text.charAt(i - 1))) {
				i--;
			}
			if (i == 0 || text.charAt(i - 1) != '=') {
				return begin;
			}
			i--;
			while (i > 0 && Characters.isSpace(text.charAt(i - 1))) {
				i--;
			}
			int symbolEnd = i;
			while (i > 0 && Character.isLetter(text.charAt(i - 1)) && symbolEnd - i < 4) {
				i--;
			}
			boolean whole = i < symbolEnd && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
			return whole ? i : begin;
		}

		/** The number at {@code start} with the exponent and scale word after it, or null. */
		private Amount amountAt(int start) {
			ParsedNumber number = NumberReader.read(text, start, conventionAt(start));
			if (number == null) {
				return null;
			}
			int end = number.end();
			double value = number.value();
			boolean hasExponent = false;
			Matcher exponent = matcher(PowersOfTen.EXPONENT, end, text.length());
			if (exponent.lookingAt()) {
				Integer power = PowersOfTen.power(exponent, number);
				if (power != null) {
					value *= Math.pow(10, power);
					end = exponent.end();
					hasExponent = true;
				}
			}
			double scale = 1;
			UnitLexicon.Match scaleWord = UnitLexicon.afterSpaces(text, end);
			if (scaleWord != null && scaleWord.unit().category() == Category.SCALE) {
				boolean longScale = scaleWord.unit().longScale() && usesLongScale(languageAt(start));
				scale = scaleWord.unit().multiplier() * (longScale ? LONG_SCALE_FACTOR : 1);
				end = scaleWord.end();
			}
			return new Amount(start, end, value, number.plainInteger() && !hasExponent, scale, hasExponent);
		}

		private static boolean usesLongScale(String language) {
			return language.equals("fr") || language.equals("de");
		}

		private boolean isMinusSign(int i) {
			if (i < 0 || text.charAt(i) != '−' && text.charAt(i) != '-') {
				return false;
			}
			char before = i == 0 ? ' ' : text.charAt(i - 1);
			return Characters.isSpace(before) || before == '(' || before == '\n';
		}

		/** A currency symbol or magnitude label ending at {@code begin}, or null. */
		private Prefix prefixBefore(int begin) {
			UnitLexicon.Match currency = UnitLexicon.currencyBefore(text, begin);
			if (currency != null) {
				return new Prefix(currency.end(), currency.unit().normalized(), QuantityKind.MONEY);
			}
			int i = begin;
			while (i > 0 && Characters.isSpace(text.charAt(i - 1))) {
				i--;
			}
			boolean operator = i > 0 && COMPARISON_OPERATORS.indexOf(text.charAt(i - 1)) >= 0;
			if (operator) {
				i--;
				while (i > 0 && Characters.isSpace(text.charAt(i - 1))) {
					i--;
				}
			}
			int labelEnd = i;
			while (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
				i--;
			}
			String label = text.substring(i, labelEnd);
			boolean spaceOnly = !operator && labelEnd < begin;
			boolean magnitude = operator ? MAGNITUDE_LABEL.matcher(label).matches()
					: spaceOnly && MAGNITUDE_LABEL_WITHOUT_OPERATOR.matcher(label).matches() && hasDecimals(begin);
			if (magnitude) {
				return new Prefix(i, label, QuantityKind.MAGNITUDE);
			}
			return followsMagnitudeWord(begin) ? new Prefix(begin, "M", QuantityKind.MAGNITUDE) : null;
		}

		/** Whether "magnitude", perhaps followed by "of", "de", "von" or "от", stands before {@code begin}. */
		private boolean followsMagnitudeWord(int begin) {
			String word = wordBefore(begin);
			if (word != null && MAGNITUDE_CONNECTORS.contains(word.toLowerCase(Locale.ROOT))) {
				word = wordBefore(wordStart);
			}
			return word != null && MAGNITUDE_WORD.matcher(word).matches();
		}

		/**
		 * The word that ends, spaces aside, just before {@code offset}, or null when something else stands
		 * there; its start is left in {@link #wordStart}.
		 */
		private String wordBefore(int offset) {
			int end = offset;
			while (end > 0 && Characters.isSpace(text.charAt(end - 1))) {
				end--;
			}
			int start = end;
			while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
				start--;
			}
			wordStart = start;
			return start < end ? text.substring(start, end) : null;
		}

		private boolean hasDecimals(int begin) {
			int i = begin;
			while (Characters.isDigit(text, i)) {
				i++;
			}
			boolean separator = i < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ',');
			return separator && Characters.isDigit(text, i + 1);
		}

		/**
		 * The upper end of a range starting with {@code lower}, looking for the separator at {@code from}; null
		 * when no larger number follows.
		 */
		private Amount upperEndOfRange(Amount lower, Prefix prefix, int from) {
			Matcher separator = matcher(RANGE_SEPARATOR, from, text.length());
			if (!separator.lookingAt()) {
				String wordBefore = wordBefore(lower.begin());
				boolean afterBetween = wordBefore != null && BETWEEN.contains(wordBefore.toLowerCase(Locale.ROOT));
				separator = matcher(AND, from, text.length());
				if (!afterBetween || !separator.lookingAt()) {
					return null;
				}
			}
			int start = separator.end();
			if (prefix != null && prefix.kind() == QuantityKind.MONEY) {
				UnitLexicon.Match currency = UnitLexicon.afterSpaces(text, start);
				if (currency != null && currency.unit().category() == Category.CURRENCY) {
					start = currency.end();
					while (start < text.length() && Characters.isSpace(text.charAt(start))) {
						start++;
					}
				}
			}
			if (!Characters.isDigit(text, start) || excluded.endOfRangeAt(start) >= 0) {
				return null;
			}
			Amount upper = amountAt(start);
			if (upper == null || upper.scaled(lower.scale()) <= lower.scaled(upper.scale())) {
				return null;
			}
			return upper;
		}

		/**
		 * The upper end of a range that writes the unit after both ends: "10 km – 15 km", "40.50°–43.20°N" (the
		 * second unit may add a hemisphere to the first); null when there is no such range.
		 */
		private Amount upperEndAfterRepeatedUnit(Amount lower, Prefix prefix) {
			UnitLexicon.Match lowerUnit = unitAfter(lower.end(), lower.hasScale());
			if (lowerUnit == null) {
				return null;
			}
			Amount upper = upperEndOfRange(lower, prefix, lowerUnit.end());
			if (upper == null) {
				return null;
			}
			UnitLexicon.Match upperUnit = unitAfter(upper.end(), upper.hasScale());
			boolean sameUnit = upperUnit != null && upperUnit.unit().category() == lowerUnit.unit().category()
					&& upperUnit.unit().normalized().startsWith(lowerUnit.unit().normalized());
			return sameUnit ? upper : null;
		}

		/** Whether letters follow the number directly, as in "44th", "1980s" or "3rd", without being a unit. */
		private boolean endsInsideWord(int end) {
			return Characters.isLetter(text, end) && UnitLexicon.at(text, end) == null;
		}

		/** Whether a hyphen joins the number to a word that is no unit: "16-year-old", "3-й". */
		private boolean startsUnknownWordOrCompound(int end) {
			return end < text.length() && Characters.isHyphen(text.charAt(end)) && Characters.isLetter(text, end + 1);
		}

		/**
		 * The unit, currency, percent, intensity or multiplier after the number: after spaces, glued to it, or
		 * after a hyphen ("10-km"); after a scale word also a currency joined by "d'", "de" or "of".
		 */
		private UnitLexicon.Match unitAfter(int end, boolean afterScale) {
			UnitLexicon.Match unit = UnitLexicon.afterSpaces(text, end);
			if (unit == null && end < text.length() && Characters.isHyphen(text.charAt(end))) {
				UnitLexicon.Match compound = UnitLexicon.at(text, end + 1);
				// "a 10-km zone", but "a 16-year-old" tells an age, not a duration
				unit = compound != null && compound.unit().category() == Category.MEASURE && !compound.isCalendarDuration()
						? compound : null;
			}
			if (unit == null && afterScale) {
				Matcher connector = matcher(SCALE_CONNECTOR, end, text.length());
				if (connector.lookingAt()) {
					UnitLexicon.Match named = UnitLexicon.at(text, connector.end());
					boolean currencyOrMeasure = named != null
							&& (named.unit().category() == Category.CURRENCY || named.unit().category() == Category.MEASURE);
					unit = currencyOrMeasure ? named : null; // "2 milliards de dollars", "3,7 millions de tonnes"
				}
			}
			return unit == null || unit.unit().category() == Category.SCALE ? null : unit;
		}

		/**
		 * The word after the number when it can be what the number counts, or null. After a scale word, the
		 * word after "de", "d'" or "of" is: "25 millions d'habitants", "7 millions de personnes".
		 */
		private String countedWord(int end, boolean afterScale) {
			int start = end;
			if (afterScale) {
				Matcher connector = matcher(SCALE_CONNECTOR, end, text.length());
				if (connector.lookingAt()) {
					start = connector.end();
				}
			}
			Matcher word = matcher(COUNTED_WORD, start, text.length());
			if (!word.lookingAt()) {
				return null;
			}
			String counted = word.group("word");
			return FunctionWords.isGrammatical(counted.toLowerCase(Locale.ROOT)) ? null : counted;
		}

		private static boolean isYear(Amount amount) {
			return amount.plainInteger() && !amount.hasScale() && amount.value() >= MIN_BARE_YEAR
					&& amount.value() <= MAX_BARE_YEAR;
		}

		private static QuantityKind kindOf(Category category) {
			return switch (category) {
				case CURRENCY -> QuantityKind.MONEY;
				case PERCENT -> QuantityKind.PERCENT;
				case MEASURE -> QuantityKind.MEASURE;
				case INTENSITY -> QuantityKind.MAGNITUDE;
				case RATIO -> QuantityKind.RATIO;
				case SCALE -> throw new IllegalArgumentException("a scale word is no unit");
			};
		}
	}
}
