package org.dossier.internal.io.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dossier.core.exporting.Exporter;
import org.dossier.core.store.DossierStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Writes a dossier as a folder of CSV tables: one per kind of annotation, plus documents, entities,
 * references, claims, evidence, sources, tags and notes (see FORMAT.md in this bundle).
 * <p>
 * Documents are read one at a time and those the export loads are unloaded again, so a dossier of
 * any size is exported in the memory of one document. A document that cannot be read stops the
 * export with a message naming its file. Every table is written beside its final name
 * and all are put in place at the end: a failed or cancelled export leaves the folder as it was.
 * Other files in the folder are left alone.
 */
public final class DossierCsvExporter implements Exporter {

	@Override
	public void export(DossierStore store, Path output, IProgressMonitor monitor) throws IOException {
		int documents = store.getDossier().getDocuments().size();
		SubMonitor progress = SubMonitor.convert(monitor, "Exporting " + documents + " documents as CSV", documents);
		Path folder = output.toAbsolutePath().normalize();
		if (Files.exists(folder) && !Files.isDirectory(folder)) {
			throw new IOException(folder + ": is a file; the csv format writes a folder of tables");
		}
		Files.createDirectories(folder);
		DossierCsvWriter writer = new DossierCsvWriter(store, folder, progress);
		boolean written = false;
		try {
			writer.write();
			writer.commit();
			written = true;
		} finally {
			if (!written) {
				writer.discard();
			}
		}
	}
}
