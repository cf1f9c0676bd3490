package org.dossier.internal.io.html;

/**
 * Text as a browser lays it out, in plain characters: runs of HTML white space become one space, breaks
 * asked for between blocks are written only once text follows them, paragraphs are separated by one blank
 * line. No-break spaces are text, not white space, and are kept.
 */
final class TextOutput {

	private final StringBuilder text = new StringBuilder();
	private boolean pendingSpace;
	private int pendingBreaks;

	/** Text from the page, its white space collapsed. */
	void text(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (isHtmlWhiteSpace(c)) {
				pendingSpace = true;
			} else {
				flush();
				text.append(c);
			}
		}
	}

	/** Preformatted text, white space and line ends kept. */
	void raw(String s) {
		if (s.isEmpty()) {
			return;
		}
		pendingSpace = false;
		flush();
		text.append(s.replace("\r\n", "\n").replace('\r', '\n'));
	}

	void space() {
		pendingSpace = true;
	}

	/** A {@code <br>}: two in a row make a blank line. */
	void lineBreak() {
		pendingBreaks = Math.min(pendingBreaks + 1, 2);
	}

	/** The end of a line (a list item, a table row), unless one is already due. */
	void endLine() {
		pendingBreaks = Math.max(pendingBreaks, 1);
	}

	void paragraphBreak() {
		pendingBreaks = 2;
	}

	/** Between two table cells. */
	void cellSeparator() {
		pendingSpace = false;
		flush();
		text.append('\t');
	}

	int length() {
		return text.length();
	}

	@Override
	public String toString() {
		return text.toString().strip();
	}

	private void flush() {
		if (!text.isEmpty()) {
			if (pendingBreaks > 0) {
				trimTrailingSpaces();
				for (int due = pendingBreaks - trailingLineEnds(); due > 0; due--) {
					text.append('\n');
				}
			} else if (pendingSpace && !endsWithSeparator()) {
				text.append(' ');
			}
		}
		pendingBreaks = 0;
		pendingSpace = false;
	}

	private boolean endsWithSeparator() {
		char last = text.charAt(text.length() - 1);
		return last == ' ' || last == '\t' || last == '\n';
	}

	private void trimTrailingSpaces() {
		int end = text.length();
		while (end > 0 && text.charAt(end - 1) == ' ') {
			end--;
		}
		text.setLength(end);
	}

	private int trailingLineEnds() {
		int count = 0;
		while (count < 2 && count < text.length() && text.charAt(text.length() - 1 - count) == '\n') {
			count++;
		}
		return count;
	}

	private static boolean isHtmlWhiteSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
	}
}
