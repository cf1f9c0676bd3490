package org.dossier.internal.nlp.citations;

/** Superscript digits, which footnote markers are typeset in: ¹²³. */
final class Superscripts {

	private static final String DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

	private Superscripts() {
	}

	static boolean isDigit(char c) {
		return c >= '²' && (c == '¹' || c == '²' || c == '³' || c >= '⁰' && c <= '⁹' && DIGITS.indexOf(c) >= 0);
	}

	/** The offset of the first superscript digit in the text, or -1: most texts have none. */
	static int indexOfFirst(String text) {
		int first = -1;
		for (int k = 0; k < DIGITS.length(); k++) {
			int found = text.indexOf(DIGITS.charAt(k));
			if (found >= 0 && (first < 0 || found < first)) {
				first = found;
			}
		}
		return first;
	}

	/** "¹²" as "12". */
	static String toDigits(String superscripts) {
		StringBuilder digits = new StringBuilder(superscripts.length());
		for (int k = 0; k < superscripts.length(); k++) {
			digits.append((char) ('0' + DIGITS.indexOf(superscripts.charAt(k))));
		}
		return digits.toString();
	}
}
