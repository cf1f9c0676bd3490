package org.dossier.ui.tests.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.dossier.core.store.DossierStore;
import org.dossier.internal.ui.editor.DocumentEditor;
import org.dossier.internal.ui.explorer.DossierExplorerView;
import org.dossier.internal.ui.handlers.OpenDossierHandler;
import org.dossier.internal.ui.importing.ImportDocumentsJob;
import org.dossier.internal.ui.views.entities.EntitiesView;
import org.dossier.internal.ui.views.FactsScanner;
import org.dossier.internal.ui.views.table.RowTable;
import org.dossier.model.Claim;
import org.dossier.model.Quantity;
import org.dossier.ui.DossierSession;
import org.dossier.ui.tests.DocumentEditorProbe;
import org.dossier.ui.tests.driver.WorkbenchDriver;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An analyst's session from end to end, on the real workbench: documents imported through the wizard,
 * one opened, an entity marked, a claim made from a selection and evidence linked, undone and redone,
 * saved, the dossier closed and reopened, two entities merged in the Entities view, and the editor's
 * hovers following the merge.
 */
class AnalystWorkflowTest {

	private static final String COMMUNIQUE = "Communiqué du ministère\n\nLe 3 novembre 2019, le ministre Sergueï Lavrov a déclaré : "
			+ "« Nos forces ont détruit 350 000 obus. » Selon l'agence, le chef de la diplomatie a confirmé ce chiffre à Moscou.";

	@TempDir
	Path temp;

	private final WorkbenchDriver driver = new WorkbenchDriver();
	private final DocumentEditorProbe probe = new DocumentEditorProbe(driver);

	@AfterEach
	void closeEverything() {
		driver.run(() -> {
			driver.window().getActivePage().closeAllEditors(false);
			DossierSession.getDefault().close();
		});
	}

