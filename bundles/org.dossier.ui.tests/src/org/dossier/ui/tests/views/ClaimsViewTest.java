package org.dossier.ui.tests.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dossier.internal.ui.views.claims.ClaimsView;
import org.dossier.ui.tests.driver.WorkbenchDriver;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

/** The Claims view: what backs each claim, unsupported claims standing out, new and deleted claims. */
class ClaimsViewTest extends ViewsTestSupport {

	private static final List<String> CASUALTIES = List.of("The ministry reported 1,200 casualties near Kyiv", "Ministry of Defence", "",
			"2 probably true", "mixed", "2", "B, E");
	private static final List<String> DENIAL = List.of("Moscow denied the casualty figure", "Moscow", "", "", "unverified", "1", "B");
	private static final List<String> PARTICIPATION = List.of("Turnout was 45 %", "", "", "", "unverified", "0", "");

	@Test
	void marksUnsupportedClaimsAndNotSupportedOnes() {
		ClaimsView view = showView(ClaimsView.ID, ClaimsView.class);
		Table table = table(view);

		assertThat(rowsOnceRead(view)).containsExactlyInAnyOrder(CASUALTIES, DENIAL, PARTICIPATION);
		assertThat(isFlagged(view, indexOf(view, CASUALTIES.get(0)))).as("supported").isFalse();
		assertThat(isFlagged(view, indexOf(view, DENIAL.get(0)))).as("context only").isTrue();
		assertThat(isFlagged(view, indexOf(view, PARTICIPATION.get(0)))).as("no evidence").isTrue();
		int denial = indexOf(view, DENIAL.get(0)) - driver.onUi(() -> view.getTable().getTopIndex());
		assertThat(driver.onUi(() -> table.getItem(denial).getImage(0))).as("a warning sign").isNotNull();
		driver.screenshot(driver.mainShell(), "claims-unsupported-marked");

		driver.check(driver.button(driver.onUi(() -> view.getFilterBar().getControl()), "Unsupported only"), true);
		WorkbenchDriver.waitUntil("only unsupported claims are left", () -> rows(view).size() == 2);
		assertThat(rows(view)).containsExactlyInAnyOrder(DENIAL, PARTICIPATION);
		driver.screenshot(driver.mainShell(), "claims-unsupported-only");
	}

	@Test
	void showsTheEvidenceOfTheSelectedClaimWithTheReliabilityOfItsSources() {
		ClaimsView view = showView(ClaimsView.ID, ClaimsView.class);
		rowsOnceRead(view);

		select(view, indexOf(view, CASUALTIES.get(0)));
		Table evidence = driver.onUi(() -> view.getEvidenceTable().getTable());
		WorkbenchDriver.waitUntil("the evidence is shown", () -> driver.rows(evidence).size() == 2);
		assertThat(driver.rows(evidence)).as("all on screen").containsExactlyInAnyOrder(
				List.of("supports", "Quantity: “1,200 casualties”", "Geneva talks stall", "Wire Service", "B", ""),
				List.of("refutes", "Quantity: “1,500 casualties”", "What we saw", "Eyewitness Blog", "E", ""));
		driver.screenshot(driver.mainShell(), "claims-evidence");
	}

	@Test
	void createsWithInsertAndDeletesClaimsUndoably() {
		ClaimsView view = showView(ClaimsView.ID, ClaimsView.class);
		Table table = table(view);
		rowsOnceRead(view);

		driver.pressKey(table, SWT.NONE, SWT.INSERT);
		Shell dialog = driver.shell("New Claim");
		driver.type(driver.find(dialog, Text.class, t -> true, "for the statement"), "Kyiv was shelled");
		driver.click(driver.button(dialog, "OK"));
		driver.waitUntilClosed(dialog);
		WorkbenchDriver.waitUntil("the new claim is listed", () -> rows(view).size() == 4);
		assertThat(selectedRows(view.getTable())).as("selected, for the Properties view").extracting(row -> row.get(0))
				.containsExactly("Kyiv was shelled");
		assertThat(isFlagged(view, indexOf(view, "Kyiv was shelled"))).as("no evidence yet").isTrue();
		driver.screenshot(driver.mainShell(), "claims-new");

		select(view, indexOf(view, "Kyiv was shelled"));
		driver.menu("Edit", "Delete");
		WorkbenchDriver.waitUntil("the claim is deleted", () -> rows(view).size() == 3);
		driver.menu("Edit", "Undo Delete Claim");
		WorkbenchDriver.waitUntil("the deletion is undone", () -> rows(view).size() == 4);
		assertThat(rows(view)).extracting(row -> row.get(0)).contains("Kyiv was shelled");
	}
}
