package org.dossier.core.importing;

import java.util.Set;

/**
 * How an import runs.
 *
 * @param maxFileBytes        files larger than this are refused before they are read
 * @param threads             documents imported and extracted at once
 * @param saveEvery           documents after which the index is saved; each document's file is
 *                            written, and its memory freed, as it comes
 * @param disabledExtractors  ids of extractors not to run
 * @param defaultLanguage     the language (BCP 47) of a document whose text is too short or too bare
 *                            (tables of numbers, a heading) to tell it, and that states none;
 *                            {@code "und"} to leave it undetermined
 */
public record ImportOptions(long maxFileBytes, int threads, int saveEvery, Set<String> disabledExtractors, String defaultLanguage) {

	public static final String UNDETERMINED = "und";

	public static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024;

	public static ImportOptions defaults() {
		return new ImportOptions(DEFAULT_MAX_FILE_BYTES, Runtime.getRuntime().availableProcessors(), 200, Set.of(), UNDETERMINED);
	}

	public ImportOptions withThreads(int count) {
		return new ImportOptions(maxFileBytes, Math.max(1, count), saveEvery, disabledExtractors, defaultLanguage);
	}

	public ImportOptions withMaxFileBytes(long bytes) {
		return new ImportOptions(bytes, threads, saveEvery, disabledExtractors, defaultLanguage);
	}

	public ImportOptions withDefaultLanguage(String language) {
		return new ImportOptions(maxFileBytes, threads, saveEvery, disabledExtractors,
				language == null || language.isBlank() ? UNDETERMINED : language.strip());
	}
}
