package org.dossier.internal.ui.views.facts;

/**
 * Something in the dossier an analyst should look at.
 *
 * @param kind        what is wrong
 * @param description the details, naming the object
 * @param documentId  the document it is in, or {@code null} for a problem of the index (a claim)
 * @param document    that document's title, or ""
 * @param target      what to show: a Claim, the {@link ModelAddress} of an annotation or reference, a
 *                    DocumentEntry, or a {@link FigureConflicts.Group}
 */
public record Problem(ProblemKind kind, String description, String documentId, String document, Object target) {
}
