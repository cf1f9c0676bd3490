package org.dossier.internal.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a number written with the digit grouping and decimal separators of French, German, English or
 * Russian: 350,000 / 1 250 000 (with an ordinary, no-break, narrow no-break or thin space) / 80.000 /
 * 1'000'000 / 3,7 / 0,5 / 1,250.75 / 1.250,75 / 1 250 000,5.
 * <p>
 * Digit groups after the first have exactly three digits, and the first has one to three. An ordinary
 * space groups digits only when no further number follows: in a table row "332 103 29 15" the spaces
 * separate numbers. A single comma or period before exactly three digits is read with the text's
 * {@link DecimalConvention}; before any other count of digits, or after a leading zero, it separates
 * decimals. Anything else ("1.2.3", "12,34,56") is not a number.
 */
public final class NumberReader {

	/**
	 * A number read from a text.
	 *
	 * @param plainInteger whether it is written with digits only, as years are
	 */
	public record ParsedNumber(int begin, int end, double value, boolean plainInteger) {
	}

	private record Group(char separator, int start, int end) {

		int length() {
			return end - start;
		}
	}

	private static final char SPACE_CLASS = ' ';

	private NumberReader() {
	}

	/** The number whose first digit is at {@code start}, or null when the characters there are no number. */
	public static ParsedNumber read(CharSequence text, int start, DecimalConvention convention) {
		int firstEnd = digitsEnd(text, start);
		List<Group> groups = groups(text, start, firstEnd);
		if (groups.isEmpty()) {
			double integer = Double.parseDouble(text.subSequence(start, firstEnd).toString());
			return new ParsedNumber(start, firstEnd, integer, true);
		}
		int firstLength = firstEnd - start;
		boolean leadingZero = text.charAt(start) == '0';
		Group last = groups.get(groups.size() - 1);
		List<Group> allButLast = groups.subList(0, groups.size() - 1);
		StringBuilder integer = new StringBuilder().append(text, start, firstEnd);
		String fraction = "";
		if (allSame(groups)) {
			boolean single = groups.size() == 1;
			char separator = last.separator();
			boolean threeDigitGroups = groups.stream().allMatch(group -> group.length() == 3);
			boolean thousands = threeDigitGroups && firstLength <= 3 && !leadingZero;
			boolean decimalPoint = separator == ',' || separator == '.';
			if (single && decimalPoint && (!thousands || !convention.groupsThousands(separator))) {
				fraction = digits(text, last);
			} else if (thousands) {
				groups.forEach(group -> integer.append(digits(text, group)));
			} else {
				return null;
			}
		} else {
			boolean groupedThenDecimal = allSame(allButLast) && firstLength <= 3 && !leadingZero
					&& allButLast.stream().allMatch(group -> group.length() == 3)
					&& (last.separator() == ',' || last.separator() == '.')
					&& last.separator() != allButLast.get(0).separator();
			if (!groupedThenDecimal) {
				return null;
			}
			allButLast.forEach(group -> integer.append(digits(text, group)));
			fraction = digits(text, last);
		}
		String number = fraction.isEmpty() ? integer.toString() : integer + "." + fraction;
		return new ParsedNumber(start, last.end(), Double.parseDouble(number), false);
	}

	/** The separators and digit groups after the first group, which ends at {@code firstEnd}. */
	private static List<Group> groups(CharSequence text, int start, int firstEnd) {
		List<Group> groups = new ArrayList<>(4);
		int i = firstEnd;
		boolean ordinarySpaceUsed = false;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Characters.isDigitGroupSpace(c)) {
				boolean onlySpacesSoFar = groups.stream().allMatch(group -> group.separator() == SPACE_CLASS);
				if (!onlySpacesSoFar || firstEnd - start > 3 || !threeDigitsAt(text, i + 1)) {
					break;
				}
				ordinarySpaceUsed |= c == ' ';
				groups.add(new Group(SPACE_CLASS, i + 1, i + 4));
				i += 4;
			} else if (c == '.' || c == ',' || c == '\'' || c == '’') {
				int digitsEnd = digitsEnd(text, i + 1);
				if (digitsEnd == i + 1) {
					break;
				}
				groups.add(new Group(c == '’' ? '\'' : c, i + 1, digitsEnd));
				i = digitsEnd;
			} else {
				break;
			}
		}
		if (ordinarySpaceUsed && anotherNumberFollows(text, i)) {
			groups.clear();
		}
		return groups;
	}

	private static boolean anotherNumberFollows(CharSequence text, int end) {
		int i = end;
		while (i < text.length() && Characters.isSpace(text.charAt(i))) {
			i++;
		}
		return i > end && Characters.isDigit(text, i);
	}

	private static boolean threeDigitsAt(CharSequence text, int offset) {
		return Characters.isDigit(text, offset) && Characters.isDigit(text, offset + 1)
				&& Characters.isDigit(text, offset + 2) && !Characters.isDigit(text, offset + 3);
	}

	private static boolean allSame(List<Group> groups) {
		return groups.stream().allMatch(group -> group.separator() == groups.get(0).separator());
	}

	private static String digits(CharSequence text, Group group) {
		return text.subSequence(group.start(), group.end()).toString();
	}

	private static int digitsEnd(CharSequence text, int start) {
		int i = start;
		while (Characters.isDigit(text, i)) {
			i++;
		}
		return i;
	}
}
