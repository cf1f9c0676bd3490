package org.dossier.internal.ui.views.facts;

/**
 * How often one document mentions an entity.
 *
 * @param mentions      the number of mentions
 * @param firstMention  the first mention in text order
 */
public record EntityTally(int mentions, ModelAddress firstMention) {
}
