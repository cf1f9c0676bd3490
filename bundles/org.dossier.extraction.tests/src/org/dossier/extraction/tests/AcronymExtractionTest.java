package org.dossier.extraction.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.dossier.model.Document;
import org.dossier.model.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An acronym defined in brackets after a name is that name's entity wherever it stands. (Invented text.) */
class AcronymExtractionTest {

	private static final String NOTE = """
			Monitoring the northern valleys

			The Northern Valleys Monitoring Agency (NVMA) published its annual survey on 3 May 2021. According to \
			the NVMA, the number of stations rose to 48. The NVMA will publish the next survey in spring.
			""";

	@TempDir
	Path temp;

	@Test
	void anAcronymDefinedAfterANameIsThatNamesEntity() throws Exception {
		try (ImportedText imported = ImportedText.of(temp, "note.txt", NOTE)) {
			Document document = imported.document();
			List<Mention> agency = document.getAnnotations().stream().filter(Mention.class::isInstance).map(Mention.class::cast)
					.filter(m -> m.getCoveredText().contains("NVMA") || m.getCoveredText().contains("Agency")).toList();
			assertThat(agency).extracting(Mention::getCoveredText).containsExactly("Northern Valleys Monitoring Agency", "NVMA", "NVMA",
					"NVMA");
			assertThat(agency).extracting(m -> m.getEntity().getName()).containsOnly("Northern Valleys Monitoring Agency");
			assertThat(agency.get(0).getEntity().getAliases()).contains("NVMA");
		}
	}
}
