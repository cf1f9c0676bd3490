package org.dossier.core.exporting;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.dossier.core.store.DossierStore;
import org.dossier.internal.core.registry.ExporterDescriptor;
import org.dossier.internal.core.registry.Registries;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/** The export formats installed (contributions to {@code org.dossier.core.exporters}) and exporting in one. */
public final class ExportFormats {

	/** An installed format: its permanent id, its name, and whether it writes a folder or one file. */
	public record Format(String id, String name, boolean writesFolder, String extension) {
	}

	private ExportFormats() {
	}

	public static List<Format> all() {
		return Registries.exporters().stream().map(d -> new Format(d.id(), d.name(), d.writesFolder(), d.extension())).toList();
	}

	/**
	 * Exports a dossier in a format.
	 *
	 * @throws IOException naming the format when no such format is installed or it cannot run
	 */
	public static void export(DossierStore store, String formatId, Path output, IProgressMonitor monitor) throws IOException {
		ExporterDescriptor descriptor = Registries.exporters().stream().filter(d -> d.id().equals(formatId)).findFirst()
				.orElseThrow(() -> new IOException("unknown format '" + formatId + "'; formats: "
						+ String.join(", ", all().stream().map(Format::id).toList())));
		try {
			descriptor.exporter().export(store, output, monitor);
		} catch (CoreException e) {
			throw new IOException("the " + formatId + " exporter is not available: " + e.getStatus().getMessage(), e);
		}
	}
}
