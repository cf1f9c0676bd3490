package org.dossier.internal.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.dossier.core.exporting.ExportFormats;
import org.dossier.core.store.DossierStore;
import org.eclipse.core.runtime.NullProgressMonitor;

/** {@code dossier export <dossier-dir> --format <id> --output <file|dir>}. */
final class ExportCommand implements Command {

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String usage() {
		return "export <dossier-dir> --format <id> --output <file|dir>";
	}

	@Override
	public String description() {
		return "export a dossier; formats: " + ExportFormats.all().stream().map(ExportFormats.Format::id).collect(Collectors.joining(", "));
	}

	@Override
	public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
		String folder = null;
		String format = null;
		String output = null;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--format" -> format = Arguments.value(args, ++i, "--format");
			case "--output" -> output = Arguments.value(args, ++i, "--output");
			default -> {
				if (args[i].startsWith("--") || folder != null) {
					throw new UsageException("unexpected argument " + args[i]);
				}
				folder = args[i];
			}
			}
		}
		if (folder == null || format == null || output == null) {
			throw new UsageException("missing " + (folder == null ? "the dossier folder" : format == null ? "--format" : "--output"));
		}
		String formatId = format;
		if (ExportFormats.all().stream().noneMatch(f -> f.id().equals(formatId))) {
			throw new UsageException("unknown format '" + format + "'; formats: "
					+ ExportFormats.all().stream().map(ExportFormats.Format::id).collect(Collectors.joining(", ")));
		}
		try (DossierStore store = DossierStore.openReadOnly(Path.of(folder))) {
			ExportFormats.export(store, format, Path.of(output), new NullProgressMonitor());
			out.println("Exported " + store.getDossier().getDocuments().size() + " documents as " + format + " to " + output);
		}
		return CommandLine.OK;
	}
}
