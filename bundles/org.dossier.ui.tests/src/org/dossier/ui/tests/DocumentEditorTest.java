package org.dossier.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.dossier.core.editing.EntityCommands;
import org.dossier.core.editing.EntityUsages;
import org.dossier.core.store.DossierStore;
import org.dossier.internal.ui.DossierUiPlugin;
import org.dossier.internal.ui.editor.AnnotationKinds;
import org.dossier.internal.ui.editor.DocumentEditor;
import org.dossier.internal.ui.handlers.OpenDossierHandler;
import org.dossier.model.Claim;
import org.dossier.model.ClaimMention;
import org.dossier.model.CodedSegment;
import org.dossier.model.Comment;
import org.dossier.model.DateMention;
import org.dossier.model.Document;
import org.dossier.model.DocumentEntry;
import org.dossier.model.DossierFactory;
import org.dossier.model.Entity;
import org.dossier.model.EntityKind;
import org.dossier.model.EvidenceRelation;
import org.dossier.model.Mention;
import org.dossier.model.Quantity;
import org.dossier.model.QuantityKind;
import org.dossier.model.Quote;
import org.dossier.ui.DossierSession;
import org.dossier.ui.tests.driver.WorkbenchDriver;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The document editor as an analyst uses it: highlights and hovers, a claim made from a selection,
 * evidence linked, undo and redo, save, close, reopen; hovers following an entity merge; recovery of
 * unsaved work after a crash.
 */
class DocumentEditorTest {

	private static final String TEXT = "Déclaration à Moscou\n\nLe 3 novembre 2019, le ministre Sergueï Lavrov a déclaré : "
			+ "« Nos forces ont détruit 350 000 obus. » Plus tard, Sergei Lavrov a répété ce chiffre devant la presse.";

	@TempDir
	Path temp;

	private WorkbenchDriver driver;
	private DocumentEditorProbe probe;
	private Path folder;

	@BeforeEach
	void openADossierWithAnAnnotatedDocument() throws Exception {
		driver = new WorkbenchDriver();
		probe = new DocumentEditorProbe(driver);
		folder = temp.resolve("dossier");
		try (DossierStore store = DossierStore.create(folder, "Editor")) {
			Entity lavrov = entity("e-lavrov", "Sergueï Lavrov");
			Entity lavrovEn = entity("e-lavrov-en", "Sergei Lavrov");
			store.getDossier().getEntities().addAll(List.of(lavrov, lavrovEn));
			Document document = DossierFactory.eINSTANCE.createDocument();
			document.setId("d-declaration");
			document.setTitle("Déclaration à Moscou");
			document.setLanguage("fr");
			document.setPublishedAt("2019-11-04");
			document.setText(TEXT);
			DateMention date = DossierFactory.eINSTANCE.createDateMention();
			span(date, "3 novembre 2019");
			date.setValue("2019-11-03");
			Mention first = DossierFactory.eINSTANCE.createMention();
			span(first, "Sergueï Lavrov");
			first.setEntity(lavrov);
			Quote quote = DossierFactory.eINSTANCE.createQuote();
			span(quote, "« Nos forces ont détruit 350 000 obus. »");
			quote.setSpeaker(lavrov);
			quote.setSpeechVerb("a déclaré");
			Quantity shells = DossierFactory.eINSTANCE.createQuantity();
			span(shells, "350 000 obus");
			shells.setValue(350000);
			shells.setUnit("obus");
			shells.setKind(QuantityKind.COUNT);
			Mention second = DossierFactory.eINSTANCE.createMention();
			span(second, "Sergei Lavrov");
			second.setEntity(lavrovEn);
			document.getAnnotations().addAll(List.of(date, first, quote, shells, second));
			store.addDocument(document);
			store.save();
		}
		driver.executeCommand(OpenDossierHandler.COMMAND_ID, Map.of(OpenDossierHandler.FOLDER_PARAMETER, folder.toString()));
	}

	@AfterEach
	void closeEverythingUnsaved() {
		driver.run(() -> {
			driver.window().getActivePage().closeAllEditors(false);
			DossierSession.getDefault().close();
		});
	}

