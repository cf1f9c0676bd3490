package org.dossier.internal.nlp.extractors;

import org.dossier.core.extracting.ExtractionContext;
import org.dossier.core.extracting.Extractor;
import org.dossier.model.DossierFactory;
import org.dossier.model.DuplicatePassage;
import org.dossier.nlp.DuplicatePassageRecognizer;

/**
 * Marks the passages a document repeats (a compilation repeating its title or an article), each pointing to
 * its first occurrence. The text keeps them, as the source has them: a repetition may itself be evidence.
 */
public final class DuplicatePassageExtractor implements Extractor {

	private final DuplicatePassageRecognizer recognizer = new DuplicatePassageRecognizer();

	@Override
	public void extract(ExtractionContext context) {
		for (org.dossier.nlp.DuplicatePassage found : recognizer.recognize(context.text(), context.document().getTitle())) {
			DuplicatePassage passage = DossierFactory.eINSTANCE.createDuplicatePassage();
			passage.setBegin(found.begin());
			passage.setEnd(found.end());
			passage.setFirstBegin(found.firstBegin());
			passage.setFirstEnd(found.firstEnd());
			context.add(passage);
		}
	}
}
