package org.dossier.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dossier.internal.nlp.language.LanguageModel;
import org.dossier.internal.nlp.language.LanguageModel.Evidence;

/**
 * Tells which of French, German, English and Russian a text is written in, as a whole and paragraph by
 * paragraph.
 * <ul>
 * <li>Russian is told by its script: Cyrillic letters outnumbering the others. Ukrainian, Bulgarian and the
 * other Cyrillic languages are taken for Russian too.</li>
 * <li>French, German and English are told by the probability of their character trigrams, learnt from
 * sentences the project wrote, and by their function words ("the", "der", "les" ...), which decide the
 * short paragraphs: ten words are enough.</li>
 * <li>A stretch gets {@link #UNDETERMINED} ("und") when it has too few letters to tell (a heading of one or
 * two words, a number, a web address), when it is written mostly in another script, or when no language
 * scores clearly above the others. Web and e-mail addresses and numbers are left out of the evidence.</li>
 * </ul>
 * Only the first {@value #LONGEST_SAMPLE} characters of a paragraph are read, and fewer once one language
 * is far ahead: more do not change the answer, and this keeps the cost per document small whatever the
 * length of its paragraphs.
 * <p>
 * Instances hold no state and can be shared between threads.
 */
public final class LanguageIdentifier {

	public static final String UNDETERMINED = "und";
	/** The languages told apart, as BCP 47 tags. */
	public static final List<String> LANGUAGES = List.of("fr", "de", "en", "ru");
	private static final String RUSSIAN = "ru";

	/** Characters of a paragraph read to tell its language. */
	static final int LONGEST_SAMPLE = 3000;
	/** A Cyrillic word of this many letters is Russian enough. */
	private static final int MIN_CYRILLIC_LETTERS = 4;
	/** Fewer Latin letters or words than this, and French, German and English cannot be told apart. */
	private static final int MIN_LATIN_LETTERS = 12;
	private static final int MIN_LATIN_WORDS = 3;
	/**
	 * How much more likely, in natural log units, the best language must be than the next one: e^2, about
	 * seven times.
	 */
	private static final double MIN_MARGIN = 2.0;

	private final LanguageModel model = LanguageModel.get();

	/** The language of the text as a whole, and of each of its paragraphs. */
	public LanguageIdentification identify(String text) {
		List<LanguageSpan> paragraphs = new ArrayList<>();
		Map<String, Integer> charactersByLanguage = new HashMap<>();
		int length = text.length();
		int lineStart = 0;
		int paragraphBegin = -1;
		int paragraphEnd = -1;
		while (lineStart <= length) {
			int lineEnd = text.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = length;
			}
			int contentBegin = skipSpace(text, lineStart, lineEnd);
			if (contentBegin == lineEnd) {
				if (paragraphBegin >= 0) {
					addParagraph(text, paragraphBegin, paragraphEnd, paragraphs, charactersByLanguage);
					paragraphBegin = -1;
				}
			} else {
				if (paragraphBegin < 0) {
					paragraphBegin = contentBegin;
				}
				paragraphEnd = trimEnd(text, contentBegin, lineEnd);
			}
			lineStart = lineEnd + 1;
		}
		if (paragraphBegin >= 0) {
			addParagraph(text, paragraphBegin, paragraphEnd, paragraphs, charactersByLanguage);
		}
		String dominant = charactersByLanguage.entrySet().stream()
				.max(Map.Entry.comparingByValue())
				.map(Map.Entry::getKey)
				.orElse(UNDETERMINED);
		return new LanguageIdentification(dominant, paragraphs);
	}

	/**
	 * The language of a stretch of text taken as one, a sentence or a quotation say: "fr", "de", "en", "ru"
	 * or "und".
	 */
	public String languageOf(CharSequence text) {
		Evidence evidence = new Evidence();
		model.collect(text, 0, Math.min(text.length(), LONGEST_SAMPLE), evidence);
		return decide(evidence);
	}

	private void addParagraph(String text, int begin, int end, List<LanguageSpan> paragraphs,
			Map<String, Integer> charactersByLanguage) {
		Evidence evidence = new Evidence();
		model.collect(text, begin, Math.min(end, begin + LONGEST_SAMPLE), evidence);
		String language = decide(evidence);
		paragraphs.add(new LanguageSpan(begin, end, text.substring(begin, end), language));
		if (!language.equals(UNDETERMINED)) {
			charactersByLanguage.merge(language, end - begin, Integer::sum);
		}
	}

	private static String decide(Evidence evidence) {
		int latin = evidence.latinLetters();
		int cyrillic = evidence.cyrillicLetters();
		if (cyrillic >= latin && cyrillic >= evidence.otherLetters()) {
			return cyrillic >= MIN_CYRILLIC_LETTERS ? RUSSIAN : UNDETERMINED;
		}
		if (evidence.otherLetters() > latin || latin < MIN_LATIN_LETTERS || evidence.latinWords() < MIN_LATIN_WORDS) {
			return UNDETERMINED;
		}
		int best = -1;
		int second = -1;
		for (int language = 0; language < LanguageModel.LATIN_LANGUAGES.size(); language++) {
			if (best < 0 || evidence.score(language) > evidence.score(best)) {
				second = best;
				best = language;
			} else if (second < 0 || evidence.score(language) > evidence.score(second)) {
				second = language;
			}
		}
		if (evidence.score(best) - evidence.score(second) < MIN_MARGIN) {
			return UNDETERMINED;
		}
		return LanguageModel.LATIN_LANGUAGES.get(best);
	}

	private static int skipSpace(String text, int from, int to) {
		int k = from;
		while (k < to && Character.isWhitespace(text.charAt(k)) || k < to && Character.isSpaceChar(text.charAt(k))) {
			k++;
		}
		return k;
	}

	private static int trimEnd(String text, int from, int to) {
		int k = to;
		while (k > from && (Character.isWhitespace(text.charAt(k - 1)) || Character.isSpaceChar(text.charAt(k - 1)))) {
			k--;
		}
		return k;
	}
}
