package org.dossier.internal.nlp.extractors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
		List<EntityMention> mentions = recognizer.recognize(text, context.language());
		Map<String, EntityMention> definedAcronyms = definedAcronyms(text, mentions);
		for (EntityMention found : mentions) {
			EntityMention named = definedAcronyms.getOrDefault(found.text(), found);
			EntityKind kind = EntityKind.get(named.kind().id());
			Entity entity = context.entities().resolve(found.text(), named.canonicalName(), kind, MATCH_KEY);
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

	/**
	 * The acronyms the text defines by a name and the acronym in brackets right after it, "Tien Shan
	 * Geophysical Observatory (TGO)", "Геофизическая обсерватория «Тянь-Шань» (ГОТШ)", each with the mention
	 * of the name: every mention of the acronym in the text is then the named entity, not one of its own.
	 */
	private static Map<String, EntityMention> definedAcronyms(String text, List<EntityMention> mentions) {
		Map<String, EntityMention> acronyms = new HashMap<>();
		for (int k = 0; k + 1 < mentions.size(); k++) {
			EntityMention name = mentions.get(k);
			EntityMention acronym = mentions.get(k + 1);
			if (name.kind() == acronym.kind() && name.text().contains(" ") && isAcronym(acronym.text())
					&& text.substring(name.end(), acronym.begin()).strip().equals("(")
					&& acronym.end() < text.length() && text.charAt(acronym.end()) == ')') {
				acronyms.putIfAbsent(acronym.text(), name);
			}
		}
		return acronyms;
	}

	private static boolean isAcronym(String word) {
		return word.length() >= 2 && word.length() <= 8 && word.codePoints().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
	}
}
