package org.dossier.ui.tests.views;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.dossier.internal.ui.handlers.OpenDossierHandler;
import org.dossier.internal.ui.views.FactsScanner;
import org.dossier.internal.ui.views.RowsView;
import org.dossier.internal.ui.views.table.RowTable;
import org.dossier.ui.DossierSession;
import org.dossier.ui.tests.driver.WorkbenchDriver;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the {@link AnalysisDossier} in the workbench before each test of a view, and closes it after;
 * reads and selects a view's rows. A view's native table holds only the rows on screen, so rows are
 * read from the view's {@link RowTable}, and how they look from the table's items on screen.
 */
abstract class ViewsTestSupport {

	@TempDir
	Path temp;

	WorkbenchDriver driver;

	@BeforeEach
	void openTheAnalysisDossier() throws Exception {
		driver = new WorkbenchDriver();
		Path folder = AnalysisDossier.create(temp.resolve("casualty-figures"));
		driver.executeCommand(OpenDossierHandler.COMMAND_ID, Map.of(OpenDossierHandler.FOLDER_PARAMETER, folder.toString()));
	}

	@AfterEach
	void closeTheDossier() {
		driver.run(() -> DossierSession.getDefault().close());
	}

	/** Shows a view with its filter cleared (views keep their filter while the workbench runs). */
	<V extends RowsView<?>> V showView(String id, Class<V> type) {
		V view = driver.view(id, type);
		driver.run(() -> view.getFilterBar().clear());
		return view;
	}

	Table table(RowsView<?> view) {
		return driver.onUi(() -> view.getTable().getTable());
	}

	/** The cells of every row a view shows, on screen or not. */
	List<List<String>> rows(RowsView<?> view) {
		return driver.onUi(() -> cells(view.getTable()));
	}

	/** Waits until the views have read every document of the dossier (again, after a change) and shown them. */
	List<List<String>> rowsOnceRead(RowsView<?> view) {
		WorkbenchDriver.waitUntil("the views have read every document", () -> driver.onUi(() -> {
			FactsScanner scanner = FactsScanner.getDefault();
			return !scanner.isScanning() && scanner.getFacts().isComplete()
					&& scanner.getFacts().documentCount() == AnalysisDossier.DOCUMENTS;
		}));
		driver.settle();
		return rows(view);
	}

	/** The cells of the selected rows of a table. */
	List<List<String>> selectedRows(RowTable<?> table) {
		return driver.onUi(() -> {
			List<List<String>> cells = cells(table);
			return Arrays.stream(table.getSelectionIndices()).mapToObj(cells::get).toList();
		});
	}

	/** The index of the first row whose first cell is this text. */
	int indexOf(RowsView<?> view, String firstCell) {
		List<List<String>> rows = rows(view);
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).get(0).equals(firstCell)) {
				return i;
			}
		}
		throw new AssertionError("No row '" + firstCell + "' in " + rows);
	}

	/** Clicks rows (by their index among the rows shown), which must be on screen. */
	void select(RowsView<?> view, int... rows) {
		int top = driver.onUi(() -> view.getTable().getTopIndex());
		driver.select(table(view), Arrays.stream(rows).map(row -> row - top).toArray());
	}

	/** Whether a row is flagged, and drawn so when on screen: bold, in the warning colour. */
	boolean isFlagged(RowsView<?> view, int row) {
		return driver.onUi(() -> {
			RowTable<?> rows = view.getTable();
			Table table = rows.getTable();
			int onScreen = row - rows.getTopIndex();
			if (onScreen < 0 || onScreen >= table.getItemCount()) {
				throw new AssertionError("Row " + row + " is not on screen");
			}
			TableItem item = table.getItem(onScreen);
			boolean drawnFlagged = (item.getFont().getFontData()[0].getStyle() & SWT.BOLD) != 0
					&& item.getForeground().equals(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			if (drawnFlagged != rows.isFlagged(row)) {
				throw new AssertionError("Row " + row + " is drawn " + (drawnFlagged ? "" : "not ") + "flagged, but is "
						+ (rows.isFlagged(row) ? "" : "not ") + "flagged");
			}
			return drawnFlagged;
		});
	}

	private static List<List<String>> cells(RowTable<?> table) {
		List<List<String>> rows = new ArrayList<>();
		int columns = table.getTable().getColumnCount();
		for (int i = 0; i < table.getRowCount(); i++) {
			List<String> cells = new ArrayList<>();
			for (int column = 0; column < columns; column++) {
				cells.add(table.cellText(i, column));
			}
			rows.add(cells);
		}
		return rows;
	}
}
