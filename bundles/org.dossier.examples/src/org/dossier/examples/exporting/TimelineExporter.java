package org.dossier.examples.exporting;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.dossier.core.exporting.Exporter;
import org.dossier.core.store.DossierStore;
import org.dossier.model.Annotation;
import org.dossier.model.DateMention;
import org.dossier.model.Document;
import org.dossier.model.DocumentEntry;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * A timeline of the dossier: every normalised date of every document in date order, with its document
 * and the words around it, as a Markdown table that reads as plain text and renders in any Markdown
 * viewer. Dates whose year the text does not give ({@code --06-02}) come last under their own heading;
 * dates that were not normalised are left out.
 * <p>
 * Documents are loaded one at a time and those the export loads are unloaded again, so the export
 * holds one document and one row per date. The file is written beside the output and moved over it at
 * the end: a failed or cancelled export leaves an earlier file as it was.
 */
public final class TimelineExporter implements Exporter {

	/** How many characters of context to show on either side of a date, at most. */
	private static final int CONTEXT = 40;

	private record Row(String date, String document, String passage) {
	}

	@Override
	public void export(DossierStore store, Path output, IProgressMonitor monitor) throws IOException {
		Path target = output.toAbsolutePath().normalize();
		if (Files.isDirectory(target)) {
			throw new IOException(target + ": is a folder; the timeline format writes one file");
		}
		List<DocumentEntry> entries = List.copyOf(store.getDossier().getDocuments());
		SubMonitor progress = SubMonitor.convert(monitor, "Collecting the dates of " + entries.size() + " documents", entries.size());
		List<Row> rows = new ArrayList<>();
		for (DocumentEntry entry : entries) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			boolean loadedBefore = store.isLoaded(entry);
			try {
				collectDates(store.getDocument(entry), rows);
			} finally {
				if (!loadedBefore) {
					store.unloadDocument(entry);
				}
			}
			progress.worked(1);
		}
		rows.sort(Comparator.comparing(Row::date).thenComparing(Row::document));
		Files.createDirectories(target.getParent());
		Path partial = target.resolveSibling("." + target.getFileName() + ".part");
		try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
			write(store.getDossier().getName(), entries.size(), rows, out);
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(partial);
			throw e;
		}
		moveOver(partial, target);
	}

	private static void collectDates(Document document, List<Row> rows) {
		String text = document.getText() == null ? "" : document.getText();
		String title = document.getTitle() == null || document.getTitle().isBlank() ? document.getId() : document.getTitle();
		for (Annotation annotation : document.getAnnotations()) {
			if (annotation instanceof DateMention date && date.getValue() != null && date.getBegin() >= 0
					&& date.getBegin() <= date.getEnd() && date.getEnd() <= text.length()) {
				rows.add(new Row(date.getValue(), title, passage(text, date.getBegin(), date.getEnd())));
			}
		}
	}

	/** The date in bold with up to {@value #CONTEXT} characters either side, cut at spaces, on one line. */
	private static String passage(String text, int begin, int end) {
		int from = Math.max(0, begin - CONTEXT);
		int to = Math.min(text.length(), end + CONTEXT);
		String before = text.substring(from, begin);
		String after = text.substring(end, to);
		if (from > 0) {
			before = "…" + before.substring(wordStart(before));
		}
		if (to < text.length()) {
			after = after.substring(0, wordEnd(after)) + "…";
		}
		return oneLine(before) + "**" + oneLine(text.substring(begin, end)) + "**" + oneLine(after);
	}

	/** After the first space, so that the context does not start in the middle of a word. */
	private static int wordStart(String context) {
		for (int i = 0; i < context.length(); i++) {
			if (Character.isWhitespace(context.charAt(i))) {
				return i + 1;
			}
		}
		return 0;
	}

	/** Before the last space, so that the context does not end in the middle of a word. */
	private static int wordEnd(String context) {
		for (int i = context.length() - 1; i >= 0; i--) {
			if (Character.isWhitespace(context.charAt(i))) {
				return i;
			}
		}
		return context.length();
	}

	private static void write(String dossierName, int documents, List<Row> rows, Writer out) throws IOException {
		out.write("# Timeline" + (dossierName == null || dossierName.isBlank() ? "" : ": " + cell(dossierName)) + "\n\n");
		out.write(rows.size() + (rows.size() == 1 ? " date" : " dates") + " in " + documents + (documents == 1 ? " document" : " documents")
				+ ", in date order.\n");
		List<Row> dated = rows.stream().filter(row -> !row.date().startsWith("--")).toList();
		List<Row> yearUnknown = rows.stream().filter(row -> row.date().startsWith("--")).toList();
		table(dated, out);
		if (!yearUnknown.isEmpty()) {
			out.write("\n## Year not stated\n");
			table(yearUnknown, out);
		}
	}

	private static void table(List<Row> rows, Writer out) throws IOException {
		if (rows.isEmpty()) {
			return;
		}
		out.write("\n| Date | Document | Passage |\n|---|---|---|\n");
		for (Row row : rows) {
			out.write("| " + cell(row.date()) + " | " + cell(row.document()) + " | " + row.passage() + " |\n");
		}
	}

	/** Whitespace runs, line breaks included, as one space: a table row is one line. Escaped as a cell. */
	private static String oneLine(String text) {
		return cell(text.replaceAll("\\s+", " "));
	}

	/** Markdown that would break the table or the emphasis, escaped. */
	private static String cell(String text) {
		return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("<", "&lt;").replaceAll("\\s*\\R\\s*", " ");
	}

	private static void moveOver(Path source, Path target) throws IOException {
		try {
			Files.move(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
