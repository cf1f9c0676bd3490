package org.dossier.extraction.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dossier.core.importing.ImportOptions;
import org.dossier.core.importing.ImportPipeline;
import org.dossier.core.store.DossierStore;
import org.dossier.model.Document;
import org.dossier.model.Mention;
import org.eclipse.core.runtime.NullProgressMonitor;
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
		Path file = Files.writeString(temp.resolve("note.txt"), NOTE, StandardCharsets.UTF_8);
		try (DossierStore store = DossierStore.create(temp.resolve("dossier"), "Acronyms")) {
			new ImportPipeline().run(store, List.of(file), ImportOptions.defaults(), f -> {
			}, new NullProgressMonitor());
		}

		try (DossierStore store = DossierStore.openReadOnly(temp.resolve("dossier"))) {
			Document document = store.getDocument(store.getDossier().getDocuments().get(0));
			List<Mention> agency = document.getAnnotations().stream().filter(Mention.class::isInstance).map(Mention.class::cast)
					.filter(m -> m.getCoveredText().contains("NVMA") || m.getCoveredText().contains("Agency")).toList();
			assertThat(agency).extracting(Mention::getCoveredText).containsExactly("Northern Valleys Monitoring Agency", "NVMA", "NVMA",
					"NVMA");
			assertThat(agency).extracting(m -> m.getEntity().getName()).containsOnly("Northern Valleys Monitoring Agency");
			assertThat(agency.get(0).getEntity().getAliases()).contains("NVMA");
		}
	}
}
