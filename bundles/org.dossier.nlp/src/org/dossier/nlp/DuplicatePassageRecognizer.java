package org.dossier.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dossier.internal.nlp.TextLine;

/**
 * Finds passages that a text repeats: a compilation that repeats its title, an article or a paragraph. Lines
 * are compared whole, ignoring case and how much white space stands between words; a passage is a run of
 * repeated lines whose first occurrences follow one another in the same order. A passage counts when it
 * holds at least {@value #MIN_LETTERS} letters, so that a repeated short line ("Reuters", "Table 1", a
 * column heading) does not, or when it starts with the document's title.
 * <p>
 * Instances hold no state and can be shared between threads.
 */
public final class DuplicatePassageRecognizer {

	static final int MIN_LETTERS = 60;

	/**
	 * The repetitions in {@code text}, in text order; each names its first occurrence.
	 *
	 * @param title the document's title, whose repetition counts however short it is; null when unknown
	 */
	public List<DuplicatePassage> recognize(String text, String title) {
		List<TextLine> lines = new ArrayList<>();
		for (TextLine line : TextLine.split(text)) {
			if (!line.isBlank(text)) {
				lines.add(line);
			}
		}
		String[] keys = new String[lines.size()];
		int[] firstOccurrence = new int[lines.size()];
		Map<String, Integer> firstByKey = new HashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			keys[i] = key(text, lines.get(i).contentStart(text), lines.get(i).contentEnd(text));
			Integer first = firstByKey.putIfAbsent(keys[i], i);
			firstOccurrence[i] = first == null ? -1 : first;
		}
		String titleKey = title == null || title.isBlank() ? null : key(title, 0, title.length());
		List<DuplicatePassage> passages = new ArrayList<>();
		int i = 0;
		while (i < lines.size()) {
			if (firstOccurrence[i] < 0) {
				i++;
				continue;
			}
			int last = i;
			while (last + 1 < lines.size() && firstOccurrence[last + 1] == firstOccurrence[last] + 1
					&& firstOccurrence[last + 1] < i) {
				last++;
			}
			int begin = lines.get(i).contentStart(text);
			int end = lines.get(last).contentEnd(text);
			if (letters(text, begin, end) >= MIN_LETTERS || keys[i].equals(titleKey)) {
				passages.add(new DuplicatePassage(begin, end, text.substring(begin, end),
						lines.get(firstOccurrence[i]).contentStart(text), lines.get(firstOccurrence[last]).contentEnd(text)));
			}
			i = last + 1;
		}
		return passages;
	}

	/** The line in lower case with each run of white space as one space. */
	private static String key(String text, int begin, int end) {
		if (spacedSimply(text, begin, end)) {
			return text.substring(begin, end).toLowerCase(Locale.ROOT);
		}
		StringBuilder key = new StringBuilder(end - begin);
		boolean space = false;
		for (int i = begin; i < end; i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				space = key.length() > 0;
			} else {
				if (space) {
					key.append(' ');
					space = false;
				}
				key.append(c);
			}
		}
		return key.toString().toLowerCase(Locale.ROOT);
	}

	/** Whether the only white space between {@code begin} and {@code end} is single ordinary spaces, as in most lines. */
	private static boolean spacedSimply(String text, int begin, int end) {
		boolean afterSpace = true;
		for (int i = begin; i < end; i++) {
			char c = text.charAt(i);
			boolean space = c == ' ';
			if (space && afterSpace || !space && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
				return false;
			}
			afterSpace = space;
		}
		return !afterSpace || begin == end;
	}

	private static int letters(String text, int begin, int end) {
		int letters = 0;
		for (int i = begin; i < end; i++) {
			letters += Character.isLetter(text.charAt(i)) ? 1 : 0;
		}
		return letters;
	}
}
