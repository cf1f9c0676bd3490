package org.dossier.nlp;

import java.util.Objects;

/**
 * A passage that repeats an earlier one of the same text, found by {@link DuplicatePassageRecognizer}.
 *
 * @param firstBegin where the first occurrence begins
 * @param firstEnd where the first occurrence ends
 */
public record DuplicatePassage(int begin, int end, String text, int firstBegin, int firstEnd) implements TextSpan {

	public DuplicatePassage {
		Objects.requireNonNull(text);
		if (firstEnd > begin) {
			throw new IllegalArgumentException("the first occurrence must end before the repetition begins");
		}
	}
}
