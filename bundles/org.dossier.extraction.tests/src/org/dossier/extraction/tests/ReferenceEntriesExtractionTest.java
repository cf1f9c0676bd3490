package org.dossier.extraction.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.dossier.model.Citation;
import org.dossier.model.Document;
import org.dossier.model.Entity;
import org.dossier.model.Mention;
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
		try (ImportedText imported = ImportedText.of(temp, "paper.txt", PAPER)) {
			Document document = imported.document();
			assertThat(document.getReferences()).hasSize(2);
			int bibliography = document.getText().indexOf("Literatur");
			List<Mention> mentions = document.getAnnotations().stream().filter(Mention.class::isInstance).map(Mention.class::cast).toList();
			assertThat(mentions).extracting(Mention::getCoveredText).contains("Almaty");
			assertThat(mentions).allSatisfy(mention -> assertThat(mention.getBegin()).isLessThan(bibliography));
			assertThat(imported.store().getDossier().getEntities()).extracting(Entity::getName)
					.noneMatch(name -> name.contains("Energieklassen") || name.contains("Nomogramme"));
		}
	}

	@Test
	void aMarkerCitingTwoEntriesBecomesOneCitationPerEntry() throws Exception {
		try (ImportedText imported = ImportedText.of(temp, "paper.txt", PAPER)) {
			Document document = imported.document();
			List<Citation> citations = document.getAnnotations().stream().filter(Citation.class::isInstance)
					.map(Citation.class::cast).toList();
			assertThat(citations).extracting(c -> c.getCoveredText() + " -> " + c.getReference().getText().substring(0, 10))
					.containsExactly("[1] -> 1. Falk J.", "1 -> 1. Falk J.", "2 -> 2. Orazov ");
		}
	}
}
