package org.dossier.core.extracting;

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
}
