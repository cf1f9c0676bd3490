package org.dossier.extraction.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dossier.core.importing.ImportOptions;
import org.dossier.core.importing.ImportPipeline;
import org.dossier.core.store.DossierStore;
import org.dossier.model.Citation;
import org.dossier.model.Document;
import org.dossier.model.Entity;
import org.dossier.model.Mention;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bibliography through the installed extractors: its entries are records, not prose, so no people or places
 * are found in them; its markers link to them, one citation per number. (Invented text.)
 */
class ReferenceEntriesExtractionTest {

	private static final String PAPER = """
			Seismizität des nördlichen Tienschan

			Die Energieklassen der Beben wurden nach Falk [1] bestimmt; das Netz in Almaty lieferte die Daten [1, 2].

			Literatur
			1. Falk J. Energieklassen der Erdbeben im Tienschan // Geophysikalische Hefte. 2019. Nr. 4. S. 12–30.
			2. Orazov K., Bekov T.K. Nomogramme für Almaty und Bischkek // Seismische Berichte. 2020. Nr. 2. S. 5–9.
			""";

	@TempDir
	Path temp;

	@Test
	void noMentionsInsideReferenceEntriesAndNoPersonMadeOfATitleWord() throws Exception {
		Path file = Files.writeString(temp.resolve("paper.txt"), PAPER, StandardCharsets.UTF_8);
		try (DossierStore store = DossierStore.create(temp.resolve("dossier"), "References")) {
			new ImportPipeline().run(store, List.of(file), ImportOptions.defaults(), f -> {
			}, new NullProgressMonitor());
		}

		try (DossierStore store = DossierStore.openReadOnly(temp.resolve("dossier"))) {
			Document document = store.getDocument(store.getDossier().getDocuments().get(0));
			assertThat(document.getReferences()).hasSize(2);
			int bibliography = document.getText().indexOf("Literatur");
			List<Mention> mentions = document.getAnnotations().stream().filter(Mention.class::isInstance).map(Mention.class::cast).toList();
			assertThat(mentions).extracting(Mention::getCoveredText).contains("Almaty");
			assertThat(mentions).allSatisfy(mention -> assertThat(mention.getBegin()).isLessThan(bibliography));
			assertThat(store.getDossier().getEntities()).extracting(Entity::getName)
					.noneMatch(name -> name.contains("Energieklassen") || name.contains("Nomogramme"));
		}
	}

	@Test
	void aMarkerCitingTwoEntriesBecomesOneCitationPerEntry() throws Exception {
		Path file = Files.writeString(temp.resolve("paper.txt"), PAPER, StandardCharsets.UTF_8);
		try (DossierStore store = DossierStore.create(temp.resolve("dossier"), "Citations")) {
			new ImportPipeline().run(store, List.of(file), ImportOptions.defaults(), f -> {
			}, new NullProgressMonitor());
		}

		try (DossierStore store = DossierStore.openReadOnly(temp.resolve("dossier"))) {
			Document document = store.getDocument(store.getDossier().getDocuments().get(0));
			List<Citation> citations = document.getAnnotations().stream().filter(Citation.class::isInstance)
					.map(Citation.class::cast).toList();
			assertThat(citations).extracting(c -> c.getCoveredText() + " -> " + c.getReference().getText().substring(0, 10))
					.containsExactly("[1] -> 1. Falk J.", "1 -> 1. Falk J.", "2 -> 2. Orazov ");
		}
	}
}
