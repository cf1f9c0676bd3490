package org.dossier.internal.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What may follow a number and says what it measures: units, currencies, percent signs and words, scale
 * words ("million", "Mio.", "млн"), the intensity points of Russian seismology ("балла") and multipliers
 * ("-fold", "fois", "раза"), in French, German, English and Russian, each with the unit it normalises to.
 * Symbols and codes match in their case only ("m" is not "M", "USD" is not "usd"); words in any case.
 */
public final class UnitLexicon {

	/** What kind of thing a word after a number is. */
	public enum Category {
		CURRENCY, PERCENT, SCALE, MEASURE, INTENSITY, RATIO
	}

	/**
	 * One written form.
	 *
	 * @param multiplier for scale words, the factor; 1 otherwise
	 * @param longScale whether the word is "billion" or "trillion", worth a thousand times more in French
	 *            and German (and other long-scale languages) than in English
	 * @param needsPunctuationAfter whether the form is also a common short word ("с", seconds and "with" in
	 *            Russian) and counts only when a closing bracket, comma, colon, semicolon or line end follows it;
	 *            not a period, for "153 с." is the page count of a Russian bibliography entry
	 */
	public record Unit(String surface, Category category, String normalized, double multiplier, boolean caseSensitive,
			boolean longScale, boolean needsPunctuationAfter) {
	}

	/** A form found in a text, ending at {@code end}. */
	public record Match(Unit unit, int end) {

		/** Whether the form is a unit of days, weeks, months or years: "90 Tage", "10 лет". */
		public boolean isCalendarDuration() {
			String normalized = unit.normalized();
			return unit.category() == Category.MEASURE
					&& (DAY.equals(normalized) || WEEK.equals(normalized) || MONTH.equals(normalized) || YEAR.equals(normalized));
		}
	}

	/** The units of durations longer than an hour, which a year number before them does not take. */
	public static final String DAY = "day";
	public static final String WEEK = "week";
	public static final String MONTH = "month";
	public static final String YEAR = "year";

	private static final Map<Character, List<Unit>> UNITS_BY_FIRST_CHARACTER = new HashMap<>();
	private static final List<Unit> CURRENCY_PREFIXES = new ArrayList<>();

