package org.dossier.internal.core.store;

import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.resource.Resource;
import org.xml.sax.SAXParseException;

/** Turns what EMF and the XML parser throw into one line a user can act on. */
public final class LoadProblems {

	private LoadProblems() {
	}

	public static String describe(Throwable problem) {
		Throwable cause = unwrap(problem);
		if (cause instanceof SAXParseException parse) {
			return "malformed XML at line " + parse.getLineNumber() + ", column " + parse.getColumnNumber() + ": "
					+ parse.getMessage();
		}
		if (cause instanceof Resource.Diagnostic diagnostic) {
			return describe(diagnostic);
		}
		if (cause instanceof java.nio.file.NoSuchFileException || cause instanceof java.io.FileNotFoundException) {
			return "the file is missing";
		}
		if (cause instanceof ClassCastException || cause instanceof IllegalArgumentException) {
			return "not a Dossier file of this version (" + cause.getMessage() + ")";
		}
		String message = cause.getMessage();
		return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
	}

	public static String describe(Resource.Diagnostic problem) {
		if (problem instanceof Throwable throwable && unwrap(throwable) instanceof SAXParseException) {
			return describe(throwable);
		}
		String message = String.valueOf(problem.getMessage()).replaceFirst(" \\([^()]*, \\d+, \\d+\\)$", "");
		return "not readable as a Dossier file at line " + problem.getLine() + ", column " + problem.getColumn() + ": " + message;
	}

	private static Throwable unwrap(Throwable problem) {
		Throwable current = problem;
		while (true) {
			Throwable next = null;
			if (current instanceof WrappedException wrapped) {
				next = wrapped.exception();
			} else if (current instanceof Resource.IOWrappedException wrapped) {
				next = wrapped.getCause();
			} else if (current instanceof org.eclipse.emf.ecore.xmi.XMIException xmi) {
				next = xmi.getCause() != null ? xmi.getCause() : xmi.getWrappedException();
			}
			if (next == null || next == current) {
				return current;
			}
			current = next;
		}
	}
}
