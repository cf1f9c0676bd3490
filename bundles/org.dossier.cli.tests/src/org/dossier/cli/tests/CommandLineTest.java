package org.dossier.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dossier.core.store.DossierStore;
import org.dossier.internal.cli.CommandLine;
import org.dossier.model.Document;
import org.dossier.model.DossierFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

	@TempDir
	Path temp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
				.run(args);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void listShowsEveryDocumentWithLanguageAndAnnotationCount() throws Exception {
		Path folder = temp.resolve("dossier");
		try (DossierStore store = DossierStore.create(folder, "Listing")) {
			store.addDocument(document("Rapport annuel", "fr", 2));
			store.addDocument(document("Годовой отчёт", "ru", 3));
			store.addDocument(document("Jahresbericht", "de", 0)).getWarnings().add("Dates failed: java.lang.IllegalStateException: odd calendar");
			store.save();
		}

		assertThat(run("list", folder.toString())).isEqualTo(CommandLine.OK);

		String[] lines = out().split("\\R");
		assertThat(lines[0]).matches("ID +LANG +ANNOTATIONS +TITLE");
		assertThat(lines[1]).matches("d-[0-9a-f]{16} +fr +2 +Rapport annuel");
		assertThat(lines[2]).matches("d-[0-9a-f]{16} +ru +3 +Годовой отчёт");
		assertThat(lines[3]).matches("d-[0-9a-f]{16} +de +0 +Jahresbericht");
		assertThat(lines[4]).isEqualTo("3 documents (de 1, fr 1, ru 1), 5 annotations");
		assertThat(lines[5]).matches("warning: d-[0-9a-f]{16}: Dates failed: java.lang.IllegalStateException: odd calendar");
		assertThat(lines).hasSize(6);
		assertThat(err()).isEmpty();
	}

	@Test
	void listOfAFolderThatIsNoDossierFailsWithOneLine() throws Exception {
		Files.createDirectories(temp.resolve("plain"));
		assertThat(run("list", temp.resolve("plain").toString())).isEqualTo(CommandLine.FAILED);
		assertThat(err()).isEqualTo("dossier list: " + temp.resolve("plain") + ": is not a dossier (no dossier.xmi in it)\n");
		assertThat(out()).isEmpty();
	}

	@Test
	void listWithoutAFolderIsAUsageError() {
		assertThat(run("list")).isEqualTo(CommandLine.USAGE);
		assertThat(err()).isEqualTo("dossier list: missing the dossier folder; usage: dossier list <dossier-dir>\n");
	}

	@Test
	void benchmarkMeasuresEachLanguageAndSaysWhereTheTimeWent() throws Exception {
		Path texts = Files.createDirectories(temp.resolve("texts"));
		Files.writeString(texts.resolve("en.txt"), "The minister said on 3 May 2021 that the budget would grow by 12 percent. "
				+ "Officials in London expect a further 2.5 million pounds next year.\n", StandardCharsets.UTF_8);
		Files.writeString(texts.resolve("de.txt"), "Der Minister sagte am 3. Mai 2021, der Haushalt wachse um 12 Prozent. "
				+ "In Berlin erwartet man im nächsten Jahr weitere 2,5 Millionen Euro.\n", StandardCharsets.UTF_8);

		assertThat(run("benchmark", texts.toString(), "--copies", "2")).isEqualTo(CommandLine.OK);

		String printed = out();
		assertThat(printed).containsPattern("(?m)^de +1 +2 +[0-9.]+ +[0-9.]+ +[0-9.]+ +\\d+ MB$")
				.containsPattern("(?m)^en +1 +2 +[0-9.]+ +[0-9.]+ +[0-9.]+ +\\d+ MB$");
		assertThat(printed).containsPattern("(?m)^step +de +en$").containsPattern("(?m)^reading +[0-9.]+ +[0-9.]+$")
				.containsPattern("(?m)^org\\.dossier\\.nlp\\.dates +[0-9.]+ +[0-9.]+$").containsPattern("(?m)^saving +[0-9.]+ +[0-9.]+$")
				.containsPattern("(?m)^MB per processor-second +[0-9.]+ +[0-9.]+$");
	}

	@Test
	void anUnknownCommandIsAUsageErrorNamingTheCommands() {
		assertThat(run("frobnicate")).isEqualTo(CommandLine.USAGE);
		assertThat(err()).startsWith("dossier: unknown command 'frobnicate'; commands: import, export, list, benchmark");
	}

	@Test
	void importWithAMalformedLanguageTagIsAUsageErrorAndTouchesNothing() {
		Path folder = temp.resolve("dossier");
		assertThat(run("import", folder.toString(), temp.toString(), "--language", "fr_FR!")).isEqualTo(CommandLine.USAGE);
		assertThat(err()).startsWith("dossier import: --language needs a language tag such as fr, de, en or ru, not 'fr_FR!'");
		assertThat(folder).doesNotExist();
	}

	@Test
	void helpListsTheCommands() {
		assertThat(run("help")).isEqualTo(CommandLine.OK);
		assertThat(out()).contains("dossier list <dossier-dir>").contains("Exit status");
		assertThat(run()).isEqualTo(CommandLine.USAGE);
	}

	private static Document document(String title, String language, int dates) {
		Document document = DossierFactory.eINSTANCE.createDocument();
		document.setTitle(title);
		document.setLanguage(language);
		document.setText("Text.");
		for (int i = 0; i < dates; i++) {
			document.getAnnotations().add(DossierFactory.eINSTANCE.createDateMention());
		}
		return document;
	}
}
