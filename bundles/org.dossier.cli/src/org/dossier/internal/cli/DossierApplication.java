package org.dossier.internal.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless application behind {@code dossier <command>}: results on stdout, progress and errors on stderr. */
public final class DossierApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
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
