package org.dossier.nlp;

import java.util.List;

import org.dossier.internal.nlp.quotes.QuoteAttribution;
import org.dossier.internal.nlp.quotes.QuoteMarks;

/**
 * Finds quotations in French, German, English and Russian text and who is quoted.
 * <ul>
 * <li>Marks: «…» with or without spaces inside (French, Russian), “…” (English), „…“ and »…« (German),
 * "…" (straight), and inside them ‹…›, ›…‹, ‚…‘, ‘…’. A quotation runs over several paragraphs when each
 * new paragraph reopens it with its opening mark and the one before does not close it, as French and English
 * typography have it.</li>
 * <li>Speech verbs, listed per language in {@code org/dossier/internal/nlp/quotes/speech-verbs.txt} ("a
 * déclaré", "a affirmé", "selon", "said", "told", "according to", "sagte", "erklärte", "laut", "so",
 * "заявил", "сказала", "по словам" and many more), after the quotation ("«…», a déclaré X", "“…,” X said",
 * "“…,” said X", "„…“, sagte X", "„…“, so X", "«…», — заявил X") or before it in the same sentence ("X a
 * déclaré : «…»", "X said that “…”", "Selon X, «…»", "По словам X, «…»"). French inversions ("a-t-il
 * déclaré", "ajoute-t-elle") are understood.</li>
 * <li>Speakers: the name next to the verb, with its title or function ("le ministre Sergueï Lavrov", "die
 * Sprecherin", "Сергей Лавров"); an apposition gives way to the name before it ("Dmitry Peskov, the
 * Kremlin spokesman, said"). A pronoun ("he", "il", "sie", "он") is replaced by the speaker named last
 * before it in its paragraph or the two before; so is a verb whose subject is not next to it ("he avoided
 * an answer by stating that “…”"). A quotation with no speech verb near it takes the speaker of a quotation
 * before it in the same sentence, or the speaker introduced last before it in its paragraph or, when it
 * opens its paragraph, in the one before ("X said:" and the quotation in the next paragraph). See
 * {@link Quotation.Speaker#fromContext()}.</li>
 * <li>Scare quotes, and names or terms set in quotation marks, are flagged and not attributed: see
 * {@link Quotation#scareQuote()}.</li>
 * </ul>
 * Instances hold no state and can be shared between threads.
 */
public final class QuoteRecognizer {

	/** The quotations of a text, nested ones included, in the order of their opening marks. */
	public List<Quotation> recognize(String text) {
		if (!QuoteMarks.mayHoldQuotations(text)) {
			return List.of();
		}
		return new QuoteAttribution(text, QuoteMarks.find(text)).run();
	}
}
