package org.dossier.internal.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Parses {@code dossier <command> [args]}, runs the command and maps the outcome to an exit status. */
public final class CommandLine {

	public static final int OK = 0;
	public static final int FAILED = 1;
	public static final int USAGE = 2;

	private final PrintStream out;
	private final PrintStream err;
	private final Map<String, Command> commands = new LinkedHashMap<>();

	public CommandLine(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
		register(new ImportCommand());
		register(new ExportCommand());
		register(new ListCommand());
		register(new BenchmarkCommand());
	}

	private void register(Command command) {
		commands.put(command.name(), command);
	}

	public int run(String[] args) {
		if (args.length == 0 || isHelp(args[0])) {
			out.print(usage());
			return args.length == 0 ? USAGE : OK;
		}
		if (args[0].equals("--version") || args[0].equals("version")) {
			out.println("dossier " + Version.current());
			return OK;
		}
		Command command = commands.get(args[0]);
		if (command == null) {
			err.println("dossier: unknown command '" + args[0] + "'; commands: " + String.join(", ", commands.keySet())
					+ " (dossier help)");
			return USAGE;
		}
		String[] commandArgs = Arrays.copyOfRange(args, 1, args.length);
		if (commandArgs.length == 1 && isHelp(commandArgs[0])) {
			out.println("usage: dossier " + command.usage());
			out.println(command.description());
			return OK;
		}
		try {
			return command.run(commandArgs, out, err);
		} catch (UsageException e) {
			err.println("dossier " + command.name() + ": " + e.getMessage() + "; usage: dossier " + command.usage());
			return USAGE;
		} catch (Exception e) {
			err.println("dossier " + command.name() + ": " + oneLine(e));
			return FAILED;
		}
	}

	private String usage() {
		StringBuilder text = new StringBuilder();
		text.append("usage: dossier                      open the workbench\n");
		for (Command command : commands.values()) {
			text.append(String.format("       dossier %-20s %s%n", command.usage(), command.description()));
		}
		text.append("       dossier help | --version\n");
		text.append("Exit status 0 on success, 1 when the command failed, 2 on wrong arguments.\n");
		return text.toString();
	}

	private static boolean isHelp(String arg) {
		return arg.equals("help") || arg.equals("--help") || arg.equals("-h");
	}

	static String oneLine(Throwable e) {
		String message = e.getMessage();
		if (message == null || message.isBlank()) {
			message = e.getClass().getSimpleName();
		}
		return message.replaceAll("\\s*\\R\\s*", " ");
	}
}