	@Test
	void importAnnotateClaimEvidenceUndoSaveReopenMergeAndHoversFollow() throws Exception {
		Path folder = temp.resolve("dossier");
		DossierStore.create(folder, "Workflow").close();
		driver.executeCommand(OpenDossierHandler.COMMAND_ID, Map.of(OpenDossierHandler.FOLDER_PARAMETER, folder.toString()));
		Path source = temp.resolve("communique.txt");
		Files.writeString(source, COMMUNIQUE, StandardCharsets.UTF_8);

		driver.menu("File", "Import Documents...");
		Shell wizard = driver.shell("Import Documents");
		var path = driver.text(wizard, "path");
		driver.type(path, source.toString());
		driver.pressEnter(path);
		driver.click(driver.button(wizard, "Finish"));
		Shell report = driver.shell("Import Finished");
		driver.click(driver.button(report, "OK"));
		driver.waitUntilClosed(report);
		Job.getJobManager().join(ImportDocumentsJob.FAMILY, null);
		WorkbenchDriver.waitUntil("the document is listed", () -> driver.onUi(() -> DossierSession.getDefault().getStore().getDossier().getDocuments().size() == 1));

		DocumentEditor editor = openTheDocument();
		int chief = COMMUNIQUE.indexOf("le chef de la diplomatie");
		driver.run(() -> editor.reveal(chief, chief + "le chef de la diplomatie".length()));
		driver.executeCommandLater("org.dossier.ui.editor.markMention");
		Shell mention = driver.shell("Mark Entity Mention");
		driver.type(driver.text(mention, "filter"), "Chef de la diplomatie russe");
		driver.click(driver.button(mention, "OK"));
		driver.waitUntilClosed(mention);
		assertThat(probe.hoverAt(editor, chief + 3)).startsWith("Person: Chef de la diplomatie russe");

		int quoteBegin = COMMUNIQUE.indexOf('«');
		driver.run(() -> editor.reveal(quoteBegin, COMMUNIQUE.indexOf('»') + 1));
		driver.executeCommandLater("org.dossier.ui.editor.createClaim");
		Shell claimDialog = driver.shell("Create Claim");
		driver.type(driver.text(claimDialog, "Statement"), "Russian forces destroyed 350,000 shells");
		driver.click(driver.button(claimDialog, "OK"));
		driver.waitUntilClosed(claimDialog);
		int figure = COMMUNIQUE.indexOf("350 000");
		driver.run(() -> editor.reveal(figure + 1, figure + 1));
		driver.executeCommandLater("org.dossier.ui.editor.linkEvidence");
		Shell link = driver.shell("Link as Evidence");
		driver.click(driver.button(link, "OK"));
		driver.waitUntilClosed(link);
		Claim claim = driver.onUi(() -> DossierSession.getDefault().getStore().getDossier().getClaims().get(0));
		assertThat(claim.getEvidence()).singleElement().satisfies(e -> assertThat(e.getTarget()).isInstanceOf(Quantity.class));

		driver.menu("Edit", "Undo Link Evidence");
		WorkbenchDriver.waitUntil("the evidence link is undone", () -> driver.onUi(() -> claim.getEvidence().isEmpty()));
		driver.menu("Edit", "Redo Link Evidence");
		WorkbenchDriver.waitUntil("the evidence link is back", () -> driver.onUi(() -> claim.getEvidence().size() == 1));
		driver.executeCommand("org.eclipse.ui.file.save", Map.of());
		driver.executeCommand("org.dossier.ui.closeDossier", Map.of());
		driver.executeCommand(OpenDossierHandler.COMMAND_ID, Map.of(OpenDossierHandler.FOLDER_PARAMETER, folder.toString()));
		Claim reread = driver.onUi(() -> DossierSession.getDefault().getStore().getDossier().getClaims().get(0));
		assertThat(reread.getStatement()).isEqualTo("Russian forces destroyed 350,000 shells");
		assertThat(reread.getEvidence()).singleElement().satisfies(e -> assertThat(e.getTarget()).isInstanceOf(Quantity.class));

		EntitiesView entities = driver.view(EntitiesView.ID, EntitiesView.class);
		driver.run(() -> entities.getFilterBar().clear());
		WorkbenchDriver.waitUntil("the views have read the document", () -> driver.onUi(() -> !FactsScanner.getDefault().isScanning()
				&& FactsScanner.getDefault().getFacts().isComplete()));
		driver.settle();
		int lavrov = rowContaining(entities, "Lavrov");
		int chiefRow = rowContaining(entities, "Chef de la diplomatie");
		int top = driver.onUi(() -> entities.getTable().getTopIndex());
		driver.select(driver.onUi(() -> entities.getTable().getTable()), lavrov - top, chiefRow - top);
		driver.contextMenu(driver.onUi(() -> entities.getTable().getTable()), "Merge Entities...");
		Shell merge = driver.shell("Merge Entities");
		Table choices = driver.find(merge, Table.class, t -> true, "of the entities to keep");
		List<List<String>> options = driver.rows(choices);
		int keepLavrov = options.indexOf(options.stream().filter(row -> row.get(0).contains("Lavrov")).findFirst().orElseThrow());
		driver.select(choices, keepLavrov);
		driver.screenshot(merge, "workflow-merge");
		driver.click(driver.button(merge, "OK"));
		driver.waitUntilClosed(merge);

		DocumentEditor reopened = openTheDocument();
		WorkbenchDriver.waitUntil("the hover names the merged entity", () -> probe.hoverAt(reopened, chief + 3).contains("Lavrov"));
		assertThat(probe.hoverAt(reopened, chief + 3)).startsWith("Person: Serge").contains("Also:").contains("Chef de la diplomatie russe");
		driver.run(() -> reopened.reveal(chief, chief + "le chef de la diplomatie".length()));
		driver.screenshot(driver.mainShell(), "workflow-merged-hover");
	}

	private DocumentEditor openTheDocument() {
		DossierExplorerView explorer = driver.view(DossierExplorerView.ID, DossierExplorerView.class);
		driver.run(() -> explorer.getViewer().setSelection(
				new StructuredSelection(DossierSession.getDefault().getStore().getDossier().getDocuments().get(0)), true));
		return probe.openFirstDocument();
	}

	private int rowContaining(EntitiesView view, String name) {
		return driver.onUi(() -> {
			RowTable<?> table = view.getTable();
			for (int i = 0; i < table.getRowCount(); i++) {
				if (table.cellText(i, 0).contains(name)) {
					return i;
				}
			}
			throw new AssertionError("No entity " + name);
		});
	}
}