	@Test
	void highlightsEachKindAndItsHoversFollowAnEntityMerge() {
		DocumentEditor editor = probe.openFirstDocument();
		Map<String, Long> types = driver.onUi(() -> java.util.stream.StreamSupport
				.stream(java.util.Spliterators.spliteratorUnknownSize(editor.annotationModel().getAnnotationIterator(), 0), false)
				.collect(java.util.stream.Collectors.groupingBy(a -> a.getType(), java.util.stream.Collectors.counting())));
		assertThat(types).containsEntry(AnnotationKinds.DATE.type(), 1L).containsEntry(AnnotationKinds.PERSON.type(), 2L)
				.containsEntry(AnnotationKinds.QUOTE.type(), 1L).containsEntry(AnnotationKinds.QUANTITY.type(), 1L);

		assertThat(probe.hoverAt(editor, TEXT.indexOf("novembre"))).startsWith("Date 2019-11-03").contains("Marked by hand");
		assertThat(probe.hoverAt(editor, TEXT.indexOf("350 000"))).contains("Quantity 350,000 obus (count)")
				.contains("Quotation, speaker: Sergueï Lavrov (a déclaré)");
		assertThat(probe.hoverAt(editor, TEXT.indexOf("Sergei Lavrov"))).startsWith("Person: Sergei Lavrov");

		driver.run(() -> editor.reveal(0, 0));
		driver.executeCommand("org.eclipse.ui.navigate.next", Map.of());
		assertThat(probe.selectedOffset(editor)).as("Ctrl+. goes to the first annotation").isEqualTo(TEXT.indexOf("3 novembre 2019"));
		driver.executeCommand("org.eclipse.ui.navigate.next", Map.of());
		assertThat(probe.selectedOffset(editor)).isEqualTo(TEXT.indexOf("Sergueï Lavrov"));
		driver.executeCommand("org.eclipse.ui.navigate.previous", Map.of());
		assertThat(probe.selectedOffset(editor)).isEqualTo(TEXT.indexOf("3 novembre 2019"));

		assertThat(driver.onUi(() -> {
			Object shown = ((org.dossier.internal.ui.editor.ModelAnnotation) editor.annotationModel().getAnnotationIterator().next())
					.getModelAnnotation().eContainer();
			return shown == editor.getDocument();
		})).as("the editor shows the loaded document").isTrue();
		assertThat(driver.onUi(() -> {
			DossierSession session = DossierSession.getDefault();
			DossierStore store = session.getStore();
			Entity kept = store.getDossier().getEntities().get(0);
			Entity absorbed = store.getDossier().getEntities().get(1);
			return session.execute(EntityCommands.merge(session.getEditingDomain(), store.getDossier(), kept, absorbed,
					EntityUsages.find(store, List.of(absorbed), new NullProgressMonitor()))) + " " + kept.getName() + " " + store.isReadOnly();
		})).isEqualTo("true Sergueï Lavrov false");
		assertThat(probe.hoverAt(editor, TEXT.indexOf("Sergei Lavrov"))).startsWith("Person: Sergueï Lavrov").contains("Also: Sergei Lavrov");
		driver.run(() -> editor.reveal(TEXT.indexOf("Sergei Lavrov"), TEXT.indexOf("Sergei Lavrov") + 13));
		driver.screenshot(driver.mainShell(), "editor-highlights");
		assertThat(driver.onUi(editor::isDirty)).isTrue();
	}

