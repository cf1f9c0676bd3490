package org.dossier.core.extracting;

import java.util.function.UnaryOperator;

import org.dossier.model.Entity;
import org.dossier.model.EntityKind;

/**
 * Resolves surface forms to the dossier's entities, across documents and languages: the same
 * entity for every alias it is known by. Safe to use from several extraction threads.
 */
public interface EntityResolver {

	/**
	 * The entity known by this name or one of its aliases, or a new one of that kind; the surface
	 * form becomes one of its aliases.
	 *
	 * @param canonicalName the name to give a new entity, e.g. the gazetteer's English name; may be
	 *                      the surface form itself
	 */
	Entity resolve(String surface, String canonicalName, EntityKind kind);

	/**
	 * Like {@link #resolve(String, String, EntityKind)}, and also finds an entity of the same kind one
	 * of whose names has the same key: a key that folds spellings across languages and scripts
	 * (Zelensky, Selenskyj, Зеленский), given by the extractor that knows how.
	 *
	 * @param keyOf a key function; pass the same instance every time (a constant), the resolver indexes by it
	 */
	Entity resolve(String surface, String canonicalName, EntityKind kind, UnaryOperator<String> keyOf);
}
