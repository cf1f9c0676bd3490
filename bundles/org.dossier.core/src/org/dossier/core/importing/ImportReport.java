package org.dossier.core.importing;

import java.util.List;

/** The outcome of every file of an import, in the order they finished. */
public record ImportReport(List<FileOutcome> files, boolean canceled, long elapsedNanos, long importedBytes) {

	public long count(FileOutcome.Status status) {
		return files.stream().filter(f -> f.status() == status).count();
	}

	public long annotations() {
		return files.stream().mapToLong(FileOutcome::annotations).sum();
	}
}
