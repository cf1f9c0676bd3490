package org.dossier.nlp;

import java.util.List;
import java.util.Objects;

/**
 * A footnote or citation marker in running text: "[11]", "[11, 12]", "[3–5]", "(1)", "¹²", "^12".
 *
 * @param keys the numbers the marker cites, a range spelt out: "[3–5]" gives "3", "4", "5"
 * @param references the entries of the text's reference lists with those numbers, in the order of
 *            {@code keys}; fewer when some are missing, empty when the text has no list
 */
public record CitationMarker(int begin, int end, String text, Style style, List<String> keys,
		List<ReferenceEntry> references) implements TextSpan {

	/** How the marker is written. */
	public enum Style {
		/** "[11]", "[11, 12]", "[3–5]". */
		BRACKETS,
		/** "(1)" after a word or sentence. */
		PARENTHESES,
		/** "¹²". */
		SUPERSCRIPT,
		/** "^12", as PDF extraction leaves a superscript. */
		CARET
	}

	public CitationMarker {
		Objects.requireNonNull(text);
		Objects.requireNonNull(style);
		keys = List.copyOf(keys);
		references = List.copyOf(references);
	}
}
