package org.dossier.nlp;

import java.util.List;
import java.util.Objects;

/**
 * The languages of a text: the one most of it is written in, and that of each paragraph.
 *
 * @param language the language most of the text is written in, counting the characters of the paragraphs
 *            whose language could be told; "und" when none could
 * @param paragraphs the paragraphs of the text (separated by blank lines), in text order, each with its
 *            language
 */
public record LanguageIdentification(String language, List<LanguageSpan> paragraphs) {

	public LanguageIdentification {
		Objects.requireNonNull(language);
		paragraphs = List.copyOf(paragraphs);
	}

	/** Whether paragraphs in more than one language were found. */
	public boolean isMixed() {
		return paragraphs.stream()
				.map(LanguageSpan::language)
				.filter(language -> !language.equals(LanguageIdentifier.UNDETERMINED))
				.distinct()
				.count() > 1;
	}
}
