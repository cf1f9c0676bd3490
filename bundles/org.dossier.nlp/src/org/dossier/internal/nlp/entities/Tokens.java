package org.dossier.internal.nlp.entities;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import org.dossier.internal.nlp.Characters;

/**
 * A text cut into words and single punctuation characters, with what the entity rules ask of each: is it
 * capitalised, in capitals, Cyrillic, the first word of a sentence, of a line, of a paragraph.
 * <p>
 * A word is a run of letters, digits and combining marks; a hyphen between two such characters joins
 * ("Нью-Йорк", "États-Unis", "COVID-19"); digits after a lower-case letter start a new token (the "1" of an
 * affiliation mark in "Mikhailova1"); an apostrophe does not ("l", "'", "Allemagne"; "Russia", "'", "s"),
 * so that elided articles and possessives fall outside names. Gazetteer forms are cut the same way.
 */
public final class Tokens {

	public static final int CAPITALISED = 1;
	public static final int ALL_CAPS = 1 << 1;
	public static final int LOWER_CASE = 1 << 2;
	public static final int CYRILLIC = 1 << 3;
	public static final int SENTENCE_START = 1 << 4;
	public static final int LINE_START = 1 << 5;
	public static final int PARAGRAPH_START = 1 << 6;
	public static final int DIGIT_START = 1 << 7;
	public static final int WORD = 1 << 8;
	/** Set on words holding an upper-case letter anywhere. */
	private static final int HAS_UPPER = 1 << 9;
	/** Set on words holding a character that {@link #normalise(String)} replaces. */
	private static final int NEEDS_NORMALISING = 1 << 10;

	/** Words that a period follows without ending the sentence: titles, initials, abbreviations. */
	private static final Set<String> ABBREVIATIONS = Set.of("m", "mm", "mme", "mlle", "dr", "prof", "pr", "mr", "mrs",
			"ms", "st", "ste", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "nr", "no", "vs",
			"ca", "bzw", "z", "b", "fig", "tab", "abb", "vol", "pp", "p", "s", "ed", "eds", "inc", "ltd", "corp", "co",
			"mio", "mrd", "hrsg", "vgl", "al", "e", "i", "etc", "cf", "resp", "jan", "feb", "febr", "apr", "aug",
			"sep", "sept", "oct", "okt", "nov", "dec", "dez", "г", "гг", "с", "п", "пос", "оз", "р", "ул", "им", "т",
			"тыс", "млн", "млрд", "др", "проф", "акад", "рис", "табл", "см", "стр", "обл", "ген", "г-н", "г-жа",
			"хр", "о", "д", "ст", "пр", "гос", "м", "n", "mgr", "me", "ing", "dipl", "u", "bd", "jh", "jhd");

	private final String text;
	private int count;
	private int[] begins = new int[256];
	private int[] ends = new int[256];
	private int[] flags = new int[256];
	private String[] keys;
	private String[] lowerCases;

	public Tokens(String text) {
		this.text = text;
		cut();
		keys = new String[count];
		lowerCases = new String[count];
		markSentenceStarts();
	}

	public String text() {
		return text;
	}

	public int size() {
		return count;
	}

	public int begin(int token) {
		return begins[token];
	}

	public int end(int token) {
		return ends[token];
	}

	public boolean is(int token, int flag) {
		return token >= 0 && token < count && (flags[token] & flag) != 0;
	}

	public boolean isWord(int token) {
		return is(token, WORD);
	}

	public boolean isPunctuation(int token, char c) {
		return token >= 0 && token < count && !is(token, WORD) && text.charAt(begins[token]) == c;
	}

	/** The character of a punctuation token, or 0 for a word or a position outside the text. */
	public char punctuation(int token) {
		return token >= 0 && token < count && !is(token, WORD) ? text.charAt(begins[token]) : 0;
	}

	/** The token as written. */
	public String string(int token) {
		return text.substring(begins[token], ends[token]);
	}

	/**
	 * The token as the gazetteer and the lexicons look it up: typographic apostrophes and hyphens made ASCII,
	 * ё made е.
	 */
	public String key(int token) {
		String key = keys[token];
		if (key == null) {
			key = is(token, NEEDS_NORMALISING) ? normalise(string(token)) : string(token);
			keys[token] = key;
		}
		return key;
	}

	/** {@link #key(int)} in lower case. */
	public String lower(int token) {
		String lower = lowerCases[token];
		if (lower == null) {
			lower = is(token, HAS_UPPER) || !is(token, WORD) ? key(token).toLowerCase(Locale.ROOT) : key(token);
			lowerCases[token] = lower;
		}
		return lower;
	}

	/** Whether a line break separates a token from the one before it. */
	public boolean lineBreakBefore(int token) {
		return is(token, LINE_START);
	}

	/** Whether a blank line separates a token from the one before it. */
	public boolean paragraphBreakBefore(int token) {
		return is(token, PARAGRAPH_START);
	}

	/** The next word at or after {@code token} within the same paragraph, or -1. */
	public int nextWord(int token) {
		for (int t = token; t < count; t++) {
			if (t > token && paragraphBreakBefore(t)) {
				return -1;
			}
			if (isWord(t)) {
				return t;
			}
		}
		return -1;
	}

	/** The previous word at or before {@code token} within the same paragraph, or -1. */
	public int previousWord(int token) {
		for (int t = token; t >= 0; t--) {
			if (isWord(t)) {
				return t;
			}
			if (paragraphBreakBefore(t)) {
				return -1;
			}
		}
		return -1;
	}

