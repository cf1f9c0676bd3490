package org.dossier.internal.nlp.extractors;

import java.util.ArrayList;
import java.util.List;

import org.dossier.core.extracting.ExtractionContext;
import org.dossier.core.extracting.Extractor;
import org.dossier.model.Annotation;
import org.dossier.model.DossierFactory;
import org.dossier.model.Quantity;
import org.dossier.model.QuantityKind;
import org.dossier.nlp.QuantityRecognizer;
import org.dossier.nlp.TextSpan;

/**
 * Figures with their normalised value, unit and kind. Runs after dates and coordinates so that
 * their numbers are not taken for figures.
 */
public final class QuantityExtractor implements Extractor {

	@Override
	public void extract(ExtractionContext context) {
		List<TextSpan> notQuantities = new ArrayList<>();
		String text = context.text();
		for (Annotation annotation : context.annotations()) {
			notQuantities.add(new Found(annotation.getBegin(), annotation.getEnd(), text.substring(annotation.getBegin(), annotation.getEnd())));
		}
		QuantityRecognizer recognizer = new QuantityRecognizer(Languages.locale(context.language()));
		for (org.dossier.nlp.Quantity found : recognizer.recognize(text, notQuantities)) {
			Quantity quantity = DossierFactory.eINSTANCE.createQuantity();
			quantity.setBegin(found.begin());
			quantity.setEnd(found.end());
			quantity.setValue(found.value());
			quantity.setUnit(found.unit().orElse(null));
			quantity.setKind(QuantityKind.get(found.kind().id()));
			context.add(quantity);
		}
	}

	/** A span already taken by another annotation. */
	private record Found(int begin, int end, String text) implements TextSpan {
	}
}
