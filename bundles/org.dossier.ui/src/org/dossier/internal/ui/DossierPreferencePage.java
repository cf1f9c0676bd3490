package org.dossier.internal.ui;

import org.dossier.core.extracting.InstalledExtractor;
import org.dossier.core.importing.ImportPipeline;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Window &gt; Preferences &gt; Dossier: how imports run (threads, size limit, memory use, the language of
 * documents too bare to tell, which extractors) and how often unsaved work is kept for recovery.
 */
public final class DossierPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public DossierPreferencePage() {
		super(GRID);
		setDescription("Import, extraction and recovery settings. They apply to the next import.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(DossierUiPlugin.getDefault().getPreferenceStore());
	}

	@Override
	protected void createFieldEditors() {
		IntegerFieldEditor threads = new IntegerFieldEditor(DossierPreferences.IMPORT_THREADS, "Import &threads:", getFieldEditorParent());
		threads.setValidRange(1, 64);
		addField(threads);
		IntegerFieldEditor maxSize = new IntegerFieldEditor(DossierPreferences.MAX_FILE_MB, "Largest file to import (&MB):", getFieldEditorParent());
		maxSize.setValidRange(1, 4096);
		addField(maxSize);
		IntegerFieldEditor saveEvery = new IntegerFieldEditor(DossierPreferences.SAVE_EVERY,
				"Save and free memory every N &documents:", getFieldEditorParent());
		saveEvery.setValidRange(1, 100_000);
		addField(saveEvery);
		addField(new ComboFieldEditor(DossierPreferences.DEFAULT_LANGUAGE, "&Language of documents too bare to tell:",
				new String[][] { { "undetermined", "und" }, { "French (fr)", "fr" }, { "German (de)", "de" }, { "English (en)", "en" },
						{ "Russian (ru)", "ru" } },
				getFieldEditorParent()));
		IntegerFieldEditor recovery = new IntegerFieldEditor(DossierUiPlugin.RECOVERY_INTERVAL,
				"Keep unsaved work for &recovery every N seconds:", getFieldEditorParent());
		recovery.setValidRange(5, 600);
		addField(recovery);

		Label extractors = new Label(getFieldEditorParent(), SWT.NONE);
		extractors.setText("Extractors to run on import:");
		extractors.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		for (InstalledExtractor extractor : new ImportPipeline().installedExtractors()) {
			addField(new BooleanFieldEditor(DossierPreferences.extractorKey(extractor.id()), extractor.name(), getFieldEditorParent()));
		}
	}
}
