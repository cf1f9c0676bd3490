package org.dossier.internal.nlp;

/** Character classes that the normaliser and the recognisers agree on. */
public final class Characters {

	private Characters() {
	}

	/** Any horizontal space: the ASCII space, tab, and every Unicode space separator. */
	public static boolean isSpace(char c) {
		if (c < '\u0080') {
			return c == ' ' || c == '\t';
		}
		return Character.getType(c) == Character.SPACE_SEPARATOR;
	}

	/**
	 * Spaces that forbid a line break. Typesetters put them where the words around belong together: between
	 * the digit groups of 1 250 000, between a number and its unit, before French : ; ! ? and inside « ».
	 */
	public static boolean isNoBreakSpace(char c) {
		return c == '\u00A0' || c == '\u202F' || c == '\u2007';
	}

	/** Spaces that separate digit groups when a number is typeset: 1 250 000. */
	public static boolean isDigitGroupSpace(char c) {
		return c == ' ' || isNoBreakSpace(c) || c == '\u2009' || c == '\u200A';
	}

	/** Line terminators, including the vertical tab that word processors export for a manual line break. */
	public static boolean isLineTerminator(char c) {
		return c == '\n' || c == '\r' || c == '\f' || c == '\u000B' || c == '\u0085' || c == '\u2028'
				|| c == '\u2029';
	}

	/** Characters that carry nothing a reader sees and only get in the way of matching words. */
	public static boolean isInvisible(char c) {
		return c == '\u00AD' || c == '\u200B' || c == '\u2060' || c == '\uFEFF'
				|| c < ' ' && c != '\t' && !isLineTerminator(c) || c == '\u007F';
	}

	/** Hyphens that can end a line in the middle of a word. */
	public static boolean isHyphen(char c) {
		return c == '-' || c == '\u2010' || c == '\u00AD';
	}

	public static boolean isDash(char c) {
		return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014'
				|| c == '\u2015' || c == '\u2212';
	}

	public static boolean isLetter(CharSequence text, int index) {
		return index >= 0 && index < text.length() && Character.isLetter(text.charAt(index));
	}

	public static boolean isDigit(CharSequence text, int index) {
		return index >= 0 && index < text.length() && isAsciiDigit(text.charAt(index));
	}

	public static boolean isAsciiDigit(char c) {
		return c >= '0' && c <= '9';
	}

	public static boolean isLetterOrDigit(CharSequence text, int index) {
		return isLetter(text, index) || isDigit(text, index);
	}
}
