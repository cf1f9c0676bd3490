package org.dossier.internal.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of the comma and the period a text uses as its decimal separator, to read numbers such as "80.000"
 * or "3,700" that are a thousand times apart depending on it. The text answers first: numbers that can be
 * read only one way ("3,7", "13.62", "1,250,000", "1.250.000", "1.250,5") are counted for each convention,
 * and the one with more wins. When the text does not tell, the language does: in English the comma
 * groups thousands, in French, German and Russian it separates decimals; the period groups thousands in
 * French and German, and separates decimals in Russian (whose scientific writing uses it so) and English.
 * An unknown language reads like English, the usual language of international sources.
 */
public final class DecimalConvention {

	/** Numbers that can only be read with a decimal comma, tried at the start of each run of digits. */
	private static final Pattern DECIMAL_COMMA = Pattern.compile(
			"\\d+,(?:\\d{1,2}|\\d{4,})(?![\\d.,])|\\d{1,3}(?:\\.\\d{3})+,\\d|\\d{1,3}(?:\\.\\d{3}){2,}(?![\\d.,])");
	/** Numbers that can only be read with a decimal point. */
	private static final Pattern DECIMAL_POINT = Pattern.compile(
			"\\d+\\.(?:\\d{1,2}|\\d{4,})(?![\\d.,])|\\d{1,3}(?:,\\d{3})+\\.\\d|\\d{1,3}(?:,\\d{3}){2,}(?![\\d.,])");

	private final boolean commaIsDecimal;
	private final boolean periodIsDecimal;

	private DecimalConvention(boolean commaIsDecimal, boolean periodIsDecimal) {
		this.commaIsDecimal = commaIsDecimal;
		this.periodIsDecimal = periodIsDecimal;
	}

	/** The convention of {@code text}, written in {@code language} (an ISO 639 code, or "" when unknown). */
	public static DecimalConvention of(CharSequence text, String language) {
		return usage(text).convention(language);
	}

	/** How {@code text} writes the numbers that can be read only one way, to decide with a language later. */
	public static Usage usage(CharSequence text) {
		Matcher decimalCommaNumber = DECIMAL_COMMA.matcher(text);
		Matcher decimalPointNumber = DECIMAL_POINT.matcher(text);
		int decimalComma = 0;
		int decimalPoint = 0;
		for (int i = 0; i < text.length(); i++) {
			if (Characters.isAsciiDigit(text.charAt(i)) && !startsInsideNumber(text, i)) {
				decimalComma += decimalCommaNumber.region(i, text.length()).lookingAt() ? 1 : 0;
				decimalPoint += decimalPointNumber.region(i, text.length()).lookingAt() ? 1 : 0;
			}
		}
		return new Usage(decimalComma, decimalPoint);
	}

	/**
	 * The numbers of a text that can be read only with a decimal comma, and those only with a decimal point.
	 */
	public record Usage(int decimalCommas, int decimalPoints) {

		/** The convention the usage shows, or when it does not tell, that of {@code language}. */
		public DecimalConvention convention(String language) {
			if (decimalCommas != decimalPoints) {
				return new DecimalConvention(decimalCommas > decimalPoints, decimalPoints > decimalCommas);
			}
			return switch (language) {
				case "fr", "de" -> new DecimalConvention(true, false);
				case "ru" -> new DecimalConvention(true, true);
				default -> new DecimalConvention(false, true);
			};
		}
	}

	private static boolean startsInsideNumber(CharSequence text, int i) {
		if (i == 0) {
			return false;
		}
		char before = text.charAt(i - 1);
		return Characters.isAsciiDigit(before) || (before == '.' || before == ',') && Characters.isDigit(text, i - 2);
	}

	/**
	 * Whether {@code separator}, a comma or a period written once between an integer of one to three digits
	 * and exactly three more digits, groups thousands rather than separates decimals.
	 */
	public boolean groupsThousands(char separator) {
		return separator == ',' ? !commaIsDecimal : !periodIsDecimal;
	}
}
