package org.dossier.internal.cli;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless application behind {@code dossier <command>}: results on stdout, progress and errors on stderr. */
public final class DossierApplication implements IApplication {

	/**
	 * Libraries that log their recoverable problems (PDFBox: "Using fallback font ...") through
	 * java.util.logging would interleave them with the progress on stderr; the import report already
	 * says what failed. Held here so that the settings outlive garbage collection of the loggers.
	 */
	private static final List<Logger> QUIETED = Stream.of("org.apache.pdfbox", "org.apache.fontbox").map(Logger::getLogger).toList();

	@Override
	public Object start(IApplicationContext context) {
		QUIETED.forEach(logger -> logger.setLevel(Level.SEVERE));
		context.applicationRunning();
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		int status = new CommandLine(System.out, System.err).run(args == null ? new String[0] : args);
		System.out.flush();
		System.err.flush();
		return Integer.valueOf(status);
	}

	@Override
	public void stop() {
		// commands run to completion; nothing to interrupt
	}
}
