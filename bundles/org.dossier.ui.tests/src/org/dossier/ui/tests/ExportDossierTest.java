package org.dossier.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.dossier.core.store.DossierStore;
import org.dossier.internal.ui.exporting.ExportDossierWizard;
import org.dossier.internal.ui.handlers.OpenDossierHandler;
import org.dossier.model.DossierFactory;
import org.dossier.ui.DossierSession;
import org.dossier.ui.tests.driver.WorkbenchDriver;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Export Dossier wizard (File &gt; Export &gt; Dossier) writes the open dossier as dossier-json. */
class ExportDossierTest {

	@TempDir
	Path temp;

	private final WorkbenchDriver driver = new WorkbenchDriver();

	@AfterEach
	void closeDossier() {
		driver.run(() -> DossierSession.getDefault().close());
	}

	@Test
	void exportsTheOpenDossierAsDossierJson() throws Exception {
		Path folder = temp.resolve("press");
		try (DossierStore store = DossierStore.create(folder, "Press")) {
			var document = DossierFactory.eINSTANCE.createDocument();
			document.setTitle("Note");
			document.setLanguage("fr");
			document.setText("Le 2 mai 2024.");
			store.addDocument(document);
			store.save();
		}
		driver.executeCommand(OpenDossierHandler.COMMAND_ID, Map.of(OpenDossierHandler.FOLDER_PARAMETER, folder.toString()));

		driver.mainShell().getDisplay().asyncExec(() -> new WizardDialog(driver.mainShell(), new ExportDossierWizard()).open());
		Shell wizard = driver.shell("Export Dossier");
		Path output = temp.resolve("press.json");
		Text to = driver.find(wizard, Text.class, t -> true, "for the output");
		driver.type(to, output.toString());
		driver.screenshot(wizard, "export-wizard");
		driver.click(driver.button(wizard, "Finish"));

		WorkbenchDriver.waitUntil("the export is written", () -> Files.exists(output));
		WorkbenchDriver.waitUntil("the export is complete", () -> {
			try {
				return Files.readString(output).contains("\"Le 2 mai 2024.\"");
			} catch (java.io.IOException e) {
				return false;
			}
		});
		assertThat(Files.readString(output)).contains("\"format\"").contains("dossier-json");
	}
}
