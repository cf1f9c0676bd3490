package org.dossier.extraction.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.dossier.model.Document;
import org.dossier.model.DuplicatePassage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A compilation that repeats its title and an article, through the installed importers and extractors. */
class DuplicatePassageExtractionTest {

	private static final String COMPILATION = """
			Сводка: переговоры в Женеве

			ТАСС

			Переговоры в Женеве продолжатся в понедельник, сообщил источник в делегации.

			Стороны обсудят график поставок и порядок проверок на станции.

			ТАСС

			Сводка: переговоры в Женеве

			Переговоры в Женеве продолжатся в понедельник, сообщил источник в делегации.

			Стороны обсудят график поставок и порядок проверок на станции.
			""";

	@TempDir
	Path temp;

	@Test
	void theRepetitionsAreMarkedAndTheTextKeepsThem() throws Exception {
		try (ImportedText imported = ImportedText.of(temp, "svodka.txt", COMPILATION)) {
			Document document = imported.document();
			String text = document.getText();
			assertThat(document.getTitle()).isEqualTo("Сводка: переговоры в Женеве");
			assertThat(text).isEqualTo(COMPILATION.strip());
			List<DuplicatePassage> passages = document.getAnnotations().stream().filter(DuplicatePassage.class::isInstance)
					.map(DuplicatePassage.class::cast).toList();
			assertThat(passages).hasSize(2).allSatisfy(passage -> {
				assertThat(passage.getOrigin()).isEqualTo("org.dossier.nlp.duplicates");
				assertThat(text.substring(passage.getFirstBegin(), passage.getFirstEnd()))
						.isEqualTo(passage.getCoveredText());
				assertThat(passage.getFirstEnd()).isLessThan(passage.getBegin());
			});
			assertThat(passages.get(0).getCoveredText()).isEqualTo("Сводка: переговоры в Женеве");
			assertThat(passages.get(0).getFirstBegin()).isZero();
			assertThat(passages.get(1).getCoveredText()).startsWith("Переговоры в Женеве").endsWith("на станции.");
		}
	}
}
