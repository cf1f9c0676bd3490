package org.dossier.internal.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a text: its content runs from {@code start} to {@code end}, its terminator (if any) from
 * {@code end} to {@code next}. {@code endsPage} tells that the terminator is a form feed, which PDF text
 * extractors write between pages.
 */
public record TextLine(int start, int end, int next, boolean endsPage) {

	/** Splits at every line terminator (LF, CR LF, CR, VT, NEL, LS, PS) and at form feeds. */
	public static List<TextLine> split(String text) {
		List<TextLine> lines = new ArrayList<>();
		int length = text.length();
		int start = 0;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (Characters.isLineTerminator(c)) {
				int next = c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
				lines.add(new TextLine(start, i, next, c == '\f'));
				start = next;
				i = next - 1;
			}
		}
		if (start < length) {
			lines.add(new TextLine(start, length, length, false));
		}
		return lines;
	}

	/** Offset of the first character that is not a space, or {@code end} for a blank line. */
	public int contentStart(String text) {
		int i = start;
		while (i < end && Characters.isSpace(text.charAt(i))) {
			i++;
		}
		return i;
	}

	/** Offset after the last character that is not a space, or {@code start} for a blank line. */
	public int contentEnd(String text) {
		int i = end;
		while (i > start && Characters.isSpace(text.charAt(i - 1))) {
			i--;
		}
		return i;
	}

	public boolean isBlank(String text) {
		return contentStart(text) == end;
	}

	/** The content without surrounding spaces and with inner runs of spaces reduced to one. */
	public String collapsedContent(String text) {
		StringBuilder collapsed = new StringBuilder(end - start);
		boolean pendingSpace = false;
		for (int i = contentStart(text), last = contentEnd(text); i < last; i++) {
			char c = text.charAt(i);
			if (Characters.isSpace(c)) {
				pendingSpace = true;
			} else {
				if (pendingSpace) {
					collapsed.append(' ');
					pendingSpace = false;
				}
				collapsed.append(c);
			}
		}
		return collapsed.toString();
	}
}
