package org.dossier.internal.nlp;

import java.util.Arrays;

/** Paragraphs of a text: a blank line (a line of spaces at most) ends one. */
public final class Paragraphs {

	private Paragraphs() {
	}

	/** Offsets where paragraphs start: the text's start and the first character after each blank line. */
	public static int[] starts(String text) {
		int[] starts = new int[16];
		int count = 0;
		starts[count++] = 0;
		boolean lineBlank = true;
		int lineBreaks = 0;
		for (int k = 0; k < text.length(); k++) {
			char c = text.charAt(k);
			if (c == '\n') {
				lineBreaks = lineBlank ? lineBreaks + 1 : 1;
				lineBlank = true;
			} else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
				if (lineBlank && lineBreaks >= 2 && k > 0) {
					if (count == starts.length) {
						starts = Arrays.copyOf(starts, count * 2);
					}
					starts[count++] = k;
				}
				lineBlank = false;
				lineBreaks = 0;
			}
		}
		return Arrays.copyOf(starts, count);
	}

	/** Where the paragraph holding {@code offset} starts: just after the last blank line before it, or 0. */
	public static int startOf(String text, int offset) {
		int lineEnd = text.lastIndexOf('\n', offset - 1);
		while (lineEnd > 0) {
			int lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
			if (text.substring(lineStart, lineEnd).isBlank()) {
				return lineEnd + 1;
			}
			lineEnd = lineStart - 1;
		}
		return 0;
	}

	/** Whether a blank line stands between two offsets. */
	public static boolean breakBetween(String text, int from, int to) {
		int lineBreak = text.indexOf('\n', from);
		while (lineBreak >= 0 && lineBreak < to) {
			int next = lineBreak + 1;
			while (next < to && text.charAt(next) != '\n' && Character.isWhitespace(text.charAt(next))) {
				next++;
			}
			if (next < to && text.charAt(next) == '\n') {
				return true;
			}
			lineBreak = text.indexOf('\n', next);
		}
		return false;
	}
}
