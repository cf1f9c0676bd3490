package org.dossier.internal.cli;

import java.io.PrintStream;

/** One {@code dossier <command>}. */
interface Command {

	String name();

	/** Arguments, as shown in usage lines: {@code list <dossier-dir>}. */
	String usage();

	String description();

	/**
	 * Runs the command.
	 *
	 * @return the exit status
	 * @throws UsageException when the arguments are wrong
	 * @throws Exception      any other failure, reported in one line
	 */
	int run(String[] args, PrintStream out, PrintStream err) throws Exception;
}
