package org.dossier.internal.nlp.extractors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dossier.core.extracting.ExtractionContext;
import org.dossier.core.extracting.Extractor;
import org.dossier.internal.nlp.Paragraphs;
import org.dossier.model.Annotation;
import org.dossier.model.DossierFactory;
import org.dossier.model.Entity;
import org.dossier.model.EntityKind;
import org.dossier.model.Mention;
import org.dossier.model.Quote;
import org.dossier.nlp.QuoteRecognizer;
import org.dossier.nlp.Quotation;

/**
 * Quotations with their speakers. Runs after entity recognition: the speaker is the person mentioned
 * in the attribution ("le ministre Sergueï Lavrov" is Sergei Lavrov); a phrase naming no one ("die
 * Sprecherin", "a diplomat") leaves the speaker unset. Where the attribution names no person, the people
 * around the quotation decide:
 * <ul>
 * <li>with the speech verb after the quotation, the first person named after the verb in its sentence:
 * "„…“, sagte der Vorsitzende des Ausschusses, Klaus Brenner";</li>
 * <li>with no speaker phrase at all (or a pronoun the recogniser could not resolve, or words after a
 * preposition, which are no subject: "vor Journalisten sagte"), the person named last
 * before the quotation in its paragraph ("X joined by video link. “…”", "Selenskyj hat einmal gesagt,
 * Sicherheit sei „…“", "X arrived. “…,” he said"), or, for a quotation
 * opening a paragraph after one that ends with a colon, the person named last in that one ("X read out a
 * statement:" and the quotation below it).</li>
 * </ul>
 * Scare quotes are not quotations.
 */
public final class QuoteExtractor implements Extractor {

	/** Prepositions before words that cannot be the subject of a speech verb: "vor Journalisten sagte". */
	private static final Set<String> PREPOSITIONS = Set.of("before", "with", "for", "devant", "avec", "pour",
			"auprès", "vor", "mit", "für", "gegenüber", "bei", "перед", "для", "при");

	/** How far after its speech verb the person of a quotation is looked for, in characters. */
	private static final int LONGEST_APPOSITION = 120;

	private final QuoteRecognizer recognizer = new QuoteRecognizer();

	@Override
	public void extract(ExtractionContext context) {
		String text = context.text();
		List<Mention> persons = persons(context);
		List<Quotation> quotations = recognizer.recognize(text);
		for (Quotation found : quotations) {
			if (found.scareQuote() || found.nested()) {
				continue;
			}
			Quote quote = DossierFactory.eINSTANCE.createQuote();
			quote.setBegin(found.begin());
			quote.setEnd(found.end());
			found.speechVerb().ifPresent(verb -> quote.setSpeechVerb(verb.text()));
			Entity speaker = found.speaker().map(s -> personWithin(persons, s.begin(), s.end())).orElse(null);
			if (speaker == null) {
				speaker = speakerAround(text, persons, quotations, found);
			}
			quote.setSpeaker(speaker);
			context.add(quote);
		}
	}

	/** The mentions of people so far, in text order. */
	private static List<Mention> persons(ExtractionContext context) {
		List<Mention> persons = new ArrayList<>();
		for (Annotation annotation : context.annotations()) {
			if (annotation instanceof Mention mention && mention.getEntity() != null
					&& mention.getEntity().getKind() == EntityKind.PERSON) {
				persons.add(mention);
			}
		}
		persons.sort(Comparator.comparingInt(Mention::getBegin));
		return persons;
	}

	/** The person mentioned within a span, the last one if several ("the aide of minister X" is X). */
	private static Entity personWithin(List<Mention> persons, int begin, int end) {
		Entity person = null;
		for (Mention mention : persons) {
			if (mention.getBegin() >= begin && mention.getEnd() <= end) {
				person = mention.getEntity();
			}
		}
		return person;
	}

	/** The speaker of a quotation whose attribution names no person, from the people around it; or null. */
	private static Entity speakerAround(String text, List<Mention> persons, List<Quotation> quotations, Quotation found) {
		int verbBegin = found.speechVerb().map(verb -> verb.begin()).orElse(-1);
		if (verbBegin >= found.markedEnd()) {
			Entity after = firstPersonAfter(text, persons, quotations, found.speechVerb().get().end());
			if (after != null) {
				return after;
			}
		}
		if (found.speaker().isPresent() && !isNoSubject(text, found)) {
			return null; // named, but as no person: "a member of the delegation said"
		}
		int paragraph = Paragraphs.startOf(text, found.markedBegin());
		Entity before = lastPersonBetween(persons, quotations, paragraph, found.markedBegin());
		if (before == null && text.substring(paragraph, found.markedBegin()).isBlank() && paragraph > 0) {
			int previousEnd = text.substring(0, paragraph).stripTrailing().length();
			if (previousEnd > 0 && text.charAt(previousEnd - 1) == ':') {
				before = lastPersonBetween(persons, quotations, Paragraphs.startOf(text, previousEnd), previousEnd);
			}
		}
		return before;
	}

	/**
	 * Whether the words the recogniser took for the speaker follow a preposition that is not the speech
	 * words themselves: "X, der vor Journalisten sagte: „…“" is X's quotation, but "selon X", "according to X"
	 * name X.
	 */
	private static boolean isNoSubject(String text, Quotation found) {
		int speakerBegin = found.speaker().get().begin();
		boolean afterSpeechWords = found.speechVerb().map(verb -> verb.end() <= speakerBegin
				&& text.substring(verb.end(), speakerBegin).isBlank()).orElse(false);
		return !afterSpeechWords && afterPreposition(text, speakerBegin);
	}

	/** Whether a preposition stands right before {@code offset}, spaces aside. */
	private static boolean afterPreposition(String text, int offset) {
		int end = offset;
		while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		int start = end;
		while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
			start--;
		}
		return start < end && PREPOSITIONS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
	}

	/** The first person named after {@code offset} in its sentence, not far from it; or null. */
	private static Entity firstPersonAfter(String text, List<Mention> persons, List<Quotation> quotations, int offset) {
		for (Mention mention : persons) {
			if (mention.getBegin() >= offset) {
				boolean inSentence = mention.getBegin() - offset <= LONGEST_APPOSITION && !endsSentence(text, offset, mention.getBegin());
				return inSentence && !insideQuotation(quotations, mention) ? mention.getEntity() : null;
			}
		}
		return null;
	}

	private static Entity lastPersonBetween(List<Mention> persons, List<Quotation> quotations, int begin, int end) {
		Entity last = null;
		for (Mention mention : persons) {
			if (mention.getBegin() >= begin && mention.getEnd() <= end && !insideQuotation(quotations, mention)) {
				last = mention.getEntity();
			}
		}
		return last;
	}

	private static boolean insideQuotation(List<Quotation> quotations, Mention mention) {
		for (Quotation quotation : quotations) {
			if (mention.getBegin() >= quotation.markedBegin() && mention.getEnd() <= quotation.markedEnd()) {
				return true;
			}
		}
		return false;
	}

	/** Whether a sentence or a line ends between two offsets. */
	private static boolean endsSentence(String text, int from, int to) {
		for (int k = from; k < to; k++) {
			char c = text.charAt(k);
			if (c == '\n' || c == ';' || (c == '.' || c == '!' || c == '?') && k + 1 < to && Character.isWhitespace(text.charAt(k + 1))) {
				return true;
			}
		}
		return false;
	}
}
