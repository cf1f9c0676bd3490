package org.dossier.internal.ui.views.references;

import org.dossier.internal.ui.views.facts.ReferenceFact;

/**
 * A bibliography entry of a document.
 *
 * @param document   the title of the document citing it
 * @param resolvedTo the title of the dossier document it cites, or "" when none is known
 */
record ReferenceRow(ReferenceFact fact, String document, String resolvedTo) {
}
