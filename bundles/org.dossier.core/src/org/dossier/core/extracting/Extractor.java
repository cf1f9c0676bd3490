package org.dossier.core.extracting;

/**
 * Finds annotations of one kind in a document's text: dates, quantities, quotations, entity
 * mentions ... Contributed through the {@code org.dossier.core.extractors} extension point, which
 * states the languages it handles and the extractors that must run before it. The pipeline runs
 * extractors on many documents at once: implementations keep no per-document state.
 *
 * @since 0.1
 */
public interface Extractor {

	void extract(ExtractionContext context);
}
