package org.dossier.core.importing;

/** A file could not be imported; the message is the reason, in one line, without the file name. */
public class ImportException extends Exception {

	private static final long serialVersionUID = 1L;

	public ImportException(String reason) {
		super(reason);
	}

	public ImportException(String reason, Throwable cause) {
		super(reason, cause);
	}
}
