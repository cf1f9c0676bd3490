package org.dossier.core.importing;

import org.dossier.model.Document;

/**
 * Reads one source file into a {@link Document}: its text (as faithful to the source as the format
 * allows; normalisation comes later) and whatever metadata the file states (title, language,
 * publication date, authors). Contributed through the {@code org.dossier.core.importers} extension
 * point. Implementations are used from several threads at once and must keep no per-file state.
 *
 * @since 0.1
 */
public interface Importer {

	/**
	 * @throws ImportException with a one-line reason a user can act on ("not a PDF: no %PDF header",
	 *                         "truncated: no end of file marker") when the file cannot be read
	 */
	Document read(ImportSource source) throws ImportException;
}
