package org.dossier.internal.nlp.sentences;

import java.util.Set;

import org.dossier.internal.nlp.sentences.Abbreviations.Behaviour;

/**
 * Cuts a text into tokens in one pass over its characters, without regular expressions, because it runs on
 * every character of every document.
 * <ul>
 * <li>Words keep their inner hyphens and apostrophes ("Иссык-Куль", "aujourd'hui", "O'Brien"), but French
 * elisions and English contractions are split: "l'" + "homme", "Ukraine" + "’s", "do" + "n't".</li>
 * <li>Numbers keep their decimal and grouping marks ("3.5", "2,000,000", "21.06.2014") and the no-break
 * spaces typesetters put between digit groups ("1 250 000").</li>
 * <li>A period belongs to the word before it when that word is an abbreviation ("Dr.", "z.", "B.",
 * "т.е.", "e.g.", "Н.Н."), see {@link Abbreviations}; otherwise it is a token of its own.</li>
 * <li>Web addresses, e-mail addresses and DOIs are single tokens, less the punctuation after them.</li>
 * </ul>
 */
public final class Tokenizer {

	/** French words that lose their vowel before another word: l'homme, qu'il, jusqu'à. */
	private static final Set<String> ELISIONS = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu",
			"lorsqu", "puisqu", "quoiqu", "presqu");
	/** English endings split off a word: Ukraine's, they're, I've, we'll, she'd, I'm. */
	private static final Set<String> CONTRACTIONS = Set.of("s", "re", "ve", "ll", "d", "m");
	/** Address ends are not trimmed past these, however often they close a sentence. */
	private static final String TRAILING_PUNCTUATION = ".,;:!?»”“\"'’›";
	private static final int LONGEST_ADDRESS = 2048;

	private final String text;
	private final int length;
	private final TokenSequence tokens;
	/** Where a contraction split off the word just scanned ends, or -1. */
	private int contractionEnd = -1;

	private Tokenizer(String text) {
		this.text = text;
		this.length = text.length();
		this.tokens = new TokenSequence(text);
	}

	public static TokenSequence tokenize(String text) {
		Tokenizer tokenizer = new Tokenizer(text);
		tokenizer.run();
		return tokenizer.tokens;
	}

	private void run() {
		int i = 0;
		while (i < length) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isInvisible(c)) {
				i++;
			} else if (isWordChar(c)) {
				i = word(i);
			} else if (isSuperscriptDigit(c)) {
				int end = i + 1;
				while (end < length && isSuperscriptDigit(text.charAt(end))) {
					end++;
				}
				tokens.add(i, end, TokenType.NUMBER, null);
				i = end;
			} else {
				i = punctuationOrSymbol(i, c);
			}
		}
	}

	private int word(int begin) {
		int addressEnd = addressEnd(begin);
		if (addressEnd > begin) {
			tokens.add(begin, addressEnd, TokenType.WEB_ADDRESS, null);
			return addressEnd;
		}
		contractionEnd = -1;
		int end = wordEnd(begin);
		if (end < length && (text.charAt(end) == '@' || text.charAt(end) == '.' && end + 1 < length
				&& Character.isLetterOrDigit(text.charAt(end + 1)))) {
			int emailEnd = emailEnd(begin);
			if (emailEnd > begin) {
				tokens.add(begin, emailEnd, TokenType.WEB_ADDRESS, null);
				return emailEnd;
			}
		}
		if (contractionEnd > end) {
			tokens.add(begin, end, typeOfWord(begin, end), null);
			tokens.add(end, contractionEnd, TokenType.WORD, null);
			return contractionEnd;
		}
		if (end < length && text.charAt(end) == '$' && end - begin <= 3 && isUpperCaseAscii(begin, end)) {
			tokens.add(begin, end + 1, TokenType.SYMBOL, null);
			return end + 1;
		}
		if (end < length && text.charAt(end) == '.') {
			int abbreviationEnd = abbreviation(begin, end);
			if (abbreviationEnd > end) {
				return abbreviationEnd;
			}
		}
		tokens.add(begin, end, typeOfWord(begin, end), null);
		return end;
	}

	/** The end of the word starting at {@code begin}, noting in {@link #contractionEnd} an ending to split off. */
	private int wordEnd(int begin) {
		int j = begin;
		while (true) {
			while (j < length && isWordChar(text.charAt(j))) {
				j++;
			}
			if (j + 1 >= length) {
				return j;
			}
			char c = text.charAt(j);
			char next = text.charAt(j + 1);
			if (isInnerHyphen(c) && isWordChar(next)) {
				j++;
			} else if ((c == '.' || c == ',') && isAsciiDigit(text.charAt(j - 1)) && isAsciiDigit(next)) {
				j++;
			} else if (isDigitGroupSpace(c) && isAsciiDigit(text.charAt(j - 1)) && isAsciiDigit(text.charAt(begin))
					&& threeDigitsFollow(j + 1)) {
				j++;
			} else if ((c == '\'' || c == '’') && Character.isLetter(next)) {
				int rest = j + 1;
				while (rest < length && Character.isLetter(text.charAt(rest))) {
					rest++;
				}
				String before = text.substring(begin, j).toLowerCase();
				String after = text.substring(j + 1, rest).toLowerCase();
				if (ELISIONS.contains(before)) {
					return j + 1;
				}
				if (CONTRACTIONS.contains(after)) {
					contractionEnd = rest;
					return j;
				}
				if (after.equals("t") && j - begin > 1 && Character.toLowerCase(text.charAt(j - 1)) == 'n') {
					contractionEnd = rest;
					return j - 1;
				}
				j = rest;
			} else {
				return j;
			}
		}
	}

	/**
	 * Takes the period at {@code wordEnd} into an abbreviation token when the word is one, and returns the
	 * end of that token; returns {@code wordEnd} when the period is a full stop.
	 */
	private int abbreviation(int begin, int wordEnd) {
		boolean singleLetter = wordEnd - begin == 1 && Character.isLetter(text.charAt(begin));
		if (singleLetter) {
			int runEnd = singleLetterRunEnd(begin);
			int letters = countLetters(begin, runEnd);
			if (letters >= 2) {
				String abbreviation = text.substring(begin, runEnd);
				Behaviour behaviour = Abbreviations.behaviour(abbreviation);
				if (behaviour != null) {
					tokens.add(begin, runEnd, TokenType.ABBREVIATION, behaviour);
				} else if (isUpperCaseLetters(begin, runEnd)) {
					tokens.add(begin, runEnd, TokenType.INITIAL, null);
				} else {
					tokens.add(begin, runEnd, TokenType.ABBREVIATION, Behaviour.INSIDE);
				}
				return runEnd;
			}
			if (Character.isUpperCase(text.charAt(begin))) {
				tokens.add(begin, wordEnd + 1, TokenType.INITIAL, null);
				return wordEnd + 1;
			}
		}
		Behaviour behaviour = singleLetter && singleLetterAbbreviationFollows(wordEnd + 1) ? Behaviour.INSIDE
				: Abbreviations.behaviour(text.substring(begin, wordEnd + 1));
		if (behaviour == null || behaviour == Behaviour.BEFORE_NUMBER && !numberFollows(wordEnd + 1)) {
			return wordEnd;
		}
		tokens.add(begin, wordEnd + 1, TokenType.ABBREVIATION, behaviour);
		return wordEnd + 1;
	}

	/** The end of a run of single letters each followed by a period: "e.g.", "Н.Н.", "J.-C.", "т.е.". */
	private int singleLetterRunEnd(int begin) {
		int k = begin;
		while (k + 1 < length && Character.isLetter(text.charAt(k)) && text.charAt(k + 1) == '.'
				&& (k == begin || !Character.isLetter(text.charAt(k - 1)))) {
			k += 2;
			if (k + 2 < length && text.charAt(k) == '-' && Character.isLetter(text.charAt(k + 1))
					&& text.charAt(k + 2) == '.') {
				k++;
			}
		}
		if (k > begin && text.charAt(k - 1) == '-') {
			k--;
		}
		return k;
	}

	private int countLetters(int begin, int end) {
		int letters = 0;
		for (int k = begin; k < end; k++) {
			if (Character.isLetter(text.charAt(k))) {
				letters++;
			}
		}
		return letters;
	}

	/** Whether the second half of "z. B.", "d. h.", "т. е." follows, after spaces. */
	private boolean singleLetterAbbreviationFollows(int from) {
		int k = skipHorizontalSpace(from);
		return k > from && k + 1 < length && Character.isLetter(text.charAt(k)) && text.charAt(k + 1) == '.'
				&& (k + 2 >= length || !Character.isLetter(text.charAt(k + 2)));
	}

	/** Whether a number, in digits or roman numerals, follows after spaces: "p. 12", "Т. 5", "ch. IV". */
	private boolean numberFollows(int from) {
		int k = skipHorizontalSpace(from);
		if (k >= length) {
			return false;
		}
		if (isAsciiDigit(text.charAt(k))) {
			return true;
		}
		int end = k;
		while (end < length && "IVXLC".indexOf(text.charAt(end)) >= 0) {
			end++;
		}
		return end > k && (end == length || !Character.isLetterOrDigit(text.charAt(end)));
	}

	private int skipHorizontalSpace(int from) {
		int k = from;
		while (k < length && text.charAt(k) != '\n' && text.charAt(k) != '\r'
				&& (Character.isWhitespace(text.charAt(k)) || Character.isSpaceChar(text.charAt(k)))) {
			k++;
		}
		return k;
	}

	private int punctuationOrSymbol(int begin, char c) {
		int end = begin + 1;
		TokenType type;
		if (c == '.') {
			while (end < length && text.charAt(end) == '.') {
				end++;
			}
			type = end - begin > 1 ? TokenType.ELLIPSIS : TokenType.FULL_STOP;
		} else if (c == '…') {
			type = TokenType.ELLIPSIS;
		} else if (c == '!' || c == '?') {
			while (end < length && (text.charAt(end) == '!' || text.charAt(end) == '?')) {
				end++;
			}
			type = TokenType.EXCLAMATION_OR_QUESTION;
		} else if (isSymbol(c)) {
			type = TokenType.SYMBOL;
		} else {
			type = TokenType.PUNCTUATION;
		}
		tokens.add(begin, end, type, null);
		return end;
	}

	private TokenType typeOfWord(int begin, int end) {
		if (!isAsciiDigit(text.charAt(begin))) {
			return TokenType.WORD;
		}
		for (int k = begin; k < end; k++) {
			if (Character.isLetter(text.charAt(k))) {
				return TokenType.WORD;
			}
		}
		return TokenType.NUMBER;
	}

	/** The end of a web address or DOI starting at {@code begin}, or {@code begin} when none starts there. */
	private int addressEnd(int begin) {
		char c = text.charAt(begin);
		boolean candidate = switch (c) {
			case 'h', 'H' -> startsWith(begin, "http://") || startsWith(begin, "https://");
			case 'w', 'W' -> startsWith(begin, "www.");
			case 'f', 'F' -> startsWith(begin, "ftp://");
			case 'd', 'D' -> startsWith(begin, "doi:") && begin + 4 < length && !Character.isWhitespace(text.charAt(begin + 4));
			case '1' -> isDoiPrefix(begin);
			default -> false;
		};
		if (!candidate) {
			return begin;
		}
		int end = begin;
		int limit = Math.min(length, begin + LONGEST_ADDRESS);
		while (end < limit && !Character.isWhitespace(text.charAt(end)) && !Character.isSpaceChar(text.charAt(end))) {
			end++;
		}
		return trimAddress(begin, end);
	}

	/** "10." and four to nine digits and a slash: the start of a DOI. */
	private boolean isDoiPrefix(int begin) {
		if (!startsWith(begin, "10.")) {
			return false;
		}
		int k = begin + 3;
		while (k < length && isAsciiDigit(text.charAt(k))) {
			k++;
		}
		int digits = k - begin - 3;
		return digits >= 4 && digits <= 9 && k + 1 < length && text.charAt(k) == '/'
				&& !Character.isWhitespace(text.charAt(k + 1));
	}

	private int emailEnd(int begin) {
		int at = -1;
		int end = begin;
		while (end < length && end - begin < 254) {
			char c = text.charAt(end);
			if (c == '@' && at < 0 && end > begin) {
				at = end;
			} else if (!(Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == '+')) {
				break;
			}
			end++;
		}
		while (end > begin && text.charAt(end - 1) == '.') {
			end--;
		}
		if (at < 0 || at + 1 >= end || text.indexOf('.', at) < 0 || text.indexOf('.', at) >= end - 1) {
			return begin;
		}
		return end;
	}

	/**
	 * Leaves out the punctuation that closes a sentence or a bracket around the address, but keeps a closing
	 * bracket opened inside it, as in Wikipedia addresses: ".../Бои_(2024)".
	 */
	private int trimAddress(int begin, int end) {
		int trimmed = end;
		while (trimmed > begin) {
			char last = text.charAt(trimmed - 1);
			if (TRAILING_PUNCTUATION.indexOf(last) >= 0) {
				trimmed--;
			} else if (last == ')' || last == ']') {
				char opening = last == ')' ? '(' : '[';
				if (count(begin, trimmed, opening) >= count(begin, trimmed, last)) {
					break;
				}
				trimmed--;
			} else {
				break;
			}
		}
		return trimmed;
	}

	private int count(int begin, int end, char c) {
		int count = 0;
		for (int k = begin; k < end; k++) {
			if (text.charAt(k) == c) {
				count++;
			}
		}
		return count;
	}

	private boolean startsWith(int at, String prefix) {
		return text.regionMatches(true, at, prefix, 0, prefix.length());
	}

	private boolean threeDigitsFollow(int from) {
		return from + 3 <= length && isAsciiDigit(text.charAt(from)) && isAsciiDigit(text.charAt(from + 1))
				&& isAsciiDigit(text.charAt(from + 2)) && (from + 3 == length || !isAsciiDigit(text.charAt(from + 3)));
	}

	private boolean isUpperCaseAscii(int begin, int end) {
		for (int k = begin; k < end; k++) {
			char c = text.charAt(k);
			if (c < 'A' || c > 'Z') {
				return false;
			}
		}
		return true;
	}

	private boolean isUpperCaseLetters(int begin, int end) {
		for (int k = begin; k < end; k++) {
			char c = text.charAt(k);
			if (Character.isLetter(c) && !Character.isUpperCase(c)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isWordChar(char c) {
		if (c < 128) {
			return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
		}
		if (Character.isLetterOrDigit(c)) {
			return true;
		}
		int type = Character.getType(c);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
				|| type == Character.ENCLOSING_MARK;
	}

	private static boolean isInnerHyphen(char c) {
		return c == '-' || c == '\u2010' || c == '\u2011';
	}

	/** The no-break spaces that typesetters put between digit groups; an ordinary space may separate two numbers. */
	private static boolean isDigitGroupSpace(char c) {
		return c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007';
	}

	private static boolean isAsciiDigit(char c) {
		return c >= '0' && c <= '9';
	}

	static boolean isSuperscriptDigit(char c) {
		return c == '¹' || c == '²' || c == '³' || c >= '\u2070' && c <= '\u2079' && c != '\u2071' && c != '\u2072'
				&& c != '\u2073';
	}

	private static boolean isInvisible(char c) {
		return c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
				|| Character.getType(c) == Character.CONTROL;
	}

	private static boolean isSymbol(char c) {
		if (c == '%' || c == '‰' || c == '#' || c == '&' || c == '@' || c == '§' || c == '*') {
			return true;
		}
		int type = Character.getType(c);
		return type == Character.MATH_SYMBOL || type == Character.CURRENCY_SYMBOL || type == Character.MODIFIER_SYMBOL
				|| type == Character.OTHER_SYMBOL;
	}
}
