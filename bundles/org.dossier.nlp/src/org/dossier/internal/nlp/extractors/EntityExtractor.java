package org.dossier.internal.nlp.extractors;

import java.util.function.UnaryOperator;

import org.dossier.core.extracting.ExtractionContext;
import org.dossier.core.extracting.Extractor;
import org.dossier.model.DossierFactory;
import org.dossier.model.Entity;
import org.dossier.model.EntityKind;
import org.dossier.model.Mention;
import org.dossier.nlp.EntityMention;
import org.dossier.nlp.EntityRecognizer;

/**
 * People, organisations and places, each mention resolved to one entity of the dossier across
 * documents and languages: by alias, and by a key that folds transliterations (Lavrov, Lawrow, Лавров).
 * Places the gazetteer knows get their coordinates. Runs after the citation extractor and leaves the
 * entries of reference lists alone: their authors, places of publication and title words are parts of a
 * bibliographic record, not actors of the text ("Falk J. Energieklassen" would otherwise become a person
 * and "Energieklassen" in the prose one of their names).
 */
public final class EntityExtractor implements Extractor {

	private static final UnaryOperator<String> MATCH_KEY = EntityRecognizer::matchKey;

	private final EntityRecognizer recognizer = new EntityRecognizer();

	@Override
	public void extract(ExtractionContext context) {
		String text = ReferenceEntries.blanked(context.text(), context.document().getReferences());
		for (EntityMention found : recognizer.recognize(text, context.language())) {
			EntityKind kind = EntityKind.get(found.kind().id());
			Entity entity = context.entities().resolve(found.text(), found.canonicalName(), kind, MATCH_KEY);
			if (found.hasCoordinates() && entity.getLat() == null) {
				synchronized (context.entities()) {
					entity.setLat(found.lat());
					entity.setLon(found.lon());
				}
			}
			Mention mention = DossierFactory.eINSTANCE.createMention();
			mention.setBegin(found.begin());
			mention.setEnd(found.end());
			mention.setEntity(entity);
			mention.setConfidence(found.confidence());
			context.add(mention);
		}
	}
}
