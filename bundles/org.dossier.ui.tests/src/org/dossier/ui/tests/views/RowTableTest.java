package org.dossier.ui.tests.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.dossier.internal.ui.views.table.Column;
import org.dossier.internal.ui.views.table.RowTable;
import org.dossier.ui.tests.driver.WorkbenchDriver;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The table under every view, with many more rows than fit on screen: the native table holds the rows
 * on screen only, and the keyboard, the wheel, sorting and filtering work on all of them.
 */
class RowTableTest {

	private static final int ROWS = 100_000;

	record Row(int number, String name) {
	}

	private WorkbenchDriver driver;
	private Shell shell;
	private RowTable<Row> rows;
	private Table table;

	@BeforeEach
	void showAHundredThousandRows() {
		driver = new WorkbenchDriver();
		List<Row> content = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			content.add(new Row(i, (i % 2 == 0 ? "Élysée " : "Kremlin ") + i));
		}
		driver.run(() -> {
			shell = new Shell(driver.mainShell(), SWT.SHELL_TRIM);
			shell.setText("Rows");
			shell.setLayout(new FillLayout());
			shell.setSize(500, 400);
			rows = new RowTable<>(shell, List.of(Column.count("Number", 10, Row::number), Column.text("Name", 30, Row::name)), Row::number);
			shell.open();
			rows.setRows(content);
			table = rows.getTable();
		});
		driver.settle();
	}

	@AfterEach
	void close() {
		driver.run(() -> shell.dispose());
	}

	@Test
	void holdsOnlyTheRowsOnScreenInTheNativeTable() {
		assertThat(driver.onUi(rows::getRowCount)).isEqualTo(ROWS);
		int onScreen = driver.onUi(table::getItemCount);
		assertThat(onScreen).isBetween(5, 30);
		assertThat(driver.onUi(() -> table.getItem(onScreen - 1).getText(0))).isEqualTo(Integer.toString(onScreen - 1));
		driver.screenshot(shell, "row-table-first-rows");
	}

	@Test
	void movesThroughAllRowsByKeyboardAndWheel() {
		driver.select(table, 0);
		driver.pressKey(table, SWT.NONE, SWT.END);
		WorkbenchDriver.waitUntil("End selects the last row", () -> driver.onUi(() -> rows.getSelectionIndices()[0]) == ROWS - 1);
		int onScreen = driver.onUi(table::getItemCount);
		assertThat(driver.onUi(() -> table.getItem(onScreen - 1).getText(0))).as("the last row on screen").isEqualTo(Integer.toString(ROWS - 1));
		assertThat(driver.onUi(() -> table.getSelection()[0].getText(0))).isEqualTo(Integer.toString(ROWS - 1));

		driver.pressKey(table, SWT.SHIFT, SWT.PAGE_UP);
		WorkbenchDriver.waitUntil("Shift+Page Up extends the selection", () -> driver.onUi(() -> rows.getSelectionIndices().length) == onScreen + 1);

		driver.pressKey(table, SWT.NONE, SWT.HOME);
		WorkbenchDriver.waitUntil("Home goes back to the first row", () -> driver.onUi(rows::getTopIndex) == 0);
		driver.run(() -> {
			Event wheel = new Event();
			wheel.count = -3;
			table.notifyListeners(SWT.MouseVerticalWheel, wheel);
		});
		assertThat(driver.onUi(rows::getTopIndex)).as("the wheel scrolls three rows").isEqualTo(3);
		assertThat(driver.onUi(() -> table.getItem(0).getText(0))).isEqualTo("3");
		driver.screenshot(shell, "row-table-scrolled");
	}

	@Test
	void sortsAndFiltersAllRowsKeepingTheSelection() {
		driver.run(() -> rows.select(List.of(77_777)));

		driver.clickColumn(table, 1);
		assertThat(driver.onUi(() -> rows.cellText(0, 1))).as("accents ignored: Élysée sorts as Elysee").isEqualTo("Élysée 0");
		driver.clickColumn(table, 1);
		assertThat(driver.onUi(() -> rows.cellText(0, 1))).isEqualTo("Kremlin 99999");
		assertThat(driver.onUi(() -> rows.selectedRows())).containsExactly(new Row(77_777, "Kremlin 77777"));

		driver.run(() -> rows.setFilterText("kremlin 7777"));
		assertThat(driver.onUi(rows::getRowCount)).as("odd numbers holding 7777").isEqualTo(14);
		assertThat(driver.onUi(() -> rows.selectedRows())).containsExactly(new Row(77_777, "Kremlin 77777"));
		assertThat(driver.onUi(() -> table.getSelection()[0].getText(1))).as("selected on screen").isEqualTo("Kremlin 77777");
		driver.screenshot(shell, "row-table-sorted-filtered");

		driver.run(() -> rows.setFilterText("ELYSEE 10000"));
		assertThat(driver.onUi(() -> rows.cellText(0, 1))).as("the filter ignores case and accents").isEqualTo("Élysée 10000");
		assertThat(driver.onUi(rows::getRowCount)).isEqualTo(1);
	}
}
