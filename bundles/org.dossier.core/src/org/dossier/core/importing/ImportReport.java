package org.dossier.core.importing;

import java.util.List;
import java.util.Map;

/**
 * The outcome of every file of an import, in the order they finished; with the processor time, in
 * nanoseconds, of each step ({@link StepTimes}: reading, each extractor by id, saving), summed over
 * documents and threads.
 */
public record ImportReport(List<FileOutcome> files, boolean canceled, long elapsedNanos, long importedBytes,
		Map<String, Long> stepNanos) {

	public long count(FileOutcome.Status status) {
		return files.stream().filter(f -> f.status() == status).count();
	}

	public long annotations() {
		return files.stream().mapToLong(FileOutcome::annotations).sum();
	}
}
