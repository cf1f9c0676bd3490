package org.dossier.core.tests.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.dossier.core.store.DossierStore;
import org.dossier.model.Annotation;
import org.dossier.model.DateMention;
import org.dossier.model.Document;
import org.dossier.model.DossierFactory;
import org.dossier.model.EvidenceLink;
import org.dossier.model.Mention;
import org.dossier.model.Quantity;
import org.dossier.model.Quote;
import org.dossier.model.TableRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dossier written before the model gained its later annotation kinds (a fixture written by hand in the
 * older shape, same nsURI) opens with everything in it, and takes the new kinds once opened.
 */
class OlderDossierTest {

	private static final Path FIXTURE = Path.of("fixtures/dossier-before-tables");

	@TempDir
	Path temp;

	@Test
	void opensWithItsDocumentsAnnotationsAndLinks() throws Exception {
		try (DossierStore store = DossierStore.openReadOnly(FIXTURE)) {
			assertThat(store.getDossier().getName()).isEqualTo("Written before tables");
			Document document = store.getDocument(store.getDossier().getDocuments().get(0));

			assertThat(document.getAnnotations()).extracting(annotation -> annotation.eClass().getName())
					.containsExactly("DateMention", "Quantity", "Mention", "Quantity", "Quote");
			assertThat(document.getAnnotations()).extracting(Annotation::getCoveredText)
					.containsExactly("12 May 2021", "214", "Almaty", "41.3", "The swarm is over,");
			assertThat(((DateMention) document.getAnnotations().get(0)).getValue()).isEqualTo("2021-05-12");
			assertThat(document.getAnnotations()).filteredOn(Quantity.class::isInstance).map(Quantity.class::cast)
					.allSatisfy(quantity -> assertThat(quantity.getTable()).isNull());
			assertThat(((Mention) document.getAnnotations().get(2)).getEntity().getName()).isEqualTo("Almaty");
			assertThat(((Quote) document.getAnnotations().get(4)).getSpeechVerb()).isEqualTo("said");
			EvidenceLink evidence = store.getDossier().getClaims().get(0).getEvidence().get(0);
			assertThat(evidence.getAnnotation()).isSameAs(document.getAnnotations().get(1));
		}
	}

	@Test
	void takesTheNewAnnotationKindsAndKeepsWhatItHad() throws Exception {
		Path copy = copyOfFixture();
		try (DossierStore store = DossierStore.open(copy)) {
			Document document = store.getDocument(store.getDossier().getDocuments().get(0));
			String text = document.getText();
			TableRegion table = DossierFactory.eINSTANCE.createTableRegion();
			table.setBegin(text.indexOf("Table 1."));
			table.setBodyBegin(text.indexOf("ALM1"));
			table.setEnd(text.indexOf("4.7") + "4.7".length());
			table.setLabel("Table 1");
			table.setRowCount(2);
			table.setColumnCount(3);
			table.setId("d-old-a6");
			document.getAnnotations().add(table);
			((Quantity) document.getAnnotations().get(3)).setTable(table);
			store.save();
		}

		try (DossierStore store = DossierStore.openReadOnly(copy)) {
			Document document = store.getDocument(store.getDossier().getDocuments().get(0));
			assertThat(document.getAnnotations()).hasSize(6);
			TableRegion table = (TableRegion) document.getAnnotations().get(5);
			assertThat(table.getCaption()).isEqualTo("Table 1. Stations");
			assertThat(table.getCoveredText()).endsWith("TLG2 131 4.7");
			assertThat(table.getRowCount()).isEqualTo(2);
			assertThat(((Quantity) document.getAnnotations().get(3)).getTable()).isSameAs(table);
			assertThat(((Mention) document.getAnnotations().get(2)).getEntity().getName()).isEqualTo("Almaty");
			assertThat(store.getDossier().getClaims().get(0).getEvidence().get(0).getAnnotation())
					.isSameAs(document.getAnnotations().get(1));
		}
	}

	private Path copyOfFixture() throws IOException {
		Path copy = temp.resolve("dossier");
		try (Stream<Path> files = Files.walk(FIXTURE)) {
			for (Path file : files.toList()) {
				Path target = copy.resolve(FIXTURE.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target);
				}
			}
		}
		return copy;
	}
}
