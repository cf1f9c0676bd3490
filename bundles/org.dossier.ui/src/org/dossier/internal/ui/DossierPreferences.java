package org.dossier.internal.ui;

import java.util.HashSet;
import java.util.Set;

import org.dossier.core.extracting.InstalledExtractor;
import org.dossier.core.importing.ImportOptions;
import org.dossier.core.importing.ImportPipeline;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;

/** The workbench's import and recovery preferences: their keys, defaults, and the import options they make. */
public final class DossierPreferences extends AbstractPreferenceInitializer {

	public static final String IMPORT_THREADS = "importThreads";
	public static final String MAX_FILE_MB = "maxFileMegabytes";
	public static final String SAVE_EVERY = "saveEveryDocuments";
	public static final String DEFAULT_LANGUAGE = "defaultLanguage";
	private static final String EXTRACTOR_PREFIX = "extractor.";

	static String extractorKey(String extractorId) {
		return EXTRACTOR_PREFIX + extractorId;
	}

	@Override
	public void initializeDefaultPreferences() {
		IPreferenceStore store = DossierUiPlugin.getDefault().getPreferenceStore();
		ImportOptions defaults = ImportOptions.defaults();
		store.setDefault(IMPORT_THREADS, defaults.threads());
		store.setDefault(MAX_FILE_MB, (int) (defaults.maxFileBytes() / (1024 * 1024)));
		store.setDefault(SAVE_EVERY, defaults.saveEvery());
		store.setDefault(DEFAULT_LANGUAGE, defaults.defaultLanguage());
		store.setDefault(DossierUiPlugin.RECOVERY_INTERVAL, DossierUiPlugin.DEFAULT_RECOVERY_INTERVAL);
		for (InstalledExtractor extractor : new ImportPipeline().installedExtractors()) {
			store.setDefault(extractorKey(extractor.id()), extractor.enabledByDefault());
		}
	}

	/** The options of the next import, as the preferences set them. */
	public static ImportOptions importOptions(ImportPipeline pipeline) {
		IPreferenceStore store = DossierUiPlugin.getDefault().getPreferenceStore();
		Set<String> disabled = new HashSet<>();
		for (InstalledExtractor extractor : pipeline.installedExtractors()) {
			if (!store.getBoolean(extractorKey(extractor.id()))) {
				disabled.add(extractor.id());
			}
		}
		return new ImportOptions(Math.max(1, store.getInt(MAX_FILE_MB)) * 1024L * 1024L, Math.max(1, store.getInt(IMPORT_THREADS)),
				Math.max(1, store.getInt(SAVE_EVERY)), Set.copyOf(disabled), ImportOptions.UNDETERMINED)
				.withDefaultLanguage(store.getString(DEFAULT_LANGUAGE));
	}
}
