package org.dossier.internal.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.dossier.core.store.DossierStore;
import org.dossier.model.DocumentEntry;
import org.dossier.model.Dossier;

/** {@code dossier list <dossier-dir>}: the documents with language and annotation count, from the index alone. */
final class ListCommand implements Command {

	@Override
	public String name() {
		return "list";
	}

	@Override
	public String usage() {
		return "list <dossier-dir>";
	}

	@Override
	public String description() {
		return "list the documents of a dossier: id, language, annotations, title; then the warnings of their import";
	}

	@Override
	public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
		if (args.length != 1) {
			throw new UsageException(args.length == 0 ? "missing the dossier folder" : "too many arguments");
		}
		try (DossierStore store = DossierStore.openReadOnly(Path.of(args[0]))) {
			Dossier dossier = store.getDossier();
			int idWidth = 2;
			for (DocumentEntry entry : dossier.getDocuments()) {
				idWidth = Math.max(idWidth, length(entry.getId()));
			}
			String row = "%-" + idWidth + "s  %-5s  %11s  %s%n";
			out.printf(row, "ID", "LANG", "ANNOTATIONS", "TITLE");
			Map<String, Integer> languages = new TreeMap<>();
			long annotations = 0;
			for (DocumentEntry entry : dossier.getDocuments()) {
				String language = entry.getLanguage() == null || entry.getLanguage().isEmpty() ? "?" : entry.getLanguage();
				out.printf(row, entry.getId(), language, entry.getAnnotationCount(), text(entry.getTitle()));
				languages.merge(language, 1, Integer::sum);
				annotations += entry.getAnnotationCount();
			}
			int count = dossier.getDocuments().size();
			out.printf("%d document%s%s, %d annotation%s%n", count, count == 1 ? "" : "s",
					languages.isEmpty() ? "" : " " + languages.toString().replace('=', ' ').replace('{', '(').replace('}', ')'),
					annotations, annotations == 1 ? "" : "s");
			for (DocumentEntry entry : dossier.getDocuments()) {
				for (String warning : entry.getWarnings()) {
					out.printf("warning: %s: %s%n", entry.getId(), warning);
				}
			}
		}
		return CommandLine.OK;
	}

	private static int length(String text) {
		return text == null ? 0 : text.length();
	}

	private static String text(String title) {
		return title == null ? "(untitled)" : title.replaceAll("\\s+", " ");
	}
}
