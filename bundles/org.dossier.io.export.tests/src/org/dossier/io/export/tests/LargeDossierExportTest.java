package org.dossier.io.export.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.dossier.core.exporting.Exporter;
import org.dossier.core.store.DossierStore;
import org.dossier.internal.io.csv.DossierCsvExporter;
import org.dossier.internal.io.json.DossierJsonExporter;
import org.dossier.model.DateMention;
import org.dossier.model.Document;
import org.dossier.model.DossierFactory;
import org.dossier.model.Entity;
import org.dossier.model.EntityKind;
import org.dossier.model.Mention;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

/**
 * A dossier too big to hold in memory at once must export one document at a time: what the export
 * loads it unloads again.
 */
class LargeDossierExportTest {

	private static final int DOCUMENTS = 2000;

	@TempDir
	static Path temp;

	@BeforeAll
	static void createTheDossier() throws IOException {
		DossierFactory model = DossierFactory.eINSTANCE;
		try (DossierStore store = DossierStore.create(temp.resolve("dossier"), "Viele Meldungen")) {
			Entity moscow = model.createEntity();
			moscow.setId("e-moscow");
			moscow.setName("Moscow");
			moscow.setKind(EntityKind.LOCATION);
			moscow.getAliases().add("Moskau");
			store.getDossier().getEntities().add(moscow);
			for (int i = 0; i < DOCUMENTS; i++) {
				String text = "Meldung " + i + ": Moskau, am 3. März 2020, erneut Moskau.";
				Document document = model.createDocument();
				document.setId("d-" + i);
				document.setTitle("Meldung " + i);
				document.setLanguage("de");
				document.setText(text);
				DateMention date = model.createDateMention();
				date.setId("d-" + i + "-a1");
				date.setBegin(text.indexOf("3. März 2020"));
				date.setEnd(date.getBegin() + "3. März 2020".length());
				date.setValue("2020-03-03");
				document.getAnnotations().add(date);
				for (int begin : new int[] { text.indexOf("Moskau"), text.lastIndexOf("Moskau") }) {
					Mention mention = model.createMention();
					mention.setId("d-" + i + "-a" + (document.getAnnotations().size() + 1));
					mention.setBegin(begin);
					mention.setEnd(begin + "Moskau".length());
					mention.setEntity(moscow);
					document.getAnnotations().add(mention);
				}
				store.addDocument(document);
			}
			store.save();
		}
	}

	static Stream<Arguments> exporters() {
		return Stream.of(Arguments.of("json", new DossierJsonExporter(), "export.json"), Arguments.of("csv", new DossierCsvExporter(), "tables"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("exporters")
	void exportingLeavesNoDocumentLoaded(String format, Exporter exporter, String output) throws IOException {
		try (DossierStore store = DossierStore.openReadOnly(temp.resolve("dossier"))) {
			exporter.export(store, temp.resolve(format).resolve(output), new NullProgressMonitor());
			assertThat(store.getDossier().getDocuments()).hasSize(DOCUMENTS).noneMatch(store::isLoaded);
		}
	}

	@Test
	void mentionsAreCountedOverAllDocuments() throws IOException {
		try (DossierStore store = DossierStore.openReadOnly(temp.resolve("dossier"))) {
			JsonNode json = JsonExports.export(store, temp.resolve("counted.json"));
			assertThat(JsonExports.violations(json)).isEmpty();
			JsonNode moscow = json.get("entities").get(0);
			assertThat(moscow.get("mentions").intValue()).isEqualTo(2 * DOCUMENTS);
			assertThat(moscow.get("documents").intValue()).isEqualTo(DOCUMENTS);
		}
	}
}
