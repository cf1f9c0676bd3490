package org.dossier.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.dossier.core.store.DossierStore;
import org.dossier.internal.ui.explorer.DossierExplorerView;
import org.dossier.internal.ui.handlers.OpenDossierHandler;
import org.dossier.internal.ui.importing.ImportDocumentsJob;
import org.dossier.model.DocumentEntry;
import org.dossier.ui.DossierSession;
import org.dossier.ui.tests.driver.WorkbenchDriver;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File &gt; Import Documents, as a user does it: files and a folder, a bad file among them, the report. */
class ImportDocumentsTest {

	@TempDir
	Path temp;

	private WorkbenchDriver driver;

	@BeforeEach
	void openAnEmptyDossier() throws Exception {
		driver = new WorkbenchDriver();
		Path folder = temp.resolve("dossier");
		DossierStore.create(folder, "Imports").close();
		driver.executeCommand(OpenDossierHandler.COMMAND_ID, Map.of(OpenDossierHandler.FOLDER_PARAMETER, folder.toString()));
	}

	@AfterEach
	void closeDossier() {
		driver.run(() -> DossierSession.getDefault().close());
	}

	@Test
	void importsFilesAndFoldersAndReportsTheFileThatFailed() throws Exception {
		Path french = write("communique.txt", "Communiqué de presse\n\nLe 3 novembre 2019, le ministre a déclaré à Paris que 45 % des électeurs ont voté.");
		Path sources = temp.resolve("sources");
		write("sources/bericht.txt", "Bericht\n\nAm 16. September 2024 sagte die Sprecherin in Berlin, 3,7 Millionen Euro seien bereitgestellt.");
		write("sources/svodka.txt", "Сводка\n\n14 ноября 2014 г. министр заявил, что ущерб составил 7 млн рублей.");
		write("sources/empty.txt", "");

		driver.menu("File", "Import Documents...");
		Shell wizard = driver.shell("Import Documents");
		for (Path input : List.of(french, sources)) {
			var path = driver.text(wizard, "path");
			driver.type(path, input.toString());
			driver.pressEnter(path);
		}
		driver.screenshot(wizard, "import-wizard");
		driver.click(driver.button(wizard, "Finish"));

		Shell report = driver.shell("Import Finished");
		driver.screenshot(report, "import-report");
		assertThat(driver.onUi(() -> texts(report))).anySatisfy(t -> assertThat(t).contains("Imported 3 of 4 files")
				.contains("empty.txt: empty file"));
		driver.click(driver.button(report, "OK"));
		Job.getJobManager().join(ImportDocumentsJob.FAMILY, null);

		DossierStore store = driver.onUi(() -> DossierSession.getDefault().getStore());
		assertThat(store.getDossier().getDocuments()).extracting(DocumentEntry::getTitle)
				.containsExactlyInAnyOrder("Communiqué de presse", "Bericht", "Сводка");
		DossierExplorerView explorer = driver.view(DossierExplorerView.ID, DossierExplorerView.class);
		WorkbenchDriver.waitUntil("the explorer lists the imported documents",
				() -> driver.onUi(() -> explorer.getViewer().getTree().getItem(0).getText(0)).equals("Documents (3)"));
		driver.run(() -> explorer.getViewer().expandAll());
		List<String> rows = driver.onUi(() -> {
			TreeItem documents = explorer.getViewer().getTree().getItem(0);
			return java.util.Arrays.stream(documents.getItems()).map(i -> i.getText(0) + " | " + i.getText(1)).toList();
		});
		assertThat(rows).containsExactlyInAnyOrder("Communiqué de presse | fr", "Bericht | de", "Сводка | ru");
		driver.screenshot(driver.mainShell(), "import-explorer");
	}

	@Test
	void unsavedChangesAreOnlySavedByAnImportTheUserConfirms() throws Exception {
		Path note = write("note.txt", "Note\n\nLe 4 mai 2021, la préfecture a publié un bilan.");
		driver.run(() -> {
			DossierSession session = DossierSession.getDefault();
			session.execute(org.eclipse.emf.edit.command.SetCommand.create(session.getEditingDomain(), session.getStore().getDossier(),
					org.dossier.model.DossierPackage.Literals.DOSSIER__NAME, "Imports (renamed)"));
		});
		assertThat(driver.onUi(() -> DossierSession.getDefault().isDirty())).isTrue();

		driver.menu("File", "Import Documents...");
		Shell wizard = driver.shell("Import Documents");
		var path = driver.text(wizard, "path");
		driver.type(path, note.toString());
		driver.pressEnter(path);
		driver.click(driver.button(wizard, "Finish"));
		Shell confirm = driver.shell(ImportDocumentsJob.CONFIRM_TITLE);
		driver.screenshot(confirm, "import-confirm-unsaved");
		driver.click(driver.button(confirm, "Cancel"));
		driver.waitUntilClosed(confirm);
		assertThat(driver.onUi(() -> wizard.isDisposed())).as("the wizard stays open").isFalse();
		assertThat(driver.onUi(() -> DossierSession.getDefault().getStore().getDossier().getDocuments())).isEmpty();

		driver.click(driver.button(wizard, "Finish"));
		Shell again = driver.shell(ImportDocumentsJob.CONFIRM_TITLE);
		driver.click(driver.button(again, "OK"));
		Shell report = driver.shell("Import Finished");
		driver.click(driver.button(report, "OK"));
		driver.waitUntilClosed(report);
		Job.getJobManager().join(ImportDocumentsJob.FAMILY, null);
		assertThat(driver.onUi(() -> DossierSession.getDefault().getStore().getDossier().getDocuments())).hasSize(1);
		try (DossierStore saved = DossierStore.openReadOnly(driver.onUi(() -> DossierSession.getDefault().getStore().getFolder()))) {
			assertThat(saved.getDossier().getName()).as("the confirmed import saved the rename").isEqualTo("Imports (renamed)");
		}
	}

	private Path write(String name, String content) throws Exception {
		Path file = temp.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	private static List<String> texts(Shell shell) {
		List<String> texts = new java.util.ArrayList<>();
		collect(shell, texts);
		return texts;
	}

	private static void collect(org.eclipse.swt.widgets.Control control, List<String> into) {
		if (control instanceof org.eclipse.swt.widgets.Label label) {
			into.add(label.getText());
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (var child : composite.getChildren()) {
				collect(child, into);
			}
		}
	}
}
