package org.dossier.extraction.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dossier.core.importing.ImportOptions;
import org.dossier.core.importing.ImportPipeline;
import org.dossier.core.store.DossierStore;
import org.dossier.model.Document;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * One text written to a file, imported through the installed importers and extractors into a new dossier,
 * and that dossier opened read-only, as a later session would find it.
 */
final class ImportedText implements AutoCloseable {

	private final DossierStore store;

	private ImportedText(DossierStore store) {
		this.store = store;
	}

	/** Imports {@code text} as the file {@code fileName} into a new dossier in {@code folder}. */
	static ImportedText of(Path folder, String fileName, String text) throws Exception {
		Path file = Files.writeString(folder.resolve(fileName), text, StandardCharsets.UTF_8);
		Path dossier = folder.resolve("dossier");
		try (DossierStore store = DossierStore.create(dossier, fileName)) {
			new ImportPipeline().run(store, List.of(file), ImportOptions.defaults(), outcome -> {
			}, new NullProgressMonitor());
		}
		return new ImportedText(DossierStore.openReadOnly(dossier));
	}

	DossierStore store() {
		return store;
	}

	/** The imported document, as saved. */
	Document document() throws Exception {
		return store.getDocument(store.getDossier().getDocuments().get(0));
	}

	@Override
	public void close() {
		store.close();
	}
}