	public static String normalise(String form) {
		boolean plain = true;
		for (int i = 0; i < form.length() && plain; i++) {
			char c = form.charAt(i);
			plain = !(c == 'ё' || c == 'Ё' || c == '\u00AD' || c == '\u2019' || c == '\u2018' || c == '\u02BC'
					|| c == '`'
					|| c == '\u2010' || c == '\u2011' || c == '\u00B4');
		}
		if (plain) {
			return form;
		}
		StringBuilder normalised = new StringBuilder(form.length());
		for (int i = 0; i < form.length(); i++) {
			char c = form.charAt(i);
			if (c == '\u00AD') {
				continue;
			}
			normalised.append(switch (c) {
				case 'ё' -> 'е';
				case 'Ё' -> 'Е';
				case '\u2019', '\u2018', '\u02BC', '`', '\u00B4' -> '\'';
				case '\u2010', '\u2011' -> '-';
				default -> c;
			});
		}
		return normalised.toString();
	}

	private void cut() {
		int length = text.length();
		int newlines = 0;
		int i = 0;
		while (i < length) {
			char c = text.charAt(i);
			if (c == ' ') {
				i++;
			} else if (c == '\n' || c == '\u2028' || c == '\u0085' || c == '\u000B' || c == '\f') {
				newlines++;
				i++;
			} else if (c == '\u2029') {
				newlines += 2;
				i++;
			} else if (Character.isWhitespace(c) || Characters.isSpace(c) || Characters.isInvisible(c)) {
				i++;
			} else {
				int end = isWordChar(c) ? wordEnd(i) : i + 1;
				int tokenFlags = end > i + 1 || isWordChar(c) ? WORD | caseFlags(i, end) : NEEDS_NORMALISING;
				if (newlines > 0 || count == 0) {
					tokenFlags |= LINE_START;
				}
				if (newlines > 1 || count == 0) {
					tokenFlags |= PARAGRAPH_START;
				}
				add(i, end, tokenFlags);
				newlines = 0;
				i = end;
			}
		}
	}

	private static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
	}

	private static boolean isJoiningHyphen(char c) {
		return c == '-' || c == '\u2010' || c == '\u2011';
	}

	private int wordEnd(int start) {
		int length = text.length();
		int end = start + 1;
		while (end < length) {
			char c = text.charAt(end);
			if (Character.isDigit(c) && Character.isLowerCase(text.charAt(end - 1))) {
				// "Mikhailova1": an affiliation or footnote number set against a name
				break;
			} else if (isWordChar(c) || c == '\u00AD') {
				end++;
			} else if (isJoiningHyphen(c) && end + 1 < length && isWordChar(text.charAt(end + 1))) {
				end += 2;
			} else {
				break;
			}
		}
		return end;
	}

	private int caseFlags(int begin, int end) {
		char first = text.charAt(begin);
		int result = 0;
		if (Character.isDigit(first)) {
			result |= DIGIT_START;
		}
		if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
			result |= CAPITALISED;
		} else if (Character.isLowerCase(first)) {
			result |= LOWER_CASE;
		}
		if (Transliteration.isCyrillic(first)) {
			result |= CYRILLIC;
		}
		int upper = 0;
		int lower = 0;
		for (int i = begin; i < end; i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				if (c >= 'a' && c <= 'z') {
					lower++;
				} else if (c >= 'A' && c <= 'Z') {
					upper++;
				}
			} else if (Character.isUpperCase(c)) {
				upper++;
				if (c == 'Ё') {
					result |= NEEDS_NORMALISING;
				}
			} else if (Character.isLowerCase(c)) {
				lower++;
				if (c == 'ё') {
					result |= NEEDS_NORMALISING;
				}
			} else if (c == '\u00AD' || c == '\u2010' || c == '\u2011') {
				result |= NEEDS_NORMALISING;
			}
		}
		if (upper > 0) {
			result |= HAS_UPPER;
		}
		if (upper >= 2 && lower == 0) {
			result |= ALL_CAPS;
		}
		return result;
	}

	private void add(int begin, int end, int tokenFlags) {
		if (count == begins.length) {
			int capacity = count * 2;
			begins = Arrays.copyOf(begins, capacity);
			ends = Arrays.copyOf(ends, capacity);
			flags = Arrays.copyOf(flags, capacity);
		}
		begins[count] = begin;
		ends[count] = end;
		flags[count] = tokenFlags;
		count++;
	}

	private void markSentenceStarts() {
		boolean boundary = true;
		for (int t = 0; t < count; t++) {
			if (is(t, LINE_START)) {
				boundary = true;
			}
			if (is(t, WORD)) {
				if (boundary) {
					flags[t] |= SENTENCE_START;
				}
				boundary = false;
				continue;
			}
			char c = text.charAt(begins[t]);
			switch (c) {
				case '!', '?', '…', ':', '«', '„', '“', '"', '•', '·', '▪', '■', '●', '*' -> boundary = true;
				case '.' -> boundary = !isAbbreviationBefore(t);
				case '-', '–', '—' -> boundary = boundary || is(t, LINE_START);
				case '(', '[', '\'', '‹', '»', '”', ')' , ']' -> {
					// Brackets and closing quotes leave the state as it was: «Oui.» Puis ...
				}
				default -> boundary = false;
			}
		}
	}

	private boolean isAbbreviationBefore(int period) {
		int word = period - 1;
		if (word < 0 || !is(word, WORD) || ends[word] != begins[period]) {
			return false;
		}
		int length = ends[word] - begins[word];
		if (length == 1 && Character.isUpperCase(text.charAt(begins[word]))) {
			return true;
		}
		return length <= 5 && ABBREVIATIONS.contains(lower(word));
	}
}
