package org.dossier.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.dossier.core.importing.FileOutcome;
import org.dossier.core.importing.ImportOptions;
import org.dossier.core.importing.ImportPipeline;
import org.dossier.core.importing.ImportReport;
import org.dossier.core.store.DossierStore;
import org.dossier.model.DocumentEntry;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * {@code dossier benchmark [<folder>] [--copies N]}: import + extraction speed, per language, on
 * one thread and on all cores, with the peak heap. The corpus is the texts of a folder (by default
 * the sample dossier's documents), each copied N times with a distinct first line so that none is
 * a duplicate. A measurement, printed as a table, then where the processor time of the one-thread runs
 * went: milliseconds per document of reading, of each extractor and of saving; nothing is asserted.
 */
final class BenchmarkCommand implements Command {

	@Override
	public String name() {
		return "benchmark";
	}

	@Override
	public String usage() {
		return "benchmark [<folder>] [--copies N]";
	}

	@Override
	public String description() {
		return "measure import + extraction speed per language (MB/s, documents/s, peak heap)";
	}

	@Override
	public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
		int copies = 50;
		Path source = null;
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--copies")) {
				copies = Arguments.positiveInt(args, ++i, "--copies");
			} else if (args[i].startsWith("--") || source != null) {
				throw new UsageException("unexpected argument " + args[i]);
			} else {
				source = Path.of(args[i]);
			}
		}
		Path work = Files.createTempDirectory("dossier-benchmark");
		try {
			Map<String, List<String>> texts = source == null ? sampleTexts() : folderTexts(source, work, err);
			int cores = Runtime.getRuntime().availableProcessors();
			// Warm-up: class loading, the gazetteer and JIT compilation would otherwise be measured as extraction.
			List<Path> warmUp = new ArrayList<>();
			for (Map.Entry<String, List<String>> language : texts.entrySet()) {
				warmUp.addAll(writeCorpus(work.resolve("warm-up-" + language.getKey()), language.getValue(), Math.max(1, copies / 2)));
			}
			measure(work.resolve("dossier-warm-up"), warmUp, cores);
			out.printf(Locale.ROOT, "Import + extraction, %d copies of each text; %d cores; Java %s%n", copies, cores,
					System.getProperty("java.version"));
			out.printf(Locale.ROOT, "%-8s %7s %9s %8s %10s %11s %10s%n", "language", "threads", "documents", "MB", "MB/s",
					"documents/s", "peak heap");
			Map<String, Measurement> oneThread = new TreeMap<>();
			for (Map.Entry<String, List<String>> language : texts.entrySet()) {
				List<Path> corpus = writeCorpus(work.resolve("corpus-" + language.getKey()), language.getValue(), copies);
				for (int threads : cores > 1 ? new int[] { 1, cores } : new int[] { 1 }) {
					Measurement measured = measure(work.resolve("dossier-" + language.getKey() + "-" + threads), corpus, threads);
					out.printf(Locale.ROOT, "%-8s %7d %9d %8.2f %10.2f %11.1f %7d MB%n", language.getKey(), threads, measured.documents,
							measured.megabytes, measured.megabytes / measured.seconds, measured.documents / measured.seconds,
							measured.peakHeapBytes / (1024 * 1024));
					if (threads == 1) {
						oneThread.put(language.getKey(), measured);
					}
				}
			}
			printSteps(out, oneThread);
		} finally {
			deleteTree(work);
		}
		return CommandLine.OK;
	}

	private record Measurement(int documents, double megabytes, double seconds, long peakHeapBytes, Map<String, Long> stepNanos) {

		long processorNanos() {
			return Math.max(1, stepNanos.values().stream().mapToLong(Long::longValue).sum());
		}
	}

	/**
	 * Processor milliseconds per document of each step, one column per language, their total, and what
	 * that makes in MB per processor-second: figures that other load on the machine does not change.
	 */
	private static void printSteps(PrintStream out, Map<String, Measurement> oneThread) {
		List<String> steps = oneThread.values().stream().flatMap(m -> m.stepNanos.keySet().stream()).distinct().toList();
		out.printf(Locale.ROOT, "%nProcessor milliseconds per document by step, 1 thread%n%-34s", "step");
		oneThread.keySet().forEach(language -> out.printf(Locale.ROOT, " %8s", language));
		out.printf(Locale.ROOT, "%n");
		for (String step : steps) {
			out.printf(Locale.ROOT, "%-34s", step);
			oneThread.values().forEach(m -> out.printf(Locale.ROOT, " %8.2f", m.stepNanos.getOrDefault(step, 0L) / 1e6 / Math.max(1, m.documents)));
			out.printf(Locale.ROOT, "%n");
		}
		out.printf(Locale.ROOT, "%-34s", "total");
		oneThread.values().forEach(m -> out.printf(Locale.ROOT, " %8.2f", m.processorNanos() / 1e6 / Math.max(1, m.documents)));
		out.printf(Locale.ROOT, "%n%-34s", "MB per processor-second");
		oneThread.values().forEach(m -> out.printf(Locale.ROOT, " %8.2f", m.megabytes / (m.processorNanos() / 1e9)));
		out.printf(Locale.ROOT, "%n");
	}

	private static Measurement measure(Path dossier, List<Path> corpus, int threads) throws Exception {
		System.gc();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		try (DossierStore store = DossierStore.create(dossier, "benchmark")) {
			ImportReport report = new ImportPipeline().run(store, corpus, ImportOptions.defaults().withThreads(threads), f -> {
			}, new NullProgressMonitor());
			long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
			if (report.count(FileOutcome.Status.FAILED) > 0) {
				throw new IOException("the benchmark corpus did not import: " + report.files().stream()
						.filter(f -> f.status() == FileOutcome.Status.FAILED).findFirst().orElseThrow().message());
			}
			return new Measurement((int) report.count(FileOutcome.Status.IMPORTED), report.importedBytes() / (1024.0 * 1024.0),
					report.elapsedNanos() / 1e9, peak, report.stepNanos());
		}
	}

	/** The texts of the sample dossier shipped with the product, by language. */
	private static Map<String, List<String>> sampleTexts() throws Exception {
		Path install = Path.of(org.eclipse.core.runtime.Platform.getInstallLocation().getURL().toURI());
		Path sample = install.resolve("samples/sample-dossier");
		Map<String, List<String>> texts = new TreeMap<>();
		try (DossierStore store = DossierStore.openReadOnly(sample)) {
			for (DocumentEntry entry : store.getDossier().getDocuments()) {
				texts.computeIfAbsent(entry.getLanguage(), l -> new ArrayList<>()).add(store.getDocument(entry).getText());
			}
		}
		return texts;
	}

	/** The texts of a folder's files, by language, as Dossier imports and identifies them. */
	private static Map<String, List<String>> folderTexts(Path folder, Path work, PrintStream err) throws Exception {
		Map<String, List<String>> texts = new TreeMap<>();
		try (DossierStore store = DossierStore.create(work.resolve("languages"), "languages")) {
			new ImportPipeline().run(store, List.of(folder), ImportOptions.defaults(), f -> {
				if (f.status() == FileOutcome.Status.FAILED) {
					err.println("skipped " + f.file() + ": " + f.message());
				}
			}, new NullProgressMonitor());
			for (DocumentEntry entry : store.getDossier().getDocuments()) {
				texts.computeIfAbsent(entry.getLanguage(), l -> new ArrayList<>()).add(store.getDocument(entry).getText());
			}
		}
		return texts;
	}

	private static List<Path> writeCorpus(Path folder, List<String> texts, int copies) throws IOException {
		Files.createDirectories(folder);
		List<Path> files = new ArrayList<>();
		for (int copy = 0; copy < copies; copy++) {
			for (int i = 0; i < texts.size(); i++) {
				Path file = folder.resolve("text-" + i + "-" + copy + ".txt");
				Files.writeString(file, folder.getFileName() + " copy " + copy + "\n\n" + texts.get(i), StandardCharsets.UTF_8);
				files.add(file);
			}
		}
		return files;
	}

	private static void deleteTree(Path root) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
