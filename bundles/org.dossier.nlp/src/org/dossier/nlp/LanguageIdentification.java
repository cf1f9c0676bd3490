package org.dossier.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

	/**
	 * The stretches of the text written in another language than {@code documentLanguage}, in text order:
	 * consecutive paragraphs of one other language make one stretch, together with the paragraphs between
	 * them whose language could not be told. Empty when {@code documentLanguage} is none that
	 * {@link LanguageIdentifier} tells ({@link LanguageIdentifier#LANGUAGES}), for then every paragraph would
	 * seem to be in another language.
	 *
	 * @param text the text that was identified
	 * @param documentLanguage a BCP 47 tag; only its language subtag counts ("en-GB" is "en")
	 */
	public List<LanguageSpan> stretchesNotIn(String documentLanguage, String text) {
		String document = Locale.forLanguageTag(documentLanguage).getLanguage();
		List<LanguageSpan> stretches = new ArrayList<>();
		if (!LanguageIdentifier.LANGUAGES.contains(document)) {
			return stretches;
		}
		String current = null;
		int begin = -1;
		int end = -1;
		for (LanguageSpan paragraph : paragraphs) {
			String language = paragraph.language();
			if (language.equals(LanguageIdentifier.UNDETERMINED) || language.equals(current)) {
				end = language.equals(current) ? paragraph.end() : end;
				continue;
			}
			if (current != null) {
				stretches.add(new LanguageSpan(begin, end, text.substring(begin, end), current));
			}
			boolean other = !language.equals(document);
			current = other ? language : null;
			begin = paragraph.begin();
			end = paragraph.end();
		}
		if (current != null) {
			stretches.add(new LanguageSpan(begin, end, text.substring(begin, end), current));
		}
		return stretches;
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
