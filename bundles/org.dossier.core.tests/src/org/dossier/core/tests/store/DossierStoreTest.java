package org.dossier.core.tests.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dossier.core.store.DossierLockedException;
import org.dossier.core.store.DossierStore;
import org.dossier.core.store.DossierStoreException;
import org.dossier.model.DateMention;
import org.dossier.model.Document;
import org.dossier.model.DocumentEntry;
import org.dossier.model.DossierFactory;
import org.dossier.model.DossierPackage;
import org.dossier.model.Entity;
import org.dossier.model.EntityKind;
import org.dossier.model.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DossierStoreTest {

	@TempDir
	Path temp;

	@Test
	void roundTripKeepsDocumentsAnnotationsAndCrossDocumentLinks() throws Exception {
		Path folder = temp.resolve("elections");
		String text = "Le 3 novembre 2019, Moscou a confirmé la visite.";
		try (DossierStore store = DossierStore.create(folder, "Élections")) {
			Entity moscow = DossierFactory.eINSTANCE.createEntity();
			moscow.setId("e-moscow");
			moscow.setName("Moscow");
			moscow.setKind(EntityKind.LOCATION);
			moscow.getAliases().add("Moscou");
			store.getDossier().getEntities().add(moscow);

			Document document = Dossiers.document("Visite", "fr", text);
			DateMention date = DossierFactory.eINSTANCE.createDateMention();
			date.setBegin(3);
			date.setEnd(18);
			date.setValue("2019-11-03");
			Mention mention = DossierFactory.eINSTANCE.createMention();
			mention.setBegin(20);
			mention.setEnd(26);
			mention.setEntity(moscow);
			document.getAnnotations().add(date);
			document.getAnnotations().add(mention);
			store.addDocument(document);
			store.save();
			assertThat(store.isDirty()).isFalse();
		}

		try (DossierStore store = DossierStore.open(folder)) {
			assertThat(store.getDossier().getName()).isEqualTo("Élections");
			DocumentEntry entry = store.getDossier().getDocuments().get(0);
			assertThat(entry.getTitle()).isEqualTo("Visite");
			assertThat(entry.getLanguage()).isEqualTo("fr");
			assertThat(entry.getAnnotationCount()).isEqualTo(2);
			assertThat(store.isLoaded(entry)).isFalse();

			Document document = store.getDocument(entry);
			assertThat(document.getText()).isEqualTo(text);
			DateMention date = (DateMention) document.getAnnotations().get(0);
			assertThat(text.substring(date.getBegin(), date.getEnd())).isEqualTo("3 novembre 2019");
			assertThat(date.getValue()).isEqualTo("2019-11-03");
			Mention mention = (Mention) document.getAnnotations().get(1);
			assertThat(mention.getEntity()).isSameAs(store.getDossier().getEntities().get(0));
			assertThat(mention.getEntity().getAliases()).containsExactly("Moscou");
		}
	}

	@Test
	void aThousandDocumentDossierListsItsDocumentsWithoutLoadingTheirTexts() throws Exception {
		Path folder = temp.resolve("big");
		try (DossierStore store = DossierStore.create(folder, "Big")) {
			for (int i = 0; i < 1000; i++) {
				store.addDocument(Dossiers.document("Document " + i, i % 2 == 0 ? "de" : "ru", "Text " + i + " ".repeat(200)));
			}
			store.save();
		}
		assertThat(Files.list(folder.resolve(DossierStore.DOCUMENTS_FOLDER))).hasSize(1000);

		try (DossierStore store = DossierStore.openReadOnly(folder)) {
			assertThat(store.getDossier().getDocuments()).hasSize(1000);
			assertThat(store.getDossier().getDocuments().get(999).getTitle()).isEqualTo("Document 999");
			assertThat(store.getDossier().getDocuments()).noneMatch(store::isLoaded);
			assertThat(store.getResourceSet().getResources()).hasSize(1);

			DocumentEntry some = store.getDossier().getDocuments().get(500);
			assertThat(store.getDocument(some).getText()).startsWith("Text 500");
			assertThat(store.getResourceSet().getResources()).hasSize(2);

			store.unloadDocument(some);
			assertThat(store.getResourceSet().getResources()).hasSize(1);
			Document unloaded = (Document) some.eGet(DossierPackage.Literals.DOCUMENT_ENTRY__DOCUMENT, false);
			assertThat(unloaded.eIsProxy()).isTrue();
			assertThat(unloaded.getText()).as("an unloaded document's text is freed").isNull();
			assertThat(store.getDocument(some).getText()).startsWith("Text 500");
		}
	}

	@Test
	void savingAChangeToALargeDossierLoadsNoDocument() throws Exception {
		Path folder = temp.resolve("big-save");
		try (DossierStore store = DossierStore.create(folder, "Big")) {
			for (int i = 0; i < 300; i++) {
				store.addDocument(Dossiers.document("Document " + i, "fr", "Texte " + i));
			}
			store.save();
		}
		try (DossierStore store = DossierStore.open(folder)) {
			store.getDossier().setDescription("Revue de presse");
			store.save();
			assertThat(store.getResourceSet().getResources()).hasSize(1);
		}
		try (DossierStore store = DossierStore.openReadOnly(folder)) {
			assertThat(store.getDossier().getDescription()).isEqualTo("Revue de presse");
			assertThat(store.getDossier().getDocuments()).hasSize(300);
		}
	}

	@Test
	void leftoversOfAnInterruptedSaveAreClearedOnOpen() throws Exception {
		Path folder = temp.resolve("crashed");
		DossierStore.create(folder, "Crashed").close();
		Path leftover = folder.resolve(".dossier.xmi.5e1f.saving");
		Files.writeString(leftover, "<half");
		try (DossierStore store = DossierStore.open(folder)) {
			assertThat(store.getDossier().getName()).isEqualTo("Crashed");
		}
		assertThat(leftover).doesNotExist();
	}

	@Test
	void aFailedSaveLeavesThePreviousStateOnDisk() throws Exception {
		Path folder = temp.resolve("interrupted");
		try (DossierStore store = DossierStore.create(folder, "Before")) {
			store.addDocument(Dossiers.document("Kept", "en", "Saved text."));
			store.save();
		}
		byte[] indexBefore = Files.readAllBytes(folder.resolve(DossierStore.INDEX_FILE));

		try (DossierStore store = DossierStore.open(folder)) {
			store.getDossier().setName("After");
			// An entity referenced but contained nowhere: saving the new document fails part-way.
			Entity dangling = DossierFactory.eINSTANCE.createEntity();
			Document document = Dossiers.document("New", "en", "Unsaved.");
			Mention mention = DossierFactory.eINSTANCE.createMention();
			mention.setEntity(dangling);
			document.getAnnotations().add(mention);
			store.addDocument(document);

			assertThatThrownBy(store::save).isInstanceOf(DossierStoreException.class)
					.hasMessageContaining("could not be saved; the previous version is kept");
		}

		assertThat(Files.readAllBytes(folder.resolve(DossierStore.INDEX_FILE))).isEqualTo(indexBefore);
		try (var files = Files.list(folder)) {
			assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".saving"));
		}
		try (DossierStore store = DossierStore.open(folder)) {
			assertThat(store.getDossier().getName()).isEqualTo("Before");
			assertThat(store.getDossier().getDocuments()).extracting(DocumentEntry::getTitle).containsExactly("Kept");
		}
	}

	@Test
	void aMalformedDocumentFileIsNamedAndTheRestOfTheDossierStillOpens() throws Exception {
		Path folder = temp.resolve("damaged");
		DocumentEntry broken;
		try (DossierStore store = DossierStore.create(folder, "Damaged")) {
			broken = store.addDocument(Dossiers.document("Broken", "de", "Wird beschädigt."));
			store.addDocument(Dossiers.document("Intact", "de", "Bleibt heil."));
			store.save();
			Files.writeString(store.documentFile(broken), "<?xml version=\"1.0\"?><dossier:Document xmlns:dossier=", StandardCharsets.UTF_8);
		}

		try (DossierStore store = DossierStore.open(folder)) {
			assertThat(store.getDossier().getDocuments()).hasSize(2);
			DocumentEntry brokenEntry = store.getDossier().getDocuments().get(0);
			assertThatThrownBy(() -> store.getDocument(brokenEntry)).isInstanceOf(DossierStoreException.class)
					.hasMessageContaining(brokenEntry.getId() + ".xmi").hasMessageContaining("malformed XML at line 1");
			assertThat(store.getDocument(store.getDossier().getDocuments().get(1)).getText()).isEqualTo("Bleibt heil.");
		}
	}

	@Test
	void aMissingDocumentFileIsNamed() throws Exception {
		Path folder = temp.resolve("missing");
		try (DossierStore store = DossierStore.create(folder, "Missing")) {
			DocumentEntry entry = store.addDocument(Dossiers.document("Gone", "en", "Deleted behind our back."));
			store.save();
			Files.delete(store.documentFile(entry));
		}
		try (DossierStore store = DossierStore.open(folder)) {
			DocumentEntry entry = store.getDossier().getDocuments().get(0);
			assertThatThrownBy(() -> store.getDocument(entry)).hasMessageContaining(entry.getId() + ".xmi")
					.hasMessageContaining("missing");
		}
	}

	@Test
	void aMalformedIndexIsNamed() throws Exception {
		Path folder = temp.resolve("bad-index");
		DossierStore.create(folder, "Bad").close();
		Files.writeString(folder.resolve(DossierStore.INDEX_FILE), "not xml at all");
		assertThatThrownBy(() -> DossierStore.open(folder)).isInstanceOf(DossierStoreException.class)
				.hasMessageContaining(DossierStore.INDEX_FILE).hasMessageContaining("malformed XML");
	}

	@Test
	void externalEntitiesAreNeverResolved() throws Exception {
		Path folder = temp.resolve("hostile");
		DossierStore.create(folder, "Hostile").close();
		Path secret = temp.resolve("secret.txt");
		Files.writeString(secret, "TOP SECRET");
		Files.writeString(folder.resolve(DossierStore.INDEX_FILE), """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE dossier [ <!ENTITY leak SYSTEM "%s"> ]>
				<dossier:Dossier xmlns:xmi="http://www.omg.org/XMI" xmi:version="2.0"
				    xmlns:dossier="http://www.dossier.org/model/1.0" name="&leak;"/>
				""".formatted(secret.toUri()));
		assertThatThrownBy(() -> DossierStore.open(folder)).isInstanceOf(DossierStoreException.class)
				.hasMessageContaining("DOCTYPE").hasMessageNotContaining("TOP SECRET");
	}

	@Test
	void aSecondWriterIsRefusedWhileReadersAreLetIn() throws Exception {
		Path folder = temp.resolve("shared");
		try (DossierStore first = DossierStore.create(folder, "Shared")) {
			assertThatThrownBy(() -> DossierStore.open(folder)).isInstanceOf(DossierLockedException.class)
					.hasMessageContaining("already open in another Dossier");
			try (DossierStore reader = DossierStore.openReadOnly(folder)) {
				assertThat(reader.getDossier().getName()).isEqualTo("Shared");
				assertThatThrownBy(reader::save).hasMessageContaining("read-only");
			}
		}
		DossierStore.open(folder).close();
	}

	@Test
	void creatingIsRefusedWhereSomethingAlreadyIs() throws Exception {
		Path folder = temp.resolve("occupied");
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("notes.txt"), "mine");
		assertThatThrownBy(() -> DossierStore.create(folder, "X")).hasMessageContaining("is not empty");
		assertThat(Files.readString(folder.resolve("notes.txt"))).isEqualTo("mine");

		Path existing = temp.resolve("existing");
		DossierStore.create(existing, "Existing").close();
		assertThatThrownBy(() -> DossierStore.create(existing, "Again")).hasMessageContaining("already holds a dossier");
	}

	@Test
	void openingSomethingElseSaysWhatItIs() throws Exception {
		assertThatThrownBy(() -> DossierStore.open(temp.resolve("nowhere"))).hasMessageContaining("no such folder");
		assertThatThrownBy(() -> DossierStore.open(temp)).hasMessageContaining("is not a dossier");
	}

	@Test
	void removedDocumentsLoseTheirFileOnSave() throws Exception {
		Path folder = temp.resolve("removal");
		try (DossierStore store = DossierStore.create(folder, "Removal")) {
			DocumentEntry entry = store.addDocument(Dossiers.document("Temporary", "ru", "Временно."));
			store.save();
			Path file = store.documentFile(entry);
			assertThat(file).exists();
			store.removeDocument(entry);
			assertThat(file).exists();
			store.save();
			assertThat(file).doesNotExist();
			assertThat(store.getDossier().getDocuments()).isEmpty();
		}
	}
}
