package org.dossier.examples.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dossier.core.exporting.ExportFormats;
import org.dossier.core.exporting.ExportFormats.Format;
import org.dossier.core.store.DossierStore;
import org.dossier.model.DateMention;
import org.dossier.model.Document;
import org.dossier.model.DossierFactory;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example exporter, run by format id through Dossier's export API as the command line and the wizard do. */
class TimelineExportTest {

	private static final String FRENCH = "Paris, le 3 novembre 2019. Vote du 2 mai.";
	private static final String GERMAN = "Der Bundestag hat nach langer Debatte und vielen Änderungen am 16. September 2024 "
			+ "die Soforthilfe bewilligt, wie das Präsidium am Abend mitteilte.";

	@TempDir
	Path temp;

	private DossierStore store;

	@BeforeEach
	void createDossier() throws IOException {
		store = DossierStore.create(temp.resolve("dossier"), "Timeline test");
		Document french = document("d-fr", "Communiqué", FRENCH);
		date(french, "3 novembre 2019", "2019-11-03");
		date(french, "2 mai", "--05-02");
		store.addDocument(french);
		Document german = document("d-de", "Bericht | Berlin", GERMAN);
		date(german, "Debatte", null);
		date(german, "16. September 2024", "2024-09-16");
		store.addDocument(german);
		store.save();
	}

	@AfterEach
	void closeDossier() {
		store.close();
	}

	@Test
	void theTimelineFormatIsInstalledUnderItsId() {
		assertThat(ExportFormats.all()).contains(new Format("timeline", "Timeline of dates (Markdown, example)", false, "md"));
	}

	@Test
	void datesAreListedInDateOrderWithTheirDocumentAndTheWordsAround() throws IOException {
		Path file = temp.resolve("out/timeline.md");

		ExportFormats.export(store, "timeline", file, new NullProgressMonitor());

		assertThat(Files.readString(file)).isEqualTo("""
				# Timeline: Timeline test

				3 dates in 2 documents, in date order.

				| Date | Document | Passage |
				|---|---|---|
				| 2019-11-03 | Communiqué | Paris, le **3 novembre 2019**. Vote du 2 mai. |
				| 2024-09-16 | Bericht \\| Berlin | …Debatte und vielen Änderungen am **16. September 2024** die Soforthilfe bewilligt, wie das… |

				## Year not stated

				| Date | Document | Passage |
				|---|---|---|
				| --05-02 | Communiqué | Paris, le 3 novembre 2019. Vote du **2 mai**. |
				""");
		assertThat(temp.resolve("out")).isDirectoryNotContaining("glob:**.part");
	}

	@Test
	void aFolderIsRefusedWithTheReason() throws IOException {
		Path folder = Files.createDirectories(temp.resolve("existing-folder"));

		assertThatThrownBy(() -> ExportFormats.export(store, "timeline", folder, new NullProgressMonitor()))
				.isInstanceOf(IOException.class).hasMessage(folder + ": is a folder; the timeline format writes one file");
	}

	@Test
	void aCancelledExportLeavesTheEarlierFileAsItWas() throws IOException {
		Path file = Files.writeString(temp.resolve("timeline.md"), "an earlier timeline\n");
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);

		assertThatThrownBy(() -> ExportFormats.export(store, "timeline", file, cancelled)).isInstanceOf(OperationCanceledException.class);

		assertThat(file).hasContent("an earlier timeline");
		assertThat(temp).isDirectoryNotContaining("glob:**.part");
	}

	private static Document document(String id, String title, String text) {
		Document document = DossierFactory.eINSTANCE.createDocument();
		document.setId(id);
		document.setTitle(title);
		document.setText(text);
		return document;
	}

	private static void date(Document document, String passage, String value) {
		int begin = document.getText().indexOf(passage);
		DateMention date = DossierFactory.eINSTANCE.createDateMention();
		date.setId(document.getId() + "-a" + (document.getAnnotations().size() + 1));
		date.setBegin(begin);
		date.setEnd(begin + passage.length());
		date.setValue(value);
		document.getAnnotations().add(date);
	}
}
