package org.dossier.internal.nlp.sentences;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import org.dossier.internal.nlp.FunctionWords;
import org.dossier.internal.nlp.MonthNames;
import org.dossier.internal.nlp.sentences.Abbreviations.Behaviour;

/**
 * Decides where the sentences of a tokenised text end. A sentence ends:
 * <ul>
 * <li>after '.', '!', '?', '…' or an abbreviation that may end a sentence ("etc.", "usw.", "т.д.", "г."
 * after a year), together with the closing quotation marks, brackets and footnote markers that follow it
 * ("…company’”.[1]", "« Nous partons. »"), when the next word does not start in lower case or with a
 * dash or comma (which continue it: "« Vraiment ? » demanda-t-il", "«…?» — спросил он");</li>
 * <li>not after a number that numbers a list or heading ("1. Introduction", "17. Иванов И.И."), a
 * day before its month ("am 3. März") or a German ordinal ("zum 3. Mal");</li>
 * <li>at a blank line, always; at a single line break, unless the next line starts in lower case or with
 * a bracket, or the line ends with a comma, a hyphen or dash or a word no sentence ends with. The text is expected normalised (see
 * {@code TextNormalizer}), which joins the lines of a paragraph, so the line breaks left stand after
 * headings, list items and table rows.</li>
 * </ul>
 */
public final class SentenceBoundaries {

	/** German words after which "3." is an ordinal: "am 3. März", "der 2. Weltkrieg", "zum 10. Mal". */
	private static final Set<String> ORDINAL_CONTEXT = Set.of("am", "im", "vom", "zum", "zur", "beim", "der", "die",
			"das", "dem", "den", "des", "ein", "eine", "einem", "einen", "einer", "eines", "bis", "ab", "seit", "jeder",
			"jede", "jedes", "jedem", "jeden", "sein", "seine", "seinem", "seinen", "seiner", "ihr", "ihre", "ihrem",
			"ihren", "ihrer", "unser", "unsere", "unserem", "unseren", "vor", "nach", "zwischen");
	private static final int LONGEST_DAY_OR_ORDINAL = 3;
	/** How many tokens a bracketed footnote marker after a full stop may hold: "[11, 12, 14–16]". */
	private static final int LONGEST_MARKER = 12;

	private final TokenSequence tokens;
	private final String text;
	private final int size;
	private int[] ranges = new int[64];
	private int rangeCount;

	private SentenceBoundaries(TokenSequence tokens) {
		this.tokens = tokens;
		this.text = tokens.text();
		this.size = tokens.size();
	}

	/**
	 * The sentences of the tokens as pairs of token indices, first and last inclusive: {@code [first0,
	 * last0, first1, last1, ...]}.
	 */
	public static int[] find(TokenSequence tokens) {
		SentenceBoundaries boundaries = new SentenceBoundaries(tokens);
		boundaries.run();
		return Arrays.copyOf(boundaries.ranges, boundaries.rangeCount);
	}

	private void run() {
		int first = 0;
		for (int i = 0; i < size; i++) {
			if (tokens.type(i).mayEndSentence()) {
				int last = withClosers(i);
				if (endsAfter(i, last, first)) {
					emit(first, last);
					first = last + 1;
					i = last;
					continue;
				}
			}
			if (i + 1 < size && lineBreakEnds(i)) {
				emit(first, i);
				first = i + 1;
			}
		}
		if (first < size) {
			emit(first, size - 1);
		}
	}

	private void emit(int first, int last) {
		if (rangeCount + 2 > ranges.length) {
			ranges = Arrays.copyOf(ranges, ranges.length * 2);
		}
		ranges[rangeCount++] = first;
		ranges[rangeCount++] = last;
	}