	@Test
	void aClaimFromASelectionWithEvidenceIsUndoneRedoneSavedAndFoundAfterReopening() {
		DocumentEditor editor = probe.openFirstDocument();
		int quoteBegin = TEXT.indexOf('«');
		int quoteEnd = TEXT.indexOf('»') + 1;
		driver.run(() -> editor.reveal(quoteBegin, quoteEnd));
		driver.executeCommandLater("org.dossier.ui.editor.createClaim");
		Shell dialog = driver.shell("Create Claim");
		assertThat(driver.onUi(() -> driver.text(dialog, "Statement").getText())).isEqualTo(TEXT.substring(quoteBegin, quoteEnd));
		driver.type(driver.text(dialog, "Statement"), "Russian forces destroyed 350,000 shells");
		driver.screenshot(dialog, "editor-create-claim");
		driver.click(driver.button(dialog, "OK"));
		driver.waitUntilClosed(dialog);

		Claim claim = driver.onUi(() -> DossierSession.getDefault().getStore().getDossier().getClaims().get(0));
		assertThat(claim.getStatement()).isEqualTo("Russian forces destroyed 350,000 shells");
		assertThat(claim.getClaimant().getName()).isEqualTo("Sergueï Lavrov");
		assertThat(claim.getDate()).as("the document's date, by default").isEqualTo("2019-11-04");

		int figure = TEXT.indexOf("350 000 obus");
		driver.run(() -> editor.reveal(figure, figure));
		driver.executeCommandLater("org.dossier.ui.editor.linkEvidence");
		Shell link = driver.shell("Link as Evidence");
		driver.screenshot(link, "editor-link-evidence");
		driver.click(driver.button(link, "OK"));
		driver.waitUntilClosed(link);
		assertThat(claim.getEvidence()).singleElement().satisfies(evidence -> {
			assertThat(evidence.getRelation()).isEqualTo(EvidenceRelation.SUPPORTS);
			assertThat(evidence.getTarget()).isInstanceOf(Quantity.class);
		});

		driver.executeCommand("org.eclipse.ui.edit.undo", Map.of());
		assertThat(claim.getEvidence()).isEmpty();
		driver.executeCommand("org.eclipse.ui.edit.redo", Map.of());
		assertThat(claim.getEvidence()).hasSize(1);
		assertThat(driver.onUi(editor::isDirty)).isTrue();
		WorkbenchDriver.waitUntil("the window title marks unsaved changes", () -> driver.onUi(() -> driver.mainShell().getText()).startsWith("*"));

		driver.executeCommand("org.eclipse.ui.file.save", Map.of());
		assertThat(driver.onUi(() -> DossierSession.getDefault().isDirty())).isFalse();
		assertThat(driver.onUi(editor::isDirty)).isFalse();

		driver.executeCommand("org.dossier.ui.closeDossier", Map.of());
		WorkbenchDriver.waitUntil("the document editor closes with its dossier",
				() -> driver.onUi(() -> driver.window().getActivePage().getEditorReferences().length == 0));
		driver.executeCommand(OpenDossierHandler.COMMAND_ID, Map.of(OpenDossierHandler.FOLDER_PARAMETER, folder.toString()));
		DocumentEditor reopened = probe.openFirstDocument();
		Claim reread = driver.onUi(() -> DossierSession.getDefault().getStore().getDossier().getClaims().get(0));
		assertThat(reread.getStatement()).isEqualTo("Russian forces destroyed 350,000 shells");
		assertThat(reread.getEvidence()).singleElement().satisfies(evidence -> assertThat(evidence.getTarget()).isInstanceOf(Quantity.class));
		assertThat(driver.onUi(() -> reopened.getDocument().getAnnotations())).filteredOn(ClaimMention.class::isInstance).hasSize(1);
		assertThat(probe.hoverAt(reopened, quoteBegin + 3)).contains("Claim: Russian forces destroyed 350,000 shells").contains("1 evidence link");
		driver.run(() -> reopened.reveal(quoteBegin, quoteEnd));
		driver.screenshot(driver.mainShell(), "editor-claim-reopened");
	}

	@Test
	void unsavedWorkIsKeptForRecoveryAndOfferedWhenTheDossierOpensAgain() throws Exception {
		DocumentEditor editor = probe.openFirstDocument();
		driver.run(() -> DossierUiPlugin.getDefault().getPreferenceStore().setValue(DossierUiPlugin.RECOVERY_INTERVAL, 5));
		int begin = TEXT.indexOf("Plus tard");
		driver.run(() -> editor.reveal(begin, begin + 9));
		driver.executeCommandLater("org.dossier.ui.editor.addComment");
		Shell dialog = driver.shell("Add Comment");
		driver.type(driver.text(dialog, "Comment"), "Check the date of the press conference");
		driver.click(driver.button(dialog, "OK"));
		driver.waitUntilClosed(dialog);

		Path recovery = folder.resolve(DossierStore.RECOVERY_FOLDER).resolve(DossierStore.INDEX_FILE);
		WorkbenchDriver.waitUntil("the unsaved work is written for recovery", () -> Files.isRegularFile(recovery));
		driver.run(() -> {
			driver.window().getActivePage().closeAllEditors(false);
			DossierSession.getDefault().close(); // as a crash would: nothing saved
		});

		driver.executeCommandLater(OpenDossierHandler.COMMAND_ID, Map.of(OpenDossierHandler.FOLDER_PARAMETER, folder.toString()));
		Shell offer = driver.shell("Recover Unsaved Work");
		driver.screenshot(offer, "editor-recovery-offer");
		driver.click(driver.button(offer, "Recover"));
		driver.waitUntilClosed(offer);

		assertThat(driver.onUi(() -> DossierSession.getDefault().isDirty())).isTrue();
		DocumentEditor recovered = probe.openFirstDocument();
		assertThat(driver.onUi(() -> recovered.getDocument().getAnnotations())).filteredOn(Comment.class::isInstance)
				.singleElement().satisfies(comment -> assertThat(((Comment) comment).getText()).isEqualTo("Check the date of the press conference"));
		driver.executeCommand("org.eclipse.ui.file.save", Map.of());
		assertThat(recovery).doesNotExist();
	}

