package org.dossier.extraction.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;

import org.dossier.model.Document;
import org.dossier.model.LanguageSpan;
import org.dossier.model.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A French article quoting an English statement in full, through the installed importers and extractors. */
class LanguageSpanExtractionTest {

	private static final String ARTICLE = """
			Aide à l'Ukraine : le communiqué du G7

			Les ministres des finances se sont réunis mardi à Paris. Ils ont promis une aide de 3 billions de dollars \
			sur dix ans, selon le texte publié en français.

			Le communiqué anglais, publié une heure plus tard, dit autre chose :

			The ministers agreed to provide 3 billion dollars over ten years and to review the amount in the spring.

			La différence entre les deux versions n'a pas été expliquée par la présidence.
			""";

	@TempDir
	Path temp;

	@Test
	void theEnglishParagraphIsMarkedAndReadAsEnglish() throws Exception {
		try (ImportedText imported = ImportedText.of(temp, "communique.txt", ARTICLE)) {
			Document document = imported.document();
			assertThat(document.getLanguage()).isEqualTo("fr");
			assertThat(document.getAnnotations()).filteredOn(LanguageSpan.class::isInstance).map(LanguageSpan.class::cast)
					.singleElement().satisfies(span -> {
						assertThat(span.getLanguage()).isEqualTo("en");
						assertThat(span.getCoveredText()).startsWith("The ministers agreed").endsWith("in the spring.");
						assertThat(span.getOrigin()).isEqualTo("org.dossier.nlp.language");
					});
			assertThat(document.getAnnotations()).filteredOn(Quantity.class::isInstance).map(Quantity.class::cast)
					.extracting(Quantity::getCoveredText, Quantity::getValue)
					.contains(tuple("3 billions de dollars", 3e12), tuple("3 billion dollars", 3e9));
		}
	}
}
