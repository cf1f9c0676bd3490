package org.dossier.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.dossier.core.store.DossierStore;
import org.dossier.internal.ui.explorer.DossierExplorerView;
import org.dossier.internal.ui.explorer.ExplorerGroup;
import org.dossier.internal.ui.handlers.OpenDossierHandler;
import org.dossier.model.Document;
import org.dossier.model.DossierFactory;
import org.dossier.ui.DossierSession;
import org.dossier.ui.tests.driver.WorkbenchDriver;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench as a user meets it: the Dossier perspective, the explorer, opening and creating dossiers. */
class DossierWorkbenchTest {

	@TempDir
	Path temp;

	private WorkbenchDriver driver;

	@BeforeEach
	void startFromNoDossier() {
		driver = new WorkbenchDriver();
		driver.run(() -> DossierSession.getDefault().close());
	}

	@AfterEach
	void closeDossier() {
		driver.run(() -> DossierSession.getDefault().close());
	}

	@Test
	void opensInTheDossierPerspectiveWithTheExplorer() {
		String perspective = driver.onUi(() -> driver.window().getActivePage().getPerspective().getId());
		assertThat(perspective).isEqualTo("org.dossier.ui.perspective");
		DossierExplorerView explorer = driver.view(DossierExplorerView.ID, DossierExplorerView.class);
		assertThat(driver.onUi(explorer::getContentDescription)).startsWith("No dossier open");
		assertThat(driver.onUi(() -> driver.mainShell().getText())).isEqualTo("Dossier");
		driver.screenshot(driver.mainShell(), "workbench-empty");
	}

	@Test
	void theExplorerListsTheDocumentsOfAnOpenedDossier() throws Exception {
		Path folder = temp.resolve("press-review");
		try (DossierStore store = DossierStore.create(folder, "Press review")) {
			var communique = document("Communiqué du 3 mai", "fr", 4);
			store.addDocument(communique);
			store.addDocument(document("Bericht über die Wahl", "de", 7));
			store.addDocument(document("Отчёт о выборах", "ru", 0));
			var moscow = DossierFactory.eINSTANCE.createEntity();
			moscow.setName("Moscow");
			moscow.setKind(org.dossier.model.EntityKind.LOCATION);
			store.getDossier().getEntities().add(moscow);
			var agency = DossierFactory.eINSTANCE.createSource();
			agency.setName("Agence Exemple");
			agency.setReliability(org.dossier.model.Reliability.USUALLY_RELIABLE);
			store.getDossier().getSources().add(agency);
			communique.setPublisher(agency);
			store.save();
		}

		driver.executeCommand(OpenDossierHandler.COMMAND_ID, Map.of(OpenDossierHandler.FOLDER_PARAMETER, folder.toString()));

		DossierExplorerView explorer = driver.view(DossierExplorerView.ID, DossierExplorerView.class);
		Tree tree = driver.onUi(() -> explorer.getViewer().getTree());
		WorkbenchDriver.waitUntil("the explorer shows the dossier's documents", () -> rows(tree).size() >= 4);
		assertThat(rows(tree)).startsWith(
				List.of("Documents (3)", "", ""),
				List.of("Communiqué du 3 mai", "fr", "4"),
				List.of("Bericht über die Wahl", "de", "7"),
				List.of("Отчёт о выборах", "ru", "0"));
		assertThat(driver.onUi(explorer::getContentDescription)).startsWith("Press review - ");
		driver.run(() -> explorer.getViewer().expandAll());
		assertThat(driver.onUi(() -> java.util.Arrays.stream(tree.getItem(1).getItems()).map(i -> i.getText(0)).toList()))
				.as("entities by their own names").containsExactly("Moscow (location)");
		assertThat(driver.onUi(() -> java.util.Arrays.stream(tree.getItem(3).getItems()).map(i -> i.getText(0)).toList()))
				.as("sources with their reliability").containsExactly("Agence Exemple [B]");
		assertThat(driver.onUi(() -> driver.mainShell().getText())).isEqualTo("Press review - Dossier");
		driver.screenshot(driver.mainShell(), "explorer-lists-documents");

		driver.run(() -> explorer.setGrouping(ExplorerGroup.Grouping.LANGUAGE));
		driver.run(() -> explorer.getViewer().expandAll());
		assertThat(driver.onUi(() -> Arrays.stream(tree.getItem(0).getItems())
				.map(language -> language.getText(0) + ": " + Arrays.stream(language.getItems()).map(i -> i.getText(0)).toList()).toList()))
				.as("documents by language").containsExactly("de (1): [Bericht über die Wahl]", "fr (1): [Communiqué du 3 mai]",
						"ru (1): [Отчёт о выборах]");
		assertThat(driver.onUi(() -> Arrays.stream(tree.getItem(1).getItems()).map(kind -> kind.getText(0)).toList()))
				.as("entities by kind").containsExactly("Places (1)");
		driver.screenshot(driver.mainShell(), "explorer-grouped");
		driver.run(() -> explorer.setGrouping(ExplorerGroup.Grouping.SOURCE));
		driver.run(() -> explorer.getViewer().expandAll());
		assertThat(driver.onUi(() -> Arrays.stream(tree.getItem(0).getItems()).map(source -> source.getText(0)).toList()))
				.as("documents by source, with its grade").containsExactly("(no source) (2)", "Agence Exemple [B] (1)");
		driver.run(() -> explorer.setGrouping(ExplorerGroup.Grouping.NONE));
	}

	@Test
	void newDossierWizardCreatesAndOpensADossier() {
		driver.menu("File", "New Dossier...");
		Shell wizard = driver.shell("New Dossier");
		driver.type(driver.text(wizard, "name"), "Élections 2024");
		driver.type(driver.text(wizard, "location"), temp.toString());
		driver.screenshot(wizard, "new-dossier-wizard");
		driver.click(driver.button(wizard, "Finish"));
		driver.waitUntilClosed(wizard);

		Path created = temp.resolve("Elections-2024");
		assertThat(DossierStore.isDossier(created)).isTrue();
		DossierStore open = driver.onUi(() -> DossierSession.getDefault().getStore());
		assertThat(open.getFolder()).isEqualTo(created);
		assertThat(open.getDossier().getName()).isEqualTo("Élections 2024");

		DossierExplorerView explorer = driver.view(DossierExplorerView.ID, DossierExplorerView.class);
		Tree tree = driver.onUi(() -> explorer.getViewer().getTree());
		assertThat(rows(tree)).first().isEqualTo(List.of("Documents (0)", "", ""));
		driver.screenshot(driver.mainShell(), "new-dossier-opened");
	}

	private List<List<String>> rows(Tree tree) {
		return driver.onUi(() -> {
			List<List<String>> rows = new java.util.ArrayList<>();
			for (TreeItem item : tree.getItems()) {
				rows.add(cells(item));
				if (item.getExpanded()) {
					Arrays.stream(item.getItems()).map(DossierWorkbenchTest::cells).forEach(rows::add);
				}
			}
			return rows;
		});
	}

	private static List<String> cells(TreeItem item) {
		return List.of(item.getText(0), item.getText(1), item.getText(2));
	}

	private static Document document(String title, String language, int annotations) {
		Document document = DossierFactory.eINSTANCE.createDocument();
		document.setTitle(title);
		document.setLanguage(language);
		document.setText("x".repeat(100));
		for (int i = 0; i < annotations; i++) {
			var date = DossierFactory.eINSTANCE.createDateMention();
			date.setBegin(i);
			date.setEnd(i + 1);
			date.setValue("2024");
			document.getAnnotations().add(date);
		}
		return document;
	}
}
