package org.dossier.extraction.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dossier.core.importing.ImportOptions;
import org.dossier.core.importing.ImportPipeline;
import org.dossier.core.store.DossierStore;
import org.dossier.model.DocumentEntry;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import's default language names documents too bare to tell their language, and only those. */
class DefaultLanguageTest {

	@TempDir
	Path temp;

	@Test
	void aDocumentOfNumbersTakesTheDefaultLanguageAndProseKeepsItsOwn() throws Exception {
		Path numbers = Files.writeString(temp.resolve("releves.txt"), "12 45 78\n33 21 9\n", StandardCharsets.UTF_8);
		Path prose = Files.writeString(temp.resolve("bericht.txt"),
				"Die Regierung hat am Montag beschlossen, die Hilfen für die Landwirte zu verlängern.\n", StandardCharsets.UTF_8);

		assertThat(languages("undetermined", ImportOptions.defaults(), numbers, prose)).containsExactly("und", "de");
		assertThat(languages("french", ImportOptions.defaults().withDefaultLanguage("fr"), numbers, prose)).containsExactly("fr", "de");
	}

	private List<String> languages(String name, ImportOptions options, Path... files) throws Exception {
		Path folder = temp.resolve(name);
		try (DossierStore store = DossierStore.create(folder, name)) {
			new ImportPipeline().run(store, List.of(files), options.withThreads(1), f -> {
			}, new NullProgressMonitor());
			return store.getDossier().getDocuments().stream().sorted((a, b) -> a.getOrigin().compareTo(b.getOrigin()) * -1)
					.map(DocumentEntry::getLanguage).toList();
		}
	}
}
