package org.dossier.internal.ui.views.facts;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a figure is of, read from the words after it: the first content word following it in the same
 * sentence ("45 % des électeurs" → "électeurs", "3,7 Millionen Euro für die Hilfe" → "Hilfe"). For a
 * count the extractor already took the counted word as its unit ("1,200 casualties" → "casualties").
 */
final class FigureNouns {

	/** How far after a figure its noun may be: a few short words. */
	private static final int LOOKAHEAD = 40;
	private static final int MAX_WORDS = 3;
	/** Articles, prepositions and conjunctions of fr, de, en and ru, which name nothing. */
	private static final Set<String> FUNCTION_WORDS = Set.copyOf(List.of(
			"of", "the", "a", "an", "in", "for", "to", "on", "at", "by", "and", "or", "per", "from", "with", "than", "were", "was", "are", "is",
			"de", "des", "du", "d", "la", "le", "les", "l", "en", "pour", "par", "et", "à", "au", "aux", "sur", "dans", "un", "une", "ont", "sont",
			"der", "die", "das", "den", "dem", "des", "für", "von", "vom", "im", "in", "auf", "und", "mit", "ein", "eine", "einen", "pro", "zum", "zur",
			"в", "во", "на", "по", "для", "и", "из", "от", "с", "к", "за", "о", "об", "у"));

	private FigureNouns() {
	}

	/**
	 * The noun of a quantity, or {@code null} when the text names nothing it is of.
	 *
	 * @param count whether the quantity is a count, whose unit is its noun
	 * @param unit  the quantity's unit
	 * @param text  the document's text, {@code null} when unknown
	 * @param end   the offset after the quantity
	 */
	static String of(boolean count, String unit, String text, int end) {
		if (count) {
			return unit == null || unit.isBlank() ? null : unit;
		}
		if (text == null || end < 0 || end > text.length()) {
			return null;
		}
		int limit = Math.min(text.length(), end + LOOKAHEAD);
		int position = end;
		for (int words = 0; words < MAX_WORDS; words++) {
			while (position < limit && !Character.isLetter(text.charAt(position))) {
				if (endsSentence(text.charAt(position))) {
					return null;
				}
				position++;
			}
			int start = position;
			while (position < limit && (Character.isLetter(text.charAt(position)) || text.charAt(position) == '-')) {
				position++;
			}
			if (start == position) {
				return null;
			}
			String word = text.substring(start, position);
			if (!FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
				return word;
			}
		}
		return null;
	}

	private static boolean endsSentence(char c) {
		return c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\n' || c == '(' || c == ')';
	}
}
