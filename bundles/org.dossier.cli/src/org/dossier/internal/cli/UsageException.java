package org.dossier.internal.cli;

/** Wrong arguments for a command; the message says which and why. */
final class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	UsageException(String message) {
		super(message);
	}
}
