package org.dossier.internal.cli;

/** Values of command-line options, with usage errors that name the option. */
final class Arguments {

	private Arguments() {
	}

	static String value(String[] args, int index, String option) throws UsageException {
		if (index >= args.length || args[index].startsWith("--")) {
			throw new UsageException(option + " needs a value");
		}
		return args[index];
	}

	static int positiveInt(String[] args, int index, String option) throws UsageException {
		String value = value(args, index, option);
		try {
			int number = Integer.parseInt(value);
			if (number > 0) {
				return number;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException(option + " needs a positive whole number, not '" + value + "'");
	}
}