	static {
		percent("%", true, "%");
		percent("‰", true, "‰");
		percent("%", false, "percent", "per cent", "pour cent", "pourcent", "prozent", "процентов", "процента",
				"процент", "проц.");

		currency("RUB", true, "RUB", "₽");
		currency("RUB", false, "roubles", "rouble", "rubles", "ruble", "rubel", "рублей", "рубля", "рубль", "руб.", "руб");
		currency("USD", true, "USD", "$");
		currency("USD", false, "dollars", "dollar", "us-dollar", "долларов", "доллара", "доллар", "долл.");
		currency("EUR", true, "EUR", "€");
		currency("EUR", false, "euros", "euro", "евро");
		currency("GBP", true, "GBP", "£");
		currency("GBP", false, "pounds sterling", "livres sterling", "фунтов стерлингов");
		currency("UAH", true, "UAH", "₴");
		currency("UAH", false, "hryvnias", "hryvnia", "hryvnas", "гривен", "гривень", "гривны", "гривна");
		currency("CHF", true, "CHF");
		currency("CHF", false, "francs suisses", "franken");
		currency("CNY", true, "CNY");
		currency("CNY", false, "yuan", "юаней", "юань");
		currency("KZT", true, "KZT", "₸");
		currency("KZT", false, "tenge", "тенге");
		currencyPrefixes("USD", "US$", "US $", "$", "USD");
		currencyPrefixes("EUR", "€", "EUR");
		currencyPrefixes("GBP", "£", "GBP");
		currencyPrefixes("RUB", "₽", "RUB");
		currencyPrefixes("UAH", "₴", "UAH");
		currencyPrefixes("CHF", "CHF");
		currencyPrefixes("CNY", "CNY");
		currencyPrefixes("KZT", "₸", "KZT");

		scale(1e3, false, "thousand", "mille", "tausend", "tsd.", "тысяча", "тысячи", "тысяч", "тыс.", "тыс");
		scale(1e6, false, "million", "millions", "mn", "millionen", "mio.", "mio", "миллион", "миллиона", "миллионов",
				"млн.", "млн");
		scale(1e9, false, "milliard", "milliards", "milliarde", "milliarden", "mrd.", "mrd", "bn", "миллиард",
				"миллиарда", "миллиардов", "млрд.", "млрд");
		scale(1e9, true, "billion", "billions");
		scale(1e12, false, "billionen", "триллион", "триллиона", "триллионов", "трлн.", "трлн");
		scale(1e12, true, "trillion", "trillions");

		measure("km", true, "km", "км");
		measure("km", false, "kilometres", "kilometers", "kilomètres", "kilometern", "kilometer", "километров",
				"километра", "километр");
		measure("m", true, "m", "м");
		measure("m", false, "metres", "meters", "mètres", "metern", "meter", "метров", "метра");
		measure("cm", true, "cm", "см");
		measure("mm", true, "mm", "мм");
		measure("µm", true, "µm", "μm", "мкм");
		measure("ft", true, "ft");
		measure("ft", false, "feet");
		measure("mi", false, "miles", "mile");
		measure("km²", true, "km²", "km2", "km^2", "км²", "км2");
		measure("km²", false, "кв. км", "кв.км", "sq km", "sq. km", "square kilometres", "square kilometers");
		measure("m²", true, "m²", "m2", "м²", "м2");
		measure("m²", false, "кв. м", "кв.м", "square metres", "square meters");
		measure("ha", true, "ha", "га");
		measure("ha", false, "hectares", "hectare", "hektar", "гектаров", "гектара");
		measure("m³", true, "m³", "m3", "м³", "м3");
		measure("m³", false, "mètres cubes", "mètre cube", "cubic metres", "cubic meters", "kubikmeter", "кубометров",
				"кубометра", "кубических метров");
		measure("l", false, "litres", "liters", "litre", "liter", "литров", "литра");
		measure("bbl", false, "barrels", "barils", "barrel", "баррелей");
		measure("kg", true, "kg", "кг");
		measure("g", true, "g");
		measure("mg", true, "mg", "мг");
		measure("t", true, "t");
		measure("t", false, "tonnes", "tonne", "tonnen", "tons", "тонн", "тонны", "тонна");
		measure("h", true, "h", "ч");
		measure("h", false, "hours", "heures", "stunden", "часов", "часа");
		measure("min", true, "min", "мин");
		measure("min", false, "minutes", "minuten", "минут");
		measure("s", false, "seconds", "secondes", "sekunden", "секунд", "сек");
		measure(DAY, false, "days", "day", "jours", "jour", "tagen", "tage", "tag", "дней", "дня", "день", "суток", "сутки");
		measure(WEEK, false, "weeks", "week", "semaines", "semaine", "wochen", "woche", "недель", "недели", "неделю", "неделя");
		measure(MONTH, false, "months", "month", "mois", "monaten", "monate", "monat", "месяцев", "месяца", "месяц");
		measure(YEAR, false, "years", "year", "ans", "années", "année", "jahren", "jahre", "jahr", "лет", "года", "год");
		add(new Unit("с", Category.MEASURE, "s", 1, true, false, true));
		measure("km/h", true, "km/h", "км/ч");
		measure("m/s", true, "m/s", "м/с");
		measure("cm/s", true, "cm/s", "см/с");
		measure("cm/s²", true, "cm/s²", "cm/s2", "см/с²", "см/с2");
		measure("m/s²", true, "m/s²", "m/s2", "м/с²", "м/с2");
		measure("mph", true, "mph");
		measure("J", true, "J", "Дж");
		measure("kJ", true, "kJ", "кДж");
		measure("MJ", true, "MJ", "МДж");
		measure("GJ", true, "GJ", "ГДж");
		measure("kWh", true, "kWh", "кВт·ч", "кВтч");
		measure("MWh", true, "MWh", "МВт·ч");
		measure("GWh", true, "GWh");
		measure("kW", true, "kW", "кВт");
		measure("MW", true, "MW", "МВт");
		measure("GW", true, "GW", "ГВт");
		measure("Hz", true, "Hz", "Гц");
		measure("kHz", true, "kHz", "кГц");
		measure("MHz", true, "MHz", "МГц");
		measure("GHz", true, "GHz", "ГГц");
		measure("°C", true, "°C", "°С", "℃");
		measure("°F", true, "°F");
		measure("°N", true, "°N");
		measure("°S", true, "°S");
		measure("°E", true, "°E", "°Е");
		measure("°W", true, "°W");
		measure("°", true, "°");
		measure("dB", true, "dB", "дБ");

		for (String surface : new String[] { "баллов", "балла", "балл" }) {
			add(new Unit(surface, Category.INTENSITY, "point", 1, false, false, false));
		}
		for (String surface : new String[] { "-fold", "fois", "-mal", "mal", "-fach", "fach", "раза", "раз" }) {
			add(new Unit(surface, Category.RATIO, "×", 1, false, false, false));
		}
		UNITS_BY_FIRST_CHARACTER.values()
				.forEach(units -> units.sort(Comparator.comparingInt((Unit unit) -> unit.surface().length()).reversed()));
		CURRENCY_PREFIXES.sort(Comparator.comparingInt((Unit unit) -> unit.surface().length()).reversed());
	}

