package org.dossier.ui.tests.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dossier.internal.ui.editor.DocumentEditor;
import org.dossier.internal.ui.views.entities.EntitiesView;
import org.dossier.internal.ui.views.figures.FiguresView;
import org.dossier.model.DocumentEntry;
import org.dossier.ui.DocumentEditorInput;
import org.dossier.ui.DocumentEditors;
import org.dossier.ui.tests.driver.WorkbenchDriver;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The views and the document editor linked by selection, both ways. */
class EditorLinkingTest extends ViewsTestSupport {

	@AfterEach
	void closeTheEditors() {
		driver.run(() -> driver.window().getActivePage().closeAllEditors(false));
	}

	@Test
	void theViewsSelectTheRowsOfWhatIsSelectedInTheEditor() {
		EntitiesView entities = showView(EntitiesView.ID, EntitiesView.class);
		FiguresView figures = showView(FiguresView.ID, FiguresView.class);
		rowsOnceRead(figures);
		DocumentEditor editor = open(AnalysisDossier.WIRE_REPORT);

		int moscow = AnalysisDossier.WIRE_TEXT.indexOf("Moscow");
		driver.run(() -> editor.reveal(moscow, moscow + "Moscow".length()));
		WorkbenchDriver.waitUntil("the Entities view selects Moscow",
				() -> selectedRows(entities.getTable()).stream().map(row -> row.get(0)).toList().equals(List.of("Moscow")));

		int count = AnalysisDossier.WIRE_TEXT.indexOf("1,200 casualties");
		driver.run(() -> editor.reveal(count + 2, count + 2));
		WorkbenchDriver.waitUntil("the Quantities and Dates view selects the figure under the caret",
				() -> selectedRows(figures.getTable()).stream().map(row -> row.get(1)).toList().equals(List.of("1,200 casualties")));
		driver.screenshot(driver.mainShell(), "linking-editor-to-views");
	}

	@Test
	void openingARowShowsItsSpanInTheEditor() {
		FiguresView figures = showView(FiguresView.ID, FiguresView.class);
		List<List<String>> rows = rowsOnceRead(figures);
		int blogFigure = rows.indexOf(rows.stream().filter(row -> row.get(1).equals("1,500 casualties")).findFirst().orElseThrow());
		int top = driver.onUi(() -> figures.getTable().getTopIndex());

		driver.doubleClick(table(figures), blogFigure - top);

		WorkbenchDriver.waitUntil("the blog post is open in the editor", () -> documentIdOf(driver.onUi(this::activeEditor)).equals(AnalysisDossier.BLOG_POST));
		DocumentEditor editor = (DocumentEditor) driver.onUi(this::activeEditor);
		assertThat(selectedText(editor)).isEqualTo("1,500 casualties");
		driver.screenshot(driver.mainShell(), "linking-row-opened");
	}

	@Test
	void selectingARowShowsItInAnOpenEditorWhileTheViewKeepsTheFocus() {
		DocumentEditor editor = open(AnalysisDossier.WIRE_REPORT);
		FiguresView figures = showView(FiguresView.ID, FiguresView.class);
		List<List<String>> rows = rowsOnceRead(figures);
		int date = rows.indexOf(rows.stream().filter(row -> row.get(1).equals("30 October 2017")).findFirst().orElseThrow());

		select(figures, date);

		WorkbenchDriver.waitUntil("the editor shows the date", () -> selectedText(editor).equals("30 October 2017"));
		assertThat(driver.onUi(() -> driver.window().getActivePage().getActivePart())).isSameAs(figures);
		driver.screenshot(driver.mainShell(), "linking-row-shown-in-open-editor");
	}

	private DocumentEditor open(String documentId) {
		return driver.onUi(() -> {
			DocumentEntry entry = new DocumentEditorInput(documentId, null).findEntry();
			try {
				return (DocumentEditor) DocumentEditors.open(driver.window().getActivePage(), entry);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
	}

	private IEditorPart activeEditor() {
		return driver.window().getActivePage().getActiveEditor();
	}

	private static String documentIdOf(IEditorPart editor) {
		return editor != null && editor.getEditorInput() instanceof DocumentEditorInput input ? input.getDocumentId() : "";
	}

	private String selectedText(DocumentEditor editor) {
		return driver.onUi(() -> {
			ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
			return selection.getText() == null ? "" : selection.getText();
		});
	}
}
