package org.dossier.core.tests.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dossier.core.extracting.ExtractionContext;
import org.dossier.core.extracting.Extractor;
import org.dossier.core.importing.FileOutcome;
import org.dossier.core.importing.FileOutcome.Status;
import org.dossier.core.importing.ImportException;
import org.dossier.core.importing.ImportOptions;
import org.dossier.core.importing.ImportPipeline;
import org.dossier.core.importing.ImportReport;
import org.dossier.core.importing.Importer;
import org.dossier.core.importing.StepTimes;
import org.dossier.core.store.DossierStore;
import org.dossier.internal.core.registry.ExtractorDescriptor;
import org.dossier.internal.core.registry.ImporterDescriptor;
import org.dossier.model.Annotation;
import org.dossier.model.DateMention;
import org.dossier.model.Document;
import org.dossier.model.DocumentEntry;
import org.dossier.model.DossierFactory;
import org.dossier.model.EntityKind;
import org.dossier.model.Mention;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import pipeline with importers and extractors written for the test, so it checks the pipeline alone. */
class ImportPipelineTest {

	@TempDir
	Path temp;

	/** Reads .note files as UTF-8 text; refuses files that start with "BROKEN". */
	private static final Importer NOTES = source -> {
		String text = new String(source.bytes(), StandardCharsets.UTF_8);
		if (text.startsWith("BROKEN")) {
			throw new ImportException("not a note: it starts with BROKEN");
		}
		Document document = DossierFactory.eINSTANCE.createDocument();
		document.setText(text);
		document.setMediaType("text/x-note");
		return document;
	};

	/** Upper-cases the text: stands for a normaliser, which must run first. */
	private static final Extractor SHOUT = context -> context.replaceText(context.text().toUpperCase());

	/** Years as dates; relies on the text having been upper-cased first (it looks for "IN 2019"). */
	private static final Extractor YEARS = context -> {
		Matcher matcher = Pattern.compile("IN (\\d{4})").matcher(context.text());
		while (matcher.find()) {
			DateMention date = DossierFactory.eINSTANCE.createDateMention();
			date.setBegin(matcher.start(1));
			date.setEnd(matcher.end(1));
			date.setValue(matcher.group(1));
			context.add(date);
		}
	};

	/** Mentions of Moscow in three spellings, all resolved to one entity. */
	private static final Extractor MOSCOW = context -> {
		Matcher matcher = Pattern.compile("MOSCOW|MOSCOU|МОСКВА").matcher(context.text());
		while (matcher.find()) {
			Mention mention = DossierFactory.eINSTANCE.createMention();
			mention.setBegin(matcher.start());
			mention.setEnd(matcher.end());
			mention.setEntity(context.entities().resolve(matcher.group(), "Moscow", EntityKind.LOCATION));
			context.add(mention);
		}
	};

	private static final Extractor FAILING = context -> {
		throw new IllegalStateException("boom");
	};

	private ImportPipeline pipeline() {
		return new ImportPipeline(List.of(new ImporterDescriptor("test.notes", "Notes", "note", "text/x-note", NOTES)),
				List.of(new ExtractorDescriptor("test.moscow", "Moscow", "*", "test.shout", MOSCOW),
						new ExtractorDescriptor("test.years", "Years", "*", "test.shout", YEARS),
						new ExtractorDescriptor("test.failing", "Failing", "*", null, FAILING),
						new ExtractorDescriptor("test.shout", "Shout", "*", null, SHOUT)));
	}

