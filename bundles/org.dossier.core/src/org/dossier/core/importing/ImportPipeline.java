package org.dossier.core.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dossier.core.extracting.InstalledExtractor;
import org.dossier.core.store.DossierStore;
import org.dossier.core.store.DossierStoreException;
import org.dossier.core.store.Ids;
import org.dossier.internal.core.extracting.DocumentExtraction;
import org.dossier.internal.core.extracting.DossierEntityResolver;
import org.dossier.internal.core.registry.ExtractorDescriptor;
import org.dossier.internal.core.registry.ImporterDescriptor;
import org.dossier.internal.core.registry.Registries;
import org.dossier.model.DocumentEntry;
import org.dossier.model.Document;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Imports files into a dossier: each file is read by the importer for its extension, recognised as
 * a duplicate by its SHA-256, then normalised and annotated by the extractors, on several threads;
 * the documents are added to the dossier on the calling thread, which writes each one's file as it
 * comes, while the extraction of the next ones goes on, and frees its memory; it saves the index
 * every {@link ImportOptions#saveEvery()} documents and at the end, the only step that holds up the
 * extraction threads (they add entities to the index). A file that fails is reported and skipped;
 * the rest of the batch and the dossier are unharmed. Cancelling keeps what was imported.
 */
public final class ImportPipeline {

	private final List<ImporterDescriptor> importers;
	private final List<ExtractorDescriptor> extractors;

	/** The pipeline of the installed importers and extractors. */
	public ImportPipeline() {
		this(Registries.importers(), Registries.extractors());
	}

	/** A pipeline of given importers and extractors (for tests and embedding). */
	public ImportPipeline(List<ImporterDescriptor> importers, List<ExtractorDescriptor> extractors) {
		this.importers = List.copyOf(importers);
		this.extractors = Registries.inDependencyOrder(extractors);
	}

	/** The extractors this pipeline runs, in the order it runs them. */
	public List<InstalledExtractor> installedExtractors() {
		return extractors.stream().map(e -> new InstalledExtractor(e.id(), e.name(), e.isEnabledByDefault())).toList();
	}

	/** The file extensions some importer reads, sorted. */
	public List<String> readableExtensions() {
		return importers.stream().flatMap(i -> i.extensions().stream()).distinct().sorted().toList();
	}

	public ImportReport run(DossierStore store, List<Path> inputs, ImportOptions options, Consumer<FileOutcome> listener,
			IProgressMonitor monitor) throws DossierStoreException {
		long started = System.nanoTime();
		List<FileOutcome> outcomes = new ArrayList<>();
		Consumer<FileOutcome> report = outcome -> {
			outcomes.add(outcome);
			listener.accept(outcome);
		};
		List<Path> files = expand(inputs, report);
		SubMonitor progress = SubMonitor.convert(monitor, "Importing " + files.size() + " files", files.size());

		List<ExtractorDescriptor> enabled = extractors.stream()
				.filter(e -> e.isEnabledByDefault() && !options.disabledExtractors().contains(e.id())).toList();
		DossierEntityResolver entities = new DossierEntityResolver(store.getDossier());
		Set<String> checksums = ConcurrentHashMap.newKeySet();
		store.getDossier().getDocuments().stream().map(DocumentEntry::getChecksum).filter(c -> c != null).forEach(checksums::add);
		AtomicBoolean canceled = new AtomicBoolean();
		StepTimes times = new StepTimes();

		ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, options.threads()), runnable -> {
			Thread thread = new Thread(runnable, "Dossier import");
			thread.setDaemon(true);
			return thread;
		});
		CompletionService<Prepared> results = new ExecutorCompletionService<>(workers);
		for (Path file : files) {
			results.submit(() -> prepare(file, options, checksums, enabled, entities, times, canceled));
		}
		long importedBytes = 0;
		int notInSavedIndex = 0;
		try {
			for (int done = 0; done < files.size(); done++) {
				Prepared prepared = next(results, progress, canceled);
				if (prepared == null) {
					break;
				}
				progress.subTask(prepared.outcome.file().getFileName().toString());
				if (prepared.document != null) {
					long saving = StepTimes.threadTime();
					DocumentEntry entry = store.addDocument(prepared.document);
					entry.getWarnings().addAll(prepared.outcome.warnings());
					store.saveDocuments();
					store.releaseDocument(entry);
					times.add(StepTimes.SAVING, StepTimes.threadTime() - saving);
					importedBytes += prepared.document.getByteSize();
					if (++notInSavedIndex >= options.saveEvery()) {
						store.forceSavedDocuments();
						entities.whileLocked(store::save);
						notInSavedIndex = 0;
					}
				}
				report.accept(prepared.outcome);
				progress.worked(1);
			}
		} finally {
			workers.shutdownNow();
			awaitQuietly(workers);
			if (notInSavedIndex > 0) {
				store.forceSavedDocuments();
				entities.whileLocked(store::save);
			}
		}
		return new ImportReport(List.copyOf(outcomes), canceled.get(), System.nanoTime() - started, importedBytes,
				times.asMap());
	}

	private static Prepared next(CompletionService<Prepared> results, IProgressMonitor monitor, AtomicBoolean canceled) {
		while (true) {
			if (monitor.isCanceled()) {
				canceled.set(true);
				return null;
			}
			try {
				var future = results.poll(100, TimeUnit.MILLISECONDS);
				if (future != null) {
					return future.get();
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				canceled.set(true);
				return null;
			} catch (ExecutionException e) {
				throw new IllegalStateException("import worker failed", e.getCause());
			}
		}
	}

	private static void awaitQuietly(ExecutorService workers) {
		try {
			workers.awaitTermination(30, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** A file read, checked and annotated, ready to be added; or the reason it is not. */
	private record Prepared(FileOutcome outcome, Document document) {
	}

	private Prepared prepare(Path file, ImportOptions options, Set<String> checksums, List<ExtractorDescriptor> enabled,
			DossierEntityResolver entities, StepTimes times, AtomicBoolean canceled) {
		try {
			long reading = StepTimes.threadTime();
			ImportSource source = ImportSource.read(file, options.maxFileBytes());
			String checksum = source.checksum();
			if (!checksums.add(checksum)) {
				return new Prepared(new FileOutcome(file, FileOutcome.Status.DUPLICATE, null, null, 0,
						"same bytes as a document already in the dossier", List.of()), null);
			}
			Document document = importerFor(source).importer().read(source);
			document.setId(Ids.newId("d"));
			document.setOrigin(file.toAbsolutePath().normalize().toString());
			document.setChecksum(checksum);
			document.setByteSize(source.size());
			if (document.getTitle() == null || document.getTitle().isBlank()) {
				document.setTitle(file.getFileName().toString());
			}
			times.add(StepTimes.READING, StepTimes.threadTime() - reading);
			List<String> warnings = DocumentExtraction.run(document, enabled, entities, options.defaultLanguage(), times::add,
					canceled::get);
			return new Prepared(new FileOutcome(file, FileOutcome.Status.IMPORTED, document.getId(), document.getLanguage(),
					document.getAnnotations().size(), null, warnings), document);
		} catch (ImportException e) {
			return new Prepared(FileOutcome.failed(file, e.getMessage()), null);
		} catch (CoreException e) {
			return new Prepared(FileOutcome.failed(file, "importer not available: " + e.getStatus().getMessage()), null);
		} catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
			return new Prepared(FileOutcome.failed(file, "could not be imported (" + e + ")"), null);
		}
	}

	private ImporterDescriptor importerFor(ImportSource source) throws ImportException {
		String extension = source.extension();
		return importers.stream().filter(i -> i.extensions().contains(extension)).findFirst()
				.orElseThrow(() -> new ImportException((extension.isEmpty() ? "no file extension" : "no importer for ." + extension + " files")
						+ "; Dossier reads " + readableExtensions().stream().map(e -> "." + e).collect(Collectors.joining(", "))));
	}

	/** The files to import: files as given, folders walked (hidden files skipped), in a stable order. */
	private static List<Path> expand(List<Path> inputs, Consumer<FileOutcome> report) {
		List<Path> files = new ArrayList<>();
		for (Path input : inputs) {
			if (Files.isRegularFile(input)) {
				files.add(input);
			} else if (Files.isDirectory(input)) {
				try (Stream<Path> walk = Files.walk(input)) {
					walk.filter(Files::isRegularFile).filter(p -> !isHidden(input, p))
							.sorted(Comparator.comparing(p -> p.toString().toLowerCase(Locale.ROOT))).forEach(files::add);
				} catch (IOException e) {
					report.accept(FileOutcome.failed(input, "cannot list the folder (" + e.getMessage() + ")"));
				}
			} else {
				report.accept(FileOutcome.failed(input, "no such file or folder"));
			}
		}
		return files;
	}

	private static boolean isHidden(Path root, Path file) {
		for (Path part : root.relativize(file)) {
			if (part.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}
}