	private UnitLexicon() {
	}

	private static void percent(String normalized, boolean caseSensitive, String... surfaces) {
		for (String surface : surfaces) {
			add(new Unit(surface, Category.PERCENT, normalized, 1, caseSensitive, false, false));
		}
	}

	private static void currency(String code, boolean caseSensitive, String... surfaces) {
		for (String surface : surfaces) {
			add(new Unit(surface, Category.CURRENCY, code, 1, caseSensitive, false, false));
		}
	}

	private static void currencyPrefixes(String code, String... surfaces) {
		for (String surface : surfaces) {
			CURRENCY_PREFIXES.add(new Unit(surface, Category.CURRENCY, code, 1, true, false, false));
		}
	}

	private static void scale(double multiplier, boolean longScale, String... surfaces) {
		for (String surface : surfaces) {
			add(new Unit(surface, Category.SCALE, null, multiplier, false, longScale, false));
		}
	}

	private static void measure(String normalized, boolean caseSensitive, String... surfaces) {
		for (String surface : surfaces) {
			add(new Unit(surface, Category.MEASURE, normalized, 1, caseSensitive, false, false));
		}
	}

	private static void add(Unit unit) {
		char first = Character.toLowerCase(unit.surface().charAt(0));
		UNITS_BY_FIRST_CHARACTER.computeIfAbsent(first, c -> new ArrayList<>()).add(unit);
	}

	/** The longest form written at {@code offset}, or null. */
	public static Match at(CharSequence text, int offset) {
		if (offset >= text.length()) {
			return null;
		}
		List<Unit> candidates = UNITS_BY_FIRST_CHARACTER.get(Character.toLowerCase(text.charAt(offset)));
		if (candidates == null) {
			return null;
		}
		for (Unit unit : candidates) {
			int end = matchEnd(text, offset, unit.surface(), unit.caseSensitive());
			if (end >= 0 && isWholeWord(text, end, unit)) {
				return new Match(unit, end);
			}
		}
		return null;
	}

	/** The first form found at {@code offset} after skipping spaces, or null. */
	public static Match afterSpaces(CharSequence text, int offset) {
		int start = offset;
		while (start < text.length() && Characters.isSpace(text.charAt(start))) {
			start++;
		}
		return at(text, start);
	}

	/**
	 * The currency symbol or code that ends at {@code end}, possibly followed by one space ("US$ 22,250",
	 * "€5"), with the offset it starts at in {@link Match#end()}; or null.
	 */
	public static Match currencyBefore(CharSequence text, int end) {
		int symbolEnd = end > 0 && Characters.isSpace(text.charAt(end - 1)) ? end - 1 : end;
		for (Unit prefix : CURRENCY_PREFIXES) {
			int start = symbolEnd - prefix.surface().length();
			if (start >= 0 && matchEnd(text, start, prefix.surface(), true) == symbolEnd
					&& !Characters.isLetter(text, start - 1)) {
				return new Match(prefix, start);
			}
		}
		return null;
	}

	/**
	 * Where {@code surface} ends when written at {@code offset}, or -1. A space in the surface stands for any
	 * run of spaces in the text, so that "per cent" also matches with a no-break space.
	 */
	private static int matchEnd(CharSequence text, int offset, String surface, boolean caseSensitive) {
		int i = offset;
		for (int k = 0; k < surface.length(); k++) {
			char expected = surface.charAt(k);
			if (expected == ' ') {
				if (i >= text.length() || !Characters.isSpace(text.charAt(i))) {
					return -1;
				}
				while (i < text.length() && Characters.isSpace(text.charAt(i))) {
					i++;
				}
				continue;
			}
			if (i >= text.length() || !sameCharacter(text.charAt(i), expected, caseSensitive)) {
				return -1;
			}
			i++;
		}
		return i;
	}

	private static boolean sameCharacter(char actual, char expected, boolean caseSensitive) {
		return actual == expected || !caseSensitive && Character.toLowerCase(actual) == Character.toLowerCase(expected);
	}

	private static boolean isWholeWord(CharSequence text, int end, Unit unit) {
		if (unit.needsPunctuationAfter()) {
			return end == text.length() || "),;:]\n".indexOf(text.charAt(end)) >= 0;
		}
		char last = unit.surface().charAt(unit.surface().length() - 1);
		if (!Character.isLetterOrDigit(last)) {
			return true;
		}
		return !Characters.isLetter(text, end) && !(Character.isDigit(last) && Characters.isDigit(text, end));
	}
}