	/** The last token of the sentence if it ends with token {@code i}: closing marks and markers go with it. */
	private int withClosers(int i) {
		int last = i;
		while (last + 1 < size) {
			int next = last + 1;
			char c = tokens.firstChar(next);
			boolean touching = tokens.touchesNext(last);
			if (tokens.length(next) == 1 && isCloser(c)
					&& (touching || isSpacedCloser(c) && onlyHorizontalSpaceBetween(last, next) && standsAlone(next))) {
				last = next;
			} else if (touching && c == '[' && markerEnd(next) > 0) {
				last = markerEnd(next);
			} else if (touching && Tokenizer.isSuperscriptDigit(c)) {
				last = next;
			} else {
				break;
			}
		}
		return last;
	}

	private boolean endsAfter(int i, int last, int first) {
		int next = last + 1;
		if (next >= size) {
			return true;
		}
		if (tokens.touchesNext(last)) {
			return false;
		}
		char c = tokens.firstChar(next);
		if (Character.isLowerCase(c)) {
			return false;
		}
		if (isDash(c) || c == ',' || c == ';' || c == ':' || c == ')') {
			return newlines(last) > 0;
		}
		return switch (tokens.type(i)) {
			case FULL_STOP -> !isLabelOrOrdinalBefore(i, first, next);
			case ELLIPSIS -> !(i > 0 && tokens.touchesNext(i - 1) && (tokens.firstChar(i - 1) == '[' || tokens.firstChar(i - 1) == '('));
			case EXCLAMATION_OR_QUESTION -> true;
			case ABBREVIATION -> mayEndAfterAbbreviation(i, first) && Character.isUpperCase(c);
			default -> false;
		};
	}

	/**
	 * Whether the full stop {@code i} closes a list or heading number ("1.", "2.3.", "IV.", "a."), a day
	 * before its month ("am 3. März") or a German ordinal ("zum 3. Mal") rather than a sentence.
	 */
	private boolean isLabelOrOrdinalBefore(int i, int first, int next) {
		if (i == 0 || !tokens.touchesNext(i - 1)) {
			return false;
		}
		int number = i - 1;
		if (number == first && isLabel(number)) {
			return true;
		}
		if (tokens.type(number) != TokenType.NUMBER || tokens.length(number) > LONGEST_DAY_OR_ORDINAL) {
			return false;
		}
		if (tokens.type(next) == TokenType.WORD && MonthNames.month(tokens.tokenText(next), false) != 0) {
			return true;
		}
		return number > first && tokens.type(number - 1) == TokenType.WORD
				&& ORDINAL_CONTEXT.contains(tokens.tokenText(number - 1).toLowerCase(Locale.ROOT));
	}

	/** A number, roman numeral or single letter standing first in its line: "1.", "2.3.", "IV.", "a.". */
	private boolean isLabel(int token) {
		if (!startsLine(token)) {
			return false;
		}
		if (tokens.type(token) == TokenType.NUMBER) {
			return true;
		}
		if (tokens.type(token) != TokenType.WORD) {
			return false;
		}
		if (tokens.length(token) == 1) {
			return Character.isLetter(tokens.firstChar(token));
		}
		for (int k = tokens.begin(token); k < tokens.end(token); k++) {
			if ("IVXLC".indexOf(text.charAt(k)) < 0) {
				return false;
			}
		}
		return true;
	}

	private boolean mayEndAfterAbbreviation(int i, int first) {
		Behaviour behaviour = tokens.behaviour(i);
		if (i > first && tokens.type(i - 1) == TokenType.ABBREVIATION && onlyHorizontalSpaceBetween(i - 1, i)) {
			Behaviour joined = Abbreviations.behaviour(tokens.tokenText(i - 1) + tokens.tokenText(i));
			if (joined != null) {
				behaviour = joined;
			}
		}
		if (behaviour == Behaviour.MAY_END) {
			return true;
		}
		return behaviour == Behaviour.MAY_END_AFTER_NUMBER && i > first
				&& (tokens.type(i - 1) == TokenType.NUMBER || isRomanNumeral(i - 1));
	}

