package org.dossier.core.tests.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.dossier.core.store.DossierStore;
import org.dossier.core.store.DossierStoreException;
import org.dossier.model.Comment;
import org.dossier.model.Document;
import org.dossier.model.DocumentEntry;
import org.dossier.model.DossierFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unsaved work kept beside the dossier survives a crash and can be recovered, or discarded. */
class RecoveryTest {

	@TempDir
	Path folder;

	@Test
	void unsavedWorkWrittenForRecoveryComesBackAfterACrash() throws Exception {
		Path dossier = folder.resolve("d");
		DossierStore store = DossierStore.create(dossier, "Before");
		Document saved = document("Saved text");
		store.addDocument(saved);
		store.save();
		byte[] indexBefore = Files.readAllBytes(dossier.resolve(DossierStore.INDEX_FILE));

		store.getDossier().setName("After");
		Comment comment = DossierFactory.eINSTANCE.createComment();
		comment.setBegin(0);
		comment.setEnd(5);
		comment.setText("check this");
		saved.getAnnotations().add(comment);
		store.addDocument(document("Added after the last save"));
		store.writeRecovery();
		store.close(); // a crash: nothing saved

		assertThat(Files.readAllBytes(dossier.resolve(DossierStore.INDEX_FILE))).isEqualTo(indexBefore);
		store = DossierStore.open(dossier);
		assertThat(store.getDossier().getName()).isEqualTo("Before");
		assertThat(store.recoveryTime()).isNotNull();

		store.recover();
		assertThat(store.isDirty()).isTrue();
		assertThat(store.getDossier().getName()).isEqualTo("After");
		assertThat(store.getDossier().getDocuments()).hasSize(2);
		DocumentEntry first = store.getDossier().getDocuments().get(0);
		assertThat(store.getDocument(first).getAnnotations()).singleElement()
				.satisfies(a -> assertThat(((Comment) a).getText()).isEqualTo("check this"));
		assertThat(store.getDocument(store.getDossier().getDocuments().get(1)).getText()).isEqualTo("Added after the last save");

		store.save();
		assertThat(store.recoveryTime()).isNull();
		assertThat(dossier.resolve(DossierStore.RECOVERY_FOLDER)).doesNotExist();
		store.close();
		store = DossierStore.open(dossier);
		assertThat(store.getDossier().getName()).isEqualTo("After");
		assertThat(store.getDossier().getDocuments()).hasSize(2);
		store.close();
	}

	@Test
	void discardedRecoveryLeavesTheSavedDossier() throws Exception {
		Path dossier = folder.resolve("d");
		DossierStore store = DossierStore.create(dossier, "Saved");
		store.getDossier().setName("Unsaved");
		store.writeRecovery();
		store.close();

		store = DossierStore.open(dossier);
		store.discardRecovery();
		assertThat(store.recoveryTime()).isNull();
		assertThatThrownBy(store::recover).isInstanceOf(DossierStoreException.class).hasMessageContaining("no unsaved work");
		assertThat(store.getDossier().getName()).isEqualTo("Saved");
		store.close();
	}

	@Test
	void aDamagedRecoveryCopyIsNamedAndTheSavedDossierStaysOpen() throws Exception {
		Path dossier = folder.resolve("d");
		DossierStore store = DossierStore.create(dossier, "Saved");
		store.getDossier().setName("Unsaved");
		store.writeRecovery();
		store.close();
		Path copy = dossier.resolve(DossierStore.RECOVERY_FOLDER).resolve(DossierStore.INDEX_FILE);
		Files.writeString(copy, "<xmi:XMI broken");

		store = DossierStore.open(dossier);
		DossierStore open = store;
		assertThatThrownBy(open::recover).isInstanceOf(DossierStoreException.class).hasMessageContaining(copy.toString());
		assertThat(store.getDossier().getName()).isEqualTo("Saved");
		store.close();
	}

	@Test
	void nothingIsWrittenWhenNothingIsUnsaved() throws Exception {
		Path dossier = folder.resolve("d");
		DossierStore store = DossierStore.create(dossier, "Saved");
		store.writeRecovery();
		assertThat(store.recoveryTime()).isNull();
		store.close();
	}

	private static Document document(String text) {
		Document document = DossierFactory.eINSTANCE.createDocument();
		document.setTitle(text);
		document.setText(text);
		return document;
	}
}
