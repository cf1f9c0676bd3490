package org.dossier.benchmark.gate;

import java.io.IOException;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import gate.Corpus;
import gate.CorpusController;
import gate.Document;
import gate.Factory;
import gate.Gate;
import gate.ProcessingResource;
import gate.creole.Plugin;
import gate.creole.ResourceReference;
import gate.creole.SerialController;
import gate.util.persistence.PersistenceManager;

/**
 * {@code GateBenchmark <folder> [--copies N]}: GATE's ANNIE application on the corpus that
 * {@code dossier benchmark} measures, printed in the same table. The corpus is the {@code .txt} files
 * of the folder, taken as English, each copied N times with a distinct first line; every copy is
 * created as a GATE document from its file and run through ANNIE, on one thread and on all cores (one
 * duplicate of the application per thread), after a warm-up on half as many copies.
 */
public final class GateBenchmark {

	private static final String ANNIE_VERSION = "9.1";

	private GateBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path source = null;
		int copies = 50;
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--copies") && i + 1 < args.length) {
				copies = Integer.parseInt(args[++i]);
			} else if (args[i].startsWith("--") || source != null) {
				throw new IllegalArgumentException("usage: GateBenchmark <folder> [--copies N]");
			} else {
				source = Path.of(args[i]);
			}
		}
		if (source == null || copies < 1) {
			throw new IllegalArgumentException("usage: GateBenchmark <folder> [--copies N]");
		}
		List<String> texts = folderTexts(source);
		if (texts.isEmpty()) {
			throw new IOException("no .txt file in " + source);
		}
		int cores = Runtime.getRuntime().availableProcessors();
		List<CorpusController> annie = loadAnnie(cores);
		Path work = Files.createTempDirectory("gate-benchmark");
		try {
			// Warm-up: class loading, the gazetteer and JIT compilation would otherwise be measured as extraction.
			measure(writeCorpus(work.resolve("warm-up-en"), texts, Math.max(1, copies / 2)), annie, cores);
			System.out.printf(Locale.ROOT, "GATE %s ANNIE %s (English), %d copies of each text; %d cores; Java %s%n", Gate.VERSION_STRING,
					ANNIE_VERSION, copies, cores, System.getProperty("java.version"));
			System.out.printf(Locale.ROOT, "%-8s %7s %9s %8s %10s %11s %10s%n", "language", "threads", "documents", "MB", "MB/s",
					"documents/s", "peak heap");
			List<Path> corpus = writeCorpus(work.resolve("corpus-en"), texts, copies);
			for (int threads : cores > 1 ? new int[] { 1, cores } : new int[] { 1 }) {
				Measurement measured = measure(corpus, annie, threads);
				// Dossier's columns, with one more decimal for MB/s and documents/s: GATE's figures are small
				System.out.printf(Locale.ROOT, "%-8s %7d %9d %8.2f %10.3f %11.2f %7d MB%n", "en", threads, measured.documents,
						measured.megabytes, measured.megabytes / measured.seconds, measured.documents / measured.seconds,
						measured.peakHeapBytes / (1024 * 1024));
			}
		} finally {
			deleteTree(work);
		}
	}

	/** GATE without user configuration, and ANNIE with its default resources, once per thread. */
	private static List<CorpusController> loadAnnie(int threads) throws Exception {
		Gate.runInSandbox(true);
		Gate.init();
		Plugin plugin = new Plugin.Maven("uk.ac.gate.plugins", "annie", ANNIE_VERSION);
		Gate.getCreoleRegister().registerPlugin(plugin);
		ResourceReference application = new ResourceReference(plugin, "resources/ANNIE_with_defaults.gapp");
		CorpusController annie = (CorpusController) PersistenceManager.loadObjectFromUri(application.toURI());
		System.err.println("ANNIE: " + ((SerialController) annie).getPRs().stream().map(ProcessingResource::getName).toList());
		List<CorpusController> controllers = new ArrayList<>(List.of(annie));
		while (controllers.size() < threads) {
			controllers.add((CorpusController) Factory.duplicate(annie));
		}
		return controllers;
	}

	private record Measurement(int documents, double megabytes, double seconds, long peakHeapBytes) {
	}

	private static Measurement measure(List<Path> files, List<CorpusController> annie, int threads) throws Exception {
		List<Corpus> corpora = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			corpora.add(Factory.newCorpus("benchmark " + i));
			annie.get(i).setCorpus(corpora.get(i));
		}
		long bytes = 0;
		for (Path file : files) {
			bytes += Files.size(file);
		}
		System.gc();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		long started = System.nanoTime();
		AtomicInteger next = new AtomicInteger();
		ExecutorService workers = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				CorpusController controller = annie.get(i);
				Corpus corpus = corpora.get(i);
				running.add(workers.submit(() -> {
					for (int f = next.getAndIncrement(); f < files.size(); f = next.getAndIncrement()) {
						process(files.get(f), controller, corpus);
					}
					return null;
				}));
			}
			for (Future<?> worker : running) {
				worker.get();
			}
		} finally {
			workers.shutdownNow();
		}
		long elapsed = System.nanoTime() - started;
		long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
		for (int i = 0; i < threads; i++) {
			annie.get(i).setCorpus(null);
			Factory.deleteResource(corpora.get(i));
		}
		return new Measurement(files.size(), bytes / (1024.0 * 1024.0), elapsed / 1e9, peak);
	}

	/** One document: created from its file, annotated by ANNIE, then let go (GATE keeps no store). */
	private static void process(Path file, CorpusController controller, Corpus corpus) throws Exception {
		Document document = Factory.newDocument(file.toUri().toURL(), StandardCharsets.UTF_8.name());
		try {
			corpus.add(document);
			controller.execute();
		} finally {
			corpus.clear();
			Factory.deleteResource(document);
		}
	}

	/** The texts of a folder's {@code .txt} files, in file name order. */
	private static List<String> folderTexts(Path folder) throws IOException {
		List<String> texts = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
				texts.add(Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		return texts;
	}

	/** As {@code dossier benchmark} writes its corpus: each copy begins with its own line. */
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
