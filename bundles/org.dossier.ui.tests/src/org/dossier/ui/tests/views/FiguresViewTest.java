package org.dossier.ui.tests.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dossier.internal.ui.views.figures.FiguresView;
import org.dossier.ui.tests.driver.WorkbenchDriver;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;

/** The Quantities and Dates view: figures and dates side by side, conflicting casualty counts flagged. */
class FiguresViewTest extends ViewsTestSupport {

	private static final List<String> WIRE_COUNT = List.of("Geneva talks stall", "1,200 casualties", "count", "1,200", "", "casualties",
			"Wire Service", "count of “casualties”: 1,200 / 1,500");
	private static final List<String> BLOG_COUNT = List.of("What we saw", "1,500 casualties", "count", "1,500", "", "casualties",
			"Eyewitness Blog", "count of “casualties”: 1,200 / 1,500");
	private static final List<String> TURNOUT = List.of("Communiqué", "45 %", "percent", "45", "%", "participation", "", "");
	private static final List<String> DEATHS = List.of("Сводка", "7 человек", "count", "7", "", "человек", "", "");
	private static final List<String> TALKS = List.of("Geneva talks stall", "30 October 2017", "date", "2017-10-30", "", "", "Wire Service", "");
	private static final List<String> COMMUNIQUE = List.of("Communiqué", "3 novembre 2019", "date", "2019-11-03", "", "", "", "");
	private static final List<String> SUMMARY = List.of("Сводка", "14 ноября 2014 г.", "date", "2014-11-14", "", "", "", "");

	@Test
	void listsFiguresAndDatesNormalisedAndFlagsConflictingCounts() {
		FiguresView view = showView(FiguresView.ID, FiguresView.class);
		Table table = table(view);

		assertThat(rowsOnceRead(view)).containsExactlyInAnyOrder(WIRE_COUNT, BLOG_COUNT, TURNOUT, DEATHS, TALKS, COMMUNIQUE, SUMMARY);
		assertThat(isFlagged(view, rows(view).indexOf(WIRE_COUNT))).isTrue();
		assertThat(isFlagged(view, rows(view).indexOf(BLOG_COUNT))).isTrue();
		assertThat(isFlagged(view, rows(view).indexOf(DEATHS))).isFalse();

		driver.clickColumn(table, 3);
		assertThat(rows(view)).as("numbers by value, then dates").containsExactly(DEATHS, TURNOUT, WIRE_COUNT, BLOG_COUNT, SUMMARY,
				TALKS, COMMUNIQUE);
		driver.screenshot(driver.mainShell(), "figures-by-value");

		driver.check(driver.button(driver.onUi(() -> view.getFilterBar().getControl()), "Conflicts only"), true);
		WorkbenchDriver.waitUntil("only the conflicting figures are left", () -> rows(view).size() == 2);
		assertThat(rows(view)).containsExactly(WIRE_COUNT, BLOG_COUNT);
		driver.screenshot(driver.mainShell(), "figures-conflicts-only");
	}
}
