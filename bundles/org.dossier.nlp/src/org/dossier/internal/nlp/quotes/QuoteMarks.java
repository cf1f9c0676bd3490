package org.dossier.internal.nlp.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs the quotation marks of a text: «…» (French, Russian), “…” (English), „…“ and »…« (German), "…"
 * (straight), and the single marks used inside them: ‹…›, ›…‹, ‚…‘, ‘…’.
 * <p>
 * Several marks close in one convention and open in another: “ closes „ in German and opens in English, »
 * closes « in French and opens in German. A mark closes the innermost open quotation when it is that
 * quotation's closing mark; otherwise it opens one if it stands where quotations open (after a space, a
 * bracket, a dash or another opening mark, and before a word). ’ closes only when no letter follows it, so
 * that the apostrophe in "Ukraine’s" is left alone.
 * <p>
 * A quotation runs over several paragraphs when a paragraph ends with it still open and the next one
 * starts with its opening mark again, as French and English typography have it: the marks reopening each
 * paragraph stay inside the quotation. An open quotation that the next paragraph does not reopen was never
 * closed, and is dropped.
 */
public final class QuoteMarks {

	/** How many paragraphs one quotation may run over. */
	private static final int MOST_PARAGRAPHS = 30;

	/** A pair of quotation marks: the offsets of the opening mark and of the closing one. */
	public record Pair(int open, int close, boolean multiParagraph) {

		public int begin() {
			return open;
		}

		public int end() {
			return close + 1;
		}
	}

	private record Open(int offset, char mark, int paragraphs) {
	}

	private QuoteMarks() {
	}

	/** Whether the text holds any character that may be a quotation mark: most texts are spared the rest. */
	public static boolean mayHoldQuotations(String text) {
		for (int k = 0; k < text.length(); k++) {
			if (isQuotationMark(text.charAt(k))) {
				return true;
			}
		}
		return false;
	}

	/** The pairs of quotation marks of the text, outer ones before the ones they hold, in text order. */
	public static List<Pair> find(String text) {
		List<Pair> pairs = new ArrayList<>();
		List<Open> open = new ArrayList<>();
		int length = text.length();
		for (int k = 0; k < length; k++) {
			char c = text.charAt(k);
			if (c == '\n') {
				int next = paragraphStartAfterBlankLine(text, k);
				if (next < 0) {
					continue;
				}
				if (!open.isEmpty()) {
					Open outer = open.get(0);
					if (next < length && text.charAt(next) == outer.mark() && outer.paragraphs() < MOST_PARAGRAPHS) {
						open.clear();
						open.add(new Open(outer.offset(), outer.mark(), outer.paragraphs() + 1));
						k = next;
						continue;
					}
					open.clear();
				}
				k = next - 1;
				continue;
			}
			if (!isQuotationMark(c)) {
				continue;
			}
			Open innermost = open.isEmpty() ? null : open.get(open.size() - 1);
			if (innermost != null && closes(innermost.mark(), c) && mayClose(text, k, c)) {
				open.remove(open.size() - 1);
				if (k > innermost.offset() + 1) {
					pairs.add(new Pair(innermost.offset(), k, innermost.paragraphs() > 0));
				}
			} else if (mayOpen(text, k, c)) {
				open.add(new Open(k, c, 0));
			} else {
				closeOuter(open, pairs, text, k, c);
			}
		}
		pairs.sort(Comparator.comparingInt(Pair::open));
		return pairs;
	}

	/** A mark that closes a quotation further out closes the ones inside it too, which were never closed. */
	private static void closeOuter(List<Open> open, List<Pair> pairs, String text, int k, char c) {
		for (int depth = open.size() - 2; depth >= 0; depth--) {
			Open candidate = open.get(depth);
			if (closes(candidate.mark(), c) && mayClose(text, k, c)) {
				while (open.size() > depth) {
					open.remove(open.size() - 1);
				}
				pairs.add(new Pair(candidate.offset(), k, candidate.paragraphs() > 0));
				return;
			}
		}
	}

	/** The start of the next paragraph when the line break at {@code k} is followed by a blank line, else -1. */
	private static int paragraphStartAfterBlankLine(String text, int k) {
		int length = text.length();
		int lineBreaks = 1;
		int j = k + 1;
		while (j < length && (Character.isWhitespace(text.charAt(j)) || Character.isSpaceChar(text.charAt(j)))) {
			if (text.charAt(j) == '\n') {
				lineBreaks++;
			}
			j++;
		}
		return lineBreaks >= 2 ? j : -1;
	}

	static boolean isQuotationMark(char c) {
		return switch (c) {
			case '«', '»', '“', '”', '„', '"', '‹', '›', '‚', '‘', '’' -> true;
			default -> false;
		};
	}

	private static boolean closes(char opening, char closing) {
		return switch (opening) {
			case '«' -> closing == '»';
			case '»' -> closing == '«';
			case '“' -> closing == '”';
			case '„' -> closing == '“' || closing == '”';
			case '”' -> closing == '”';
			case '"' -> closing == '"';
			case '‹' -> closing == '›';
			case '›' -> closing == '‹';
			case '‚' -> closing == '‘' || closing == '’';
			case '‘' -> closing == '’';
			default -> false;
		};
	}

	private static boolean mayOpen(String text, int k, char c) {
		if (c == '’' || c == '‘' && !standsBeforeWord(text, k)) {
			return false;
		}
		if (c == '«' || c == '„' || c == '‚' || c == '‹') {
			return k + 1 < text.length() && !Character.isWhitespace(text.charAt(k + 1)) || c == '«';
		}
		return standsAfterSpace(text, k) && standsBeforeWord(text, k);
	}

	private static boolean mayClose(String text, int k, char c) {
		if (c == '’' || c == '‘') {
			return k + 1 >= text.length() || !Character.isLetter(text.charAt(k + 1));
		}
		if (c == '"') {
			return k > 0 && !Character.isWhitespace(text.charAt(k - 1));
		}
		return true;
	}

	/** After the start of the text, a space, a bracket, a dash, a slash or another opening mark. */
	private static boolean standsAfterSpace(String text, int k) {
		if (k == 0) {
			return true;
		}
		char before = text.charAt(k - 1);
		return Character.isWhitespace(before) || Character.isSpaceChar(before) || "([{—–-/:«“„‚‹»›\"‘".indexOf(before) >= 0;
	}

	/** Before a letter, a digit, an ellipsis or another opening mark, possibly after a no-break space. */
	private static boolean standsBeforeWord(String text, int k) {
		int next = k + 1;
		if (next < text.length() && (text.charAt(next) == '\u00A0' || text.charAt(next) == '\u202F')) {
			next++;
		}
		if (next >= text.length()) {
			return false;
		}
		char after = text.charAt(next);
		return Character.isLetterOrDigit(after) || after == '…' || after == '.' || after == '[' || after == '('
				|| "«“„‚‹‘\"".indexOf(after) >= 0;
	}
}
