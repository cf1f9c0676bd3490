package org.dossier.examples.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dossier.core.importing.FileOutcome;
import org.dossier.core.importing.FileOutcome.Status;
import org.dossier.core.importing.ImportOptions;
import org.dossier.core.importing.ImportPipeline;
import org.dossier.core.importing.ImportReport;
import org.dossier.core.store.DossierStore;
import org.dossier.model.Annotation;
import org.dossier.model.DateMention;
import org.dossier.model.Document;
import org.dossier.model.DocumentEntry;
import org.dossier.model.Entity;
import org.dossier.model.EntityKind;
import org.dossier.model.Mention;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example importer and extractor, found by the registry and run by the installed import pipeline
 * beside Dossier's own importers and extractors, as in the product.
 */
class SubtitlesAndHashtagsTest {

	private static final String HASHTAGS = "org.dossier.examples.hashtags";

	@TempDir
	Path temp;

	private DossierStore store;

	@BeforeEach
	void createDossier() throws IOException {
		store = DossierStore.create(temp.resolve("dossier"), "Examples");
	}

	@AfterEach
	void closeDossier() {
		store.close();
	}

	@Test
	void subtitlesImportAsTheWordsOfTheirCues() throws IOException {
		Path subtitles = write("discours.fr.srt", """
				1
				00:00:01,000 --> 00:00:04,200
				<i>Mesdames et messieurs,</i>
				le 3 novembre 2019, nous avons

				2
				00:00:04,300 --> 00:00:07,000 X1:40 X2:600
				{\\an8}reconnu le résultat du scrutin.
				""", StandardCharsets.UTF_8);

		ImportReport report = importFiles(subtitles);

		assertThat(report.files()).extracting(FileOutcome::status).containsExactly(Status.IMPORTED);
		Document document = onlyDocument();
		assertThat(document.getMediaType()).isEqualTo("application/x-subrip");
		assertThat(document.getLanguage()).isEqualTo("fr");
		assertThat(document.getTitle()).isEqualTo("discours.fr.srt");
		assertThat(document.getText()).contains("Mesdames et messieurs,", "reconnu le résultat du scrutin.")
				.doesNotContain("-->", "<i>", "</i>", "{\\an8}", "00:00").doesNotContainPattern("(?m)^\\d+$");
		assertThat(document.getAnnotations()).filteredOn(DateMention.class::isInstance).map(DateMention.class::cast)
				.extracting(DateMention::getValue).containsExactly("2019-11-03");
	}

	@Test
	void aFileWithoutCueTimingsIsRefusedWithTheReason() throws IOException {
		Path notes = write("notes.srt", "Some notes about the interview,\nwithout any timing.\n", StandardCharsets.UTF_8);

		ImportReport report = importFiles(notes);

		assertThat(report.files()).singleElement().satisfies(outcome -> {
			assertThat(outcome.status()).isEqualTo(Status.FAILED);
			assertThat(outcome.message()).isEqualTo("not a SubRip file: no cue timing such as 00:00:01,000 --> 00:00:04,000");
		});
		assertThat(store.getDossier().getDocuments()).isEmpty();
	}

	@Test
	void subtitlesInALegacyEncodingAreRefusedRatherThanGarbled() throws IOException {
		Path legacy = write("interview.ru.srt", "1\n00:00:01,000 --> 00:00:03,000\nМы не допустим давления.\n",
				Charset.forName("windows-1251"));

		ImportReport report = importFiles(legacy);

		assertThat(report.files()).singleElement().satisfies(outcome -> {
			assertThat(outcome.status()).isEqualTo(Status.FAILED);
			assertThat(outcome.message()).isEqualTo("not UTF-8 text: save the subtitles as UTF-8 and import them again");
		});
	}

	@Test
	void cuesWithoutWordsAreRefused() throws IOException {
		Path empty = write("silence.srt", "1\n00:00:01,000 --> 00:00:03,000\n<i></i>\n\n2\n00:00:04,000 --> 00:00:05,000\n\n",
				StandardCharsets.UTF_8);

		assertThat(importFiles(empty).files()).singleElement().extracting(FileOutcome::message)
				.isEqualTo("no text: the subtitles' cues hold no words");
	}

	@Test
	void hashtagsAreMentionsOfOneEntityPerHashtagAcrossDocuments() throws IOException {
		Path french = write("appel.txt", "Le mot-clé #StopWar circule depuis mars. Mais C# n'en est pas un, "
				+ "https://example.org/page#top non plus, ni &#x2014; ni #2024.\n", StandardCharsets.UTF_8);
		Path german = write("aufruf.txt", "Unter #stopwar und #Bundestagswahl2025 wird weiter diskutiert.\n", StandardCharsets.UTF_8);
		Path russian = write("призыв.txt", "Хэштег #выборы2024 набрал популярность.\n", StandardCharsets.UTF_8);

		assertThat(importFiles(french, german, russian).files()).extracting(FileOutcome::status).containsOnly(Status.IMPORTED);

		List<Mention> hashtags = new ArrayList<>();
		for (DocumentEntry entry : store.getDossier().getDocuments()) {
			Document document = store.getDocument(entry);
			for (Annotation annotation : document.getAnnotations()) {
				if (HASHTAGS.equals(annotation.getOrigin())) {
					assertThat(document.getText().substring(annotation.getBegin(), annotation.getEnd())).startsWith("#");
					hashtags.add((Mention) annotation);
				}
			}
		}
		assertThat(hashtags).extracting(Mention::getCoveredText).containsExactlyInAnyOrder("#StopWar", "#stopwar",
				"#Bundestagswahl2025", "#выборы2024");
		Entity stopWar = entityOf(hashtags, "#StopWar");
		assertThat(entityOf(hashtags, "#stopwar")).isSameAs(stopWar);
		assertThat(stopWar.getKind()).isEqualTo(EntityKind.OTHER);
		assertThat(stopWar.getAliases()).containsExactlyInAnyOrder("#StopWar", "#stopwar");
		assertThat(entityOf(hashtags, "#выборы2024")).isNotSameAs(stopWar);
	}

	private static Entity entityOf(List<Mention> mentions, String text) {
		return mentions.stream().filter(m -> m.getCoveredText().equals(text)).findFirst().orElseThrow().getEntity();
	}

	private ImportReport importFiles(Path... files) throws IOException {
		return new ImportPipeline().run(store, List.of(files), ImportOptions.defaults(), outcome -> {
		}, new NullProgressMonitor());
	}

	private Document onlyDocument() throws IOException {
		assertThat(store.getDossier().getDocuments()).hasSize(1);
		return store.getDocument(store.getDossier().getDocuments().get(0));
	}

	private Path write(String name, String text, Charset charset) throws IOException {
		Path file = temp.resolve("files").resolve(name);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, text, charset);
	}
}
