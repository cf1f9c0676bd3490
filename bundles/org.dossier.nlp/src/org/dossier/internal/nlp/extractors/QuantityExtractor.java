package org.dossier.internal.nlp.extractors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.dossier.core.extracting.ExtractionContext;
import org.dossier.core.extracting.Extractor;
import org.dossier.model.Annotation;
import org.dossier.model.Citation;
import org.dossier.model.Coordinate;
import org.dossier.model.DateMention;
import org.dossier.model.DossierFactory;
import org.dossier.model.Mention;
import org.dossier.model.Quantity;
import org.dossier.model.QuantityKind;
import org.dossier.model.TableRegion;
import org.dossier.nlp.LanguageSpan;
import org.dossier.nlp.QuantityRecognizer;
import org.dossier.nlp.TextSpan;

/**
 * Figures of the prose with their normalised value, unit and kind. Runs after dates, coordinates, citations
 * and names, so that their numbers are not taken for figures, and after tables, whose bodies hold cell values
 * (found by the table extractor) rather than figures of the prose; a table's caption is prose. Paragraphs in
 * another language than the document's are read in theirs ("billion" is 10⁹ in English, 10¹² in French).
 */
public final class QuantityExtractor implements Extractor {

	@Override
	public void extract(ExtractionContext context) {
		String text = context.text();
		List<TextSpan> notQuantities = new ArrayList<>();
		List<LanguageSpan> otherLanguages = new ArrayList<>();
		for (Annotation annotation : context.annotations()) {
			if (annotation instanceof org.dossier.model.LanguageSpan stretch) {
				otherLanguages.add(new LanguageSpan(stretch.getBegin(), stretch.getEnd(),
						text.substring(stretch.getBegin(), stretch.getEnd()), stretch.getLanguage()));
			} else if (annotation instanceof TableRegion table) {
				notQuantities.add(new Taken(text, table.getBodyBegin(), table.getEnd()));
			} else if (annotation instanceof DateMention || annotation instanceof Coordinate || annotation instanceof Citation
					|| annotation instanceof Mention) {
				notQuantities.add(new Taken(text, annotation.getBegin(), annotation.getEnd()));
			}
		}
		otherLanguages.sort(Comparator.comparingInt(LanguageSpan::begin));
		QuantityRecognizer recognizer = new QuantityRecognizer(Languages.locale(context.language()));
		for (org.dossier.nlp.Quantity found : recognizer.recognize(text, notQuantities, otherLanguages)) {
			Quantity quantity = DossierFactory.eINSTANCE.createQuantity();
			quantity.setBegin(found.begin());
			quantity.setEnd(found.end());
			quantity.setValue(found.value());
			quantity.setUnit(found.unit().orElse(null));
			quantity.setKind(QuantityKind.get(found.kind().id()));
			context.add(quantity);
		}
	}

	/** A span of the document's text whose numbers are no figures of the prose. */
	private record Taken(String document, int begin, int end) implements TextSpan {

		@Override
		public String text() {
			return document.substring(begin, end);
		}
	}
}
