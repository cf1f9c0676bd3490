package org.dossier.core.importing;

import java.nio.file.Path;
import java.util.List;

/**
 * What became of one file of an import.
 *
 * @param documentId  the new document's id when imported, the existing one's for a duplicate
 * @param message     for a failure the reason, for a duplicate the document it duplicates
 * @param warnings    problems that did not stop the import (an extractor that failed ...)
 */
public record FileOutcome(Path file, Status status, String documentId, String language, int annotations, String message,
		List<String> warnings) {

	public enum Status {
		IMPORTED, DUPLICATE, FAILED
	}

	static FileOutcome failed(Path file, String reason) {
		return new FileOutcome(file, Status.FAILED, null, null, 0, reason, List.of());
	}
}
