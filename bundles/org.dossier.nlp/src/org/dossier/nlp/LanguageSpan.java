package org.dossier.nlp;

import java.util.Objects;

/**
 * A stretch of text, a paragraph for {@link LanguageIdentifier}, and the language it is written in.
 *
 * @param language a BCP 47 code: "fr", "de", "en", "ru", or "und" when the stretch is too short to tell or
 *            written in none of these
 */
public record LanguageSpan(int begin, int end, String text, String language) implements TextSpan {

	public LanguageSpan {
		Objects.requireNonNull(text);
		Objects.requireNonNull(language);
	}
}
