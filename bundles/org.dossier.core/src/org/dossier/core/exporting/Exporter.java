package org.dossier.core.exporting;

import java.io.IOException;
import java.nio.file.Path;

import org.dossier.core.store.DossierStore;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Writes a dossier in a format other tools read. Contributed through the
 * {@code org.dossier.core.exporters} extension point under a permanent format id ("json", "csv" ...).
 *
 * @since 0.1
 */
public interface Exporter {

	/**
	 * @param output a file or a folder, as the exporter's {@code output} attribute declares; created
	 *               or replaced
	 */
	void export(DossierStore store, Path output, IProgressMonitor monitor) throws IOException;
}
