package org.dossier.internal.nlp.extractors;

import org.dossier.core.extracting.ExtractionContext;
import org.dossier.core.extracting.Extractor;
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
 * Sprecherin") leaves the speaker unset. Scare quotes are not quotations.
 */
public final class QuoteExtractor implements Extractor {

	private final QuoteRecognizer recognizer = new QuoteRecognizer();

	@Override
	public void extract(ExtractionContext context) {
		for (Quotation found : recognizer.recognize(context.text())) {
			if (found.scareQuote() || found.nested()) {
				continue;
			}
			Quote quote = DossierFactory.eINSTANCE.createQuote();
			quote.setBegin(found.begin());
			quote.setEnd(found.end());
			found.speechVerb().ifPresent(verb -> quote.setSpeechVerb(verb.text()));
			found.speaker().ifPresent(speaker -> quote.setSpeaker(person(context, speaker.begin(), speaker.end())));
			context.add(quote);
		}
	}

	/** The person mentioned within a span, the last one if several ("the aide of minister X" is X). */
	private static Entity person(ExtractionContext context, int begin, int end) {
		Entity person = null;
		for (Annotation annotation : context.annotations()) {
			if (annotation instanceof Mention mention && mention.getBegin() >= begin && mention.getEnd() <= end
					&& mention.getEntity() != null && mention.getEntity().getKind() == EntityKind.PERSON) {
				person = mention.getEntity();
			}
		}
		return person;
	}
}
