package org.dossier.internal.nlp;

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
		int decimalComma = 0;
		int decimalPoint = 0;
		for (int i = 0; i < text.length(); i++) {
			if (Characters.isAsciiDigit(text.charAt(i)) && !startsInsideNumber(text, i)) {
				decimalComma += onlyWith(text, i, ',', '.') ? 1 : 0;
				decimalPoint += onlyWith(text, i, '.', ',') ? 1 : 0;
			}
		}
		return new Usage(decimalComma, decimalPoint);
	}

	/**
	 * Whether the number starting at {@code start} can only be read with {@code decimal} as its decimal
	 * separator and {@code grouping} grouping thousands. For the comma: "3,7", "13,62", "3,1416" (not three
	 * decimals, and nothing after them that continues the number), "1.250,5" (groups of three, then the
	 * decimal separator) or "1.250.000" (two groups of three at least, and nothing after them).
	 */
	static boolean onlyWith(CharSequence text, int start, char decimal, char grouping) {
		int end = digitsEnd(text, start);
		int firstLength = end - start;
		int groupsOfThree = 0;
		while (end + 1 < text.length() && text.charAt(end) == grouping && Characters.isAsciiDigit(text.charAt(end + 1))) {
			int groupEnd = digitsEnd(text, end + 1);
			if (groupEnd - end - 1 != 3) {
				return false;
			}
			groupsOfThree++;
			end = groupEnd;
		}
		boolean decimalFollows = end + 1 < text.length() && text.charAt(end) == decimal && Characters.isAsciiDigit(text.charAt(end + 1));
		if (groupsOfThree > 0) {
			if (firstLength > 3) {
				return false;
			}
			return decimalFollows || groupsOfThree >= 2 && !separatorOrDigitAt(text, end);
		}
		if (!decimalFollows) {
			return false;
		}
		int fractionEnd = digitsEnd(text, end + 1);
		int fractionLength = fractionEnd - end - 1;
		return fractionLength != 3 && !separatorOrDigitAt(text, fractionEnd);
	}

	private static int digitsEnd(CharSequence text, int from) {
		int i = from;
		while (i < text.length() && Characters.isAsciiDigit(text.charAt(i))) {
			i++;
		}
		return i;
	}

	private static boolean separatorOrDigitAt(CharSequence text, int i) {
		return i < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ',' || Characters.isAsciiDigit(text.charAt(i)));
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
