package org.dossier.core.store;

import org.dossier.model.Document;
import org.dossier.model.DocumentEntry;

/** Keeps a document's summary in the index in step with the document itself. */
public final class DocumentSummaries {

	private DocumentSummaries() {
	}

	public static void update(DocumentEntry entry, Document document) {
		entry.setId(document.getId());
		entry.setTitle(document.getTitle());
		entry.setLanguage(document.getLanguage());
		entry.setMediaType(document.getMediaType());
		entry.setOrigin(document.getOrigin());
		entry.setChecksum(document.getChecksum());
		entry.setPublishedAt(document.getPublishedAt());
		entry.setByteSize(document.getByteSize());
		entry.setAnnotationCount(document.getAnnotations().size());
		if (entry.getPublisher() != document.getPublisher()) {
			entry.setPublisher(document.getPublisher());
		}
	}
}