	private boolean lineBreakEnds(int i) {
		int newlines = newlines(i);
		if (newlines == 0) {
			return false;
		}
		if (newlines > 1) {
			return true;
		}
		int next = i + 1;
		char c = tokens.firstChar(next);
		if (Character.isLowerCase(c)) {
			return false;
		}
		char last = tokens.lastChar(i);
		if (last == ',' || isDash(last) || last == '/' || isOpener(last)) {
			return false;
		}
		if ((c == '(' || c == '[') && !tokens.type(i).mayEndSentence()) {
			return false;
		}
		TokenType type = tokens.type(i);
		if (type == TokenType.WORD && FunctionWords.neverEndsSentence(tokens.tokenText(i).toLowerCase(Locale.ROOT))) {
			return false;
		}
		return !(type == TokenType.INITIAL || type == TokenType.ABBREVIATION
				&& (tokens.behaviour(i) == Behaviour.TITLE || tokens.behaviour(i) == Behaviour.INSIDE));
	}

	/** The number of line breaks between token {@code i} and the next, a paragraph separator counting two. */
	private int newlines(int i) {
		int count = 0;
		int end = tokens.begin(i + 1);
		for (int k = tokens.end(i); k < end; k++) {
			char c = text.charAt(k);
			if (c == '\n' || c == '\u2028' || c == '\u000B' || c == '\u0085' || c == '\r' && (k + 1 >= end || text.charAt(k + 1) != '\n')) {
				count++;
			} else if (c == '\u2029' || c == '\f') {
				count += 2;
			}
		}
		return count;
	}

	private boolean startsLine(int token) {
		for (int k = tokens.begin(token) - 1; k >= 0; k--) {
			char c = text.charAt(k);
			if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\f') {
				return true;
			}
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
				return false;
			}
		}
		return true;
	}

	private boolean onlyHorizontalSpaceBetween(int token, int next) {
		for (int k = tokens.end(token); k < tokens.begin(next); k++) {
			char c = text.charAt(k);
			if (c == '\n' || c == '\r' || !(Character.isWhitespace(c) || Character.isSpaceChar(c))) {
				return false;
			}
		}
		return true;
	}

	/** Whether a closing mark set off by a space is followed by a space or the end: "partons. » Il". */
	private boolean standsAlone(int token) {
		return token + 1 >= size || !tokens.touchesNext(token) || !Character.isLetterOrDigit(tokens.firstChar(token + 1));
	}

	/**
	 * The index of the ']' of a footnote marker opened by the '[' at {@code open}, "[1]", "[11, 12]",
	 * "[3–5]", or 0 when the brackets hold anything else.
	 */
	private int markerEnd(int open) {
		for (int k = open + 1; k < size && k <= open + LONGEST_MARKER; k++) {
			char c = tokens.firstChar(k);
			if (c == ']') {
				return k > open + 1 ? k : 0;
			}
			if (tokens.type(k) != TokenType.NUMBER && c != ',' && !isDash(c)) {
				return 0;
			}
		}
		return 0;
	}

	private boolean isRomanNumeral(int token) {
		if (tokens.type(token) != TokenType.WORD) {
			return false;
		}
		for (int k = tokens.begin(token); k < tokens.end(token); k++) {
			if ("IVXLC".indexOf(text.charAt(k)) < 0) {
				return false;
			}
		}
		return true;
	}

	private static boolean isCloser(char c) {
		return c == ')' || c == ']' || c == '}' || c == '»' || c == '«' || c == '”' || c == '“' || c == '’' || c == '‘'
				|| c == '"' || c == '\'' || c == '›' || c == '‹';
	}

	/** Closing marks that French and Russian typography set off with a space: "« Nous partons. »". */
	private static boolean isSpacedCloser(char c) {
		return c == '»' || c == '›' || c == '”';
	}

	private static boolean isOpener(char c) {
		return c == '(' || c == '[' || c == '{' || c == '«' || c == '„' || c == '‚' || c == '“' || c == '‹';
	}

	private static boolean isDash(char c) {
		return c == '-' || c == '\u2010' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2015';
	}
}
