package org.dossier.internal.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.dossier.core.importing.FileOutcome;
import org.dossier.core.importing.ImportOptions;
import org.dossier.core.importing.ImportPipeline;
import org.dossier.core.importing.ImportReport;
import org.dossier.core.store.DossierStore;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * {@code dossier import <dossier-dir> <file|dir>...}: creates the dossier if needed, imports and
 * annotates the files; one progress line per file on stderr, the summary on stdout.
 */
final class ImportCommand implements Command {

	private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String usage() {
		return "import <dossier-dir> <file|dir>... [--threads N] [--max-size MB] [--language TAG]";
	}

	@Override
	public String description() {
		return "import files into a dossier (created if needed), extracting dates, figures, quotes, entities ...";
	}

	@Override
	public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
		ImportOptions options = ImportOptions.defaults();
		List<String> positional = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--threads" -> options = options.withThreads(Arguments.positiveInt(args, ++i, "--threads"));
			case "--max-size" -> options = options.withMaxFileBytes(Arguments.positiveInt(args, ++i, "--max-size") * 1024L * 1024L);
			case "--language" -> options = options.withDefaultLanguage(languageTag(args, ++i));
			default -> {
				if (args[i].startsWith("--")) {
					throw new UsageException("unknown option " + args[i]);
				}
				positional.add(args[i]);
			}
			}
		}
		if (positional.size() < 2) {
			throw new UsageException(positional.isEmpty() ? "missing the dossier folder and the files to import" : "missing the files to import");
		}
		Path folder = Path.of(positional.get(0));
		List<Path> inputs = positional.subList(1, positional.size()).stream().map(Path::of).toList();
		try (DossierStore store = DossierStore.isDossier(folder) ? DossierStore.open(folder)
				: DossierStore.create(folder, folder.toAbsolutePath().normalize().getFileName().toString())) {
			int[] seen = { 0 };
			ImportReport report = new ImportPipeline().run(store, inputs, options,
					outcome -> err.println("[" + ++seen[0] + "] " + describe(outcome)), new NullProgressMonitor());
			long failed = report.count(FileOutcome.Status.FAILED);
			out.printf(Locale.ROOT, "Imported %d of %d files into %s (%d duplicates, %d failed): %d annotations, %.1f MB in %.1f s%n",
					report.count(FileOutcome.Status.IMPORTED), report.files().size(), store.getFolder(),
					report.count(FileOutcome.Status.DUPLICATE), failed, report.annotations(),
					report.importedBytes() / (1024.0 * 1024.0), report.elapsedNanos() / 1e9);
			if (failed > 0) {
				err.println("dossier import: " + failed + " of " + report.files().size() + " files could not be imported (reasons above)");
				return CommandLine.FAILED;
			}
			return CommandLine.OK;
		}
	}

	/** The language of documents too bare to tell theirs: a BCP 47 tag such as fr, de, en, ru, or und. */
	private static String languageTag(String[] args, int index) throws UsageException {
		String tag = Arguments.value(args, index, "--language");
		if (!LANGUAGE_TAG.matcher(tag).matches()) {
			throw new UsageException("--language needs a language tag such as fr, de, en or ru, not '" + tag + "'");
		}
		return tag.toLowerCase(Locale.ROOT);
	}

	private static String describe(FileOutcome outcome) {
		String file = outcome.file().toString();
		return switch (outcome.status()) {
		case IMPORTED -> file + ": imported as " + outcome.documentId() + " (" + outcome.language() + ", " + outcome.annotations()
				+ " annotations)" + (outcome.warnings().isEmpty() ? "" : "; warnings: " + String.join("; ", outcome.warnings()));
		case DUPLICATE -> file + ": skipped, " + outcome.message();
		case FAILED -> file + ": FAILED, " + outcome.message();
		};
	}
}
