package org.dossier.core.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A dossier could not be created, opened, read or saved. The message names the file concerned and
 * the reason, in one line fit for a user.
 */
public class DossierStoreException extends IOException {

	private static final long serialVersionUID = 1L;

	private final Path file;

	public DossierStoreException(Path file, String reason) {
		this(file, reason, null);
	}

	public DossierStoreException(Path file, String reason, Throwable cause) {
		super(file + ": " + reason, cause);
		this.file = file;
	}

	/** The file or folder the problem is about. */
	public Path getFile() {
		return file;
	}
}
