package org.dossier.nlp;

import java.util.Objects;
import java.util.Optional;

/**
 * A quotation found by {@link QuoteRecognizer}: the quoted words, the marks around them, and who said them.
 * Its {@link #begin()}, {@link #end()} and {@link #text()} are those of the quoted words without the
 * marks and the spaces inside them, as a Quote annotation holds them; a quotation over several paragraphs
 * keeps the marks that reopen each paragraph.
 *
 * @param markedBegin offset of the opening mark
 * @param markedEnd offset after the closing mark
 * @param markedText the whole quotation, marks included
 * @param speaker who is quoted, when the text says
 * @param speechVerb the words attributing the quotation as written, auxiliary included: "a déclaré",
 *            "said", "sagte", "заявил", "according to", "selon", "laut", "по словам"
 * @param scareQuote whether these are scare quotes, or marks around a name or term, rather than a
 *            quotation: one to three words that end no sentence, with no speech verb next to them ("the
 *            «référendum»", "«Ортау»"). Scare quotes are never attributed.
 * @param nested whether the quotation stands inside another one; it is not attributed either, being part of
 *            what the speaker of the outer one said
 */
public record Quotation(int begin, int end, String text, int markedBegin, int markedEnd, String markedText,
		Optional<Speaker> speaker, Optional<SpeechVerb> speechVerb, boolean scareQuote, boolean nested) implements TextSpan {

	public Quotation {
		Objects.requireNonNull(text);
		Objects.requireNonNull(markedText);
		Objects.requireNonNull(speaker);
		Objects.requireNonNull(speechVerb);
	}

	/**
	 * The words naming the speaker: a name, possibly with its title or function ("le ministre Sergueï
	 * Lavrov", "die Sprecherin", "Сергей Лавров").
	 *
	 * @param fromContext whether the speaker is not named next to the quotation but was taken from the text
	 *            before it: the one a pronoun stands for ("he said", "a-t-il déclaré"), the one introduced
	 *            before ("X said:" and the quotation in the next paragraph), or the speaker of the quotation
	 *            before it in the same sentence. The offsets are then those of that earlier mention.
	 */
	public record Speaker(int begin, int end, String text, boolean fromContext) implements TextSpan {

		public Speaker {
			Objects.requireNonNull(text);
		}
	}

	/** The words attributing a quotation, as written. */
	public record SpeechVerb(int begin, int end, String text) implements TextSpan {

		public SpeechVerb {
			Objects.requireNonNull(text);
		}
	}
}