	@Test
	void codingWithANewTagAndDeletingAnAnnotationAreUndoable() {
		DocumentEditor editor = probe.openFirstDocument();
		int begin = TEXT.indexOf("devant la presse");
		driver.run(() -> editor.reveal(begin, begin + "devant la presse".length()));
		driver.executeCommandLater("org.dossier.ui.editor.codeWithTag");
		Shell dialog = driver.shell("Code with Tag");
		driver.type(driver.text(dialog, "filter"), "Press conference");
		driver.click(driver.button(dialog, "OK"));
		driver.waitUntilClosed(dialog);
		Document document = driver.onUi(editor::getDocument);
		assertThat(document.getAnnotations()).filteredOn(CodedSegment.class::isInstance).singleElement()
				.satisfies(segment -> assertThat(((CodedSegment) segment).getTag().getName()).isEqualTo("Press conference"));
		assertThat(probe.hoverAt(editor, begin + 2)).startsWith("Code: Press conference");

		int date = TEXT.indexOf("novembre");
		driver.run(() -> editor.reveal(date, date));
		driver.executeCommand("org.dossier.ui.editor.deleteAnnotation", Map.of());
		assertThat(document.getAnnotations()).noneMatch(DateMention.class::isInstance);
		assertThat(probe.hoverAt(editor, date)).isEmpty();
		driver.executeCommand("org.eclipse.ui.edit.undo", Map.of());
		assertThat(document.getAnnotations()).filteredOn(DateMention.class::isInstance).hasSize(1);
		assertThat(probe.hoverAt(editor, date)).startsWith("Date 2019-11-03");
	}

	@Test
	void theSourceOfADocumentIsSetFromTheExplorerWithItsReliability() {
		org.dossier.internal.ui.explorer.DossierExplorerView explorer = driver.view(
				org.dossier.internal.ui.explorer.DossierExplorerView.ID, org.dossier.internal.ui.explorer.DossierExplorerView.class);
		driver.run(() -> {
			DocumentEntry entry = DossierSession.getDefault().getStore().getDossier().getDocuments().get(0);
			explorer.getViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(entry), true);
			driver.window().getActivePage().activate(explorer);
		});
		driver.executeCommandLater(org.dossier.internal.ui.handlers.SetSourceHandler.COMMAND_ID);
		Shell dialog = driver.shell("Set Source");
		driver.type(driver.text(dialog, "filter"), "Agence de presse");
		driver.run(() -> {
			org.eclipse.swt.widgets.Combo reliability = driver.find(dialog, org.eclipse.swt.widgets.Combo.class,
					combo -> "Reliability".equals(combo.getData()), "Reliability");
			reliability.select(2);
		});
		driver.screenshot(dialog, "explorer-set-source");
		driver.click(driver.button(dialog, "OK"));
		driver.waitUntilClosed(dialog);

		Document document = driver.onUi(() -> probe.openFirstDocument().getDocument());
		assertThat(document.getPublisher().getName()).isEqualTo("Agence de presse");
		assertThat(document.getPublisher().getReliability()).isEqualTo(org.dossier.model.Reliability.USUALLY_RELIABLE);
		assertThat(driver.onUi(() -> DossierSession.getDefault().getStore().getDossier().getSources())).containsExactly(document.getPublisher());
		driver.executeCommand("org.eclipse.ui.edit.undo", Map.of());
		assertThat(document.getPublisher()).isNull();
	}

	private static Entity entity(String id, String name) {
		Entity entity = DossierFactory.eINSTANCE.createEntity();
		entity.setId(id);
		entity.setName(name);
		entity.setKind(EntityKind.PERSON);
		return entity;
	}

	private static void span(org.dossier.model.Annotation annotation, String surface) {
		annotation.setBegin(TEXT.indexOf(surface));
		annotation.setEnd(TEXT.indexOf(surface) + surface.length());
		annotation.setOrigin("manual");
		annotation.setConfidence(1);
	}
}