	private Path write(String name, String content) throws Exception {
		Path file = temp.resolve("in").resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	private ImportReport importInto(Path dossier, List<FileOutcome> seen, Path... inputs) throws Exception {
		try (DossierStore store = DossierStore.isDossier(dossier) ? DossierStore.open(dossier) : DossierStore.create(dossier, "Test")) {
			return pipeline().run(store, List.of(inputs), ImportOptions.defaults().withThreads(2), seen::add, new NullProgressMonitor());
		}
	}

	@Test
	void reportsTheTimeOfEachStepInTheOrderTheyRan() throws Exception {
		Path visit = write("visit.note", "Visit to Moscow in 2019.");
		Path again = write("again.note", "Moscou again in 2020.");

		ImportReport report = importInto(temp.resolve("dossier"), new ArrayList<>(), visit, again);

		assertThat(report.stepNanos().keySet()).containsExactly(StepTimes.READING, "test.failing", "test.shout", "test.moscow",
				"test.years", StepTimes.SAVING);
		assertThat(report.stepNanos().values()).allSatisfy(nanos -> assertThat(nanos).isPositive());
		assertThat(report.stepNanos().values().stream().mapToLong(Long::longValue).sum()).isLessThan(3 * report.elapsedNanos());
	}

	@Test
	void importsAnnotatesAndReportsEveryFile() throws Exception {
		Path visit = write("visit.note", "Visit to Moscow in 2019, Moscou again in 2020.");
		Path broken = write("broken.note", "BROKEN beyond repair");
		Path ignored = write("image.png", "not an image");
		List<FileOutcome> seen = new ArrayList<>();
		Path dossier = temp.resolve("dossier");

		ImportReport report = importInto(dossier, seen, visit, broken, ignored, temp.resolve("missing.note"));

		assertThat(seen).hasSize(4);
		assertThat(report.count(Status.IMPORTED)).isEqualTo(1);
		assertThat(report.files()).filteredOn(f -> f.file().equals(broken)).singleElement()
				.satisfies(f -> assertThat(f.message()).isEqualTo("not a note: it starts with BROKEN"));
		assertThat(report.files()).filteredOn(f -> f.file().equals(ignored)).singleElement()
				.satisfies(f -> assertThat(f.message()).isEqualTo("no importer for .png files; Dossier reads .note"));
		assertThat(report.files()).filteredOn(f -> f.file().getFileName().toString().equals("missing.note")).singleElement()
				.satisfies(f -> assertThat(f.message()).isEqualTo("no such file or folder"));
		FileOutcome imported = report.files().stream().filter(f -> f.status() == Status.IMPORTED).findFirst().orElseThrow();
		assertThat(imported.warnings()).containsExactly("Failing failed: java.lang.IllegalStateException: boom");

		try (DossierStore store = DossierStore.openReadOnly(dossier)) {
			DocumentEntry entry = store.getDossier().getDocuments().get(0);
			assertThat(entry.getTitle()).isEqualTo("visit.note");
			assertThat(entry.getChecksum()).hasSize(64);
			assertThat(entry.getWarnings()).as("kept in the index for the Problems view")
					.containsExactly("Failing failed: java.lang.IllegalStateException: boom");
			Document document = store.getDocument(entry);
			assertThat(document.getText()).isEqualTo("VISIT TO MOSCOW IN 2019, MOSCOU AGAIN IN 2020.");
			assertThat(document.getOrigin()).isEqualTo(visit.toAbsolutePath().toString());
			assertThat(document.getAnnotations()).extracting(a -> document.getText().substring(a.getBegin(), a.getEnd()))
					.containsExactly("MOSCOW", "2019", "MOSCOU", "2020");
			assertThat(document.getAnnotations()).extracting(Annotation::getId)
					.containsExactly(entry.getId() + "-a1", entry.getId() + "-a2", entry.getId() + "-a3", entry.getId() + "-a4");
			assertThat(document.getAnnotations()).extracting(Annotation::getOrigin)
					.containsExactly("test.moscow", "test.years", "test.moscow", "test.years");
			assertThat(store.getDossier().getEntities()).singleElement().satisfies(moscow -> {
				assertThat(moscow.getName()).isEqualTo("Moscow");
				assertThat(moscow.getAliases()).containsExactly("Moscow", "MOSCOW", "MOSCOU");
			});
		}
	}

	@Test
	void sameBytesAreImportedOnceAndEntitiesAreSharedAcrossBatches() throws Exception {
		Path dossier = temp.resolve("dossier");
		Path first = write("first.note", "News from Moscow in 2021.");
		importInto(dossier, new ArrayList<>(), first);

		Path copy = write("copy.note", "News from Moscow in 2021.");
		Path russian = write("ru.note", "Москва in 2022.");
		ImportReport second = importInto(dossier, new ArrayList<>(), copy, russian);

		assertThat(second.files()).filteredOn(f -> f.file().equals(copy)).singleElement()
				.satisfies(f -> assertThat(f.status()).isEqualTo(Status.DUPLICATE));
		try (DossierStore store = DossierStore.openReadOnly(dossier)) {
			assertThat(store.getDossier().getDocuments()).hasSize(2);
			assertThat(store.getDossier().getEntities()).singleElement()
					.satisfies(moscow -> assertThat(moscow.getAliases()).contains("MOSCOW", "МОСКВА"));
		}
	}

	@Test
	void foldersAreWalkedSkippingHiddenFiles() throws Exception {
		write("a.note", "One in 2001.");
		write("sub/b.note", "Two in 2002.");
		write(".hidden/c.note", "Three in 2003.");
		ImportReport report = importInto(temp.resolve("dossier"), new ArrayList<>(), temp.resolve("in"));
		assertThat(report.files()).extracting(f -> f.file().getFileName().toString()).containsExactlyInAnyOrder("a.note", "b.note");
	}

	@Test
	void aFailingBatchLeavesTheSavedDossierIntact() throws Exception {
		Path dossier = temp.resolve("dossier");
		importInto(dossier, new ArrayList<>(), write("kept.note", "Kept in 1999."));
		byte[] before;
		try (DossierStore store = DossierStore.openReadOnly(dossier)) {
			before = Files.readAllBytes(store.documentFile(store.getDossier().getDocuments().get(0)));
		}
		importInto(dossier, new ArrayList<>(), write("bad.note", "BROKEN"), write("junk.bin", "\0\0\0"));
		try (DossierStore store = DossierStore.openReadOnly(dossier)) {
			assertThat(store.getDossier().getDocuments()).extracting(DocumentEntry::getTitle).containsExactly("kept.note");
			assertThat(Files.readAllBytes(store.documentFile(store.getDossier().getDocuments().get(0)))).isEqualTo(before);
		}
	}

	@Test
	void filesAboveTheSizeLimitAreRefusedUnread() throws Exception {
		Path big = write("big.note", "x".repeat(3 * 1024 * 1024));
		try (DossierStore store = DossierStore.create(temp.resolve("dossier"), "Test")) {
			ImportReport report = pipeline().run(store, List.of(big), ImportOptions.defaults().withMaxFileBytes(1024 * 1024),
					f -> {
					}, new NullProgressMonitor());
			assertThat(report.files().get(0).message()).isEqualTo("too large: 3.0 MB, the limit is 1.0 MB (raise it with --max-size)");
		}
	}
}
