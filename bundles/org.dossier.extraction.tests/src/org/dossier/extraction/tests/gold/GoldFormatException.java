package org.dossier.extraction.tests.gold;

/** A gold file that does not follow the annotation format; the message names the file, line and column. */
public class GoldFormatException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	public GoldFormatException(String message) {
		super(message);
	}
}
