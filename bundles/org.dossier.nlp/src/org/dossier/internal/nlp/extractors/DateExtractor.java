package org.dossier.internal.nlp.extractors;

import org.dossier.core.extracting.ExtractionContext;
import org.dossier.core.extracting.Extractor;
import org.dossier.model.DateMention;
import org.dossier.model.DossierFactory;
import org.dossier.nlp.DateRecognizer;

/**
 * Dates, normalised to ISO 8601; a date without its year takes the year of the latest full date
 * before it, else of the document's publication.
 */
public final class DateExtractor implements Extractor {

	@Override
	public void extract(ExtractionContext context) {
		DateRecognizer recognizer = new DateRecognizer().withYearFromPrecedingDates();
		Integer published = publicationYear(context.document().getPublishedAt());
		if (published != null) {
			recognizer = recognizer.withReferenceYear(published);
		}
		for (org.dossier.nlp.DateMention found : recognizer.recognize(context.text())) {
			DateMention date = DossierFactory.eINSTANCE.createDateMention();
			date.setBegin(found.begin());
			date.setEnd(found.end());
			date.setValue(found.value());
			if (found.yearInferred()) {
				date.setConfidence(0.7);
			}
			context.add(date);
		}
	}

	private static Integer publicationYear(String publishedAt) {
		if (publishedAt == null || publishedAt.length() < 4 || !publishedAt.substring(0, 4).chars().allMatch(Character::isDigit)) {
			return null;
		}
		return Integer.valueOf(publishedAt.substring(0, 4));
	}
}
