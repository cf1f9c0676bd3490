package org.dossier.ui.tests.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dossier.internal.ui.views.figures.FiguresView;
import org.dossier.internal.ui.views.problems.ProblemsView;
import org.dossier.internal.ui.views.references.ReferencesView;
import org.dossier.ui.tests.driver.WorkbenchDriver;
import org.eclipse.ui.IWorkbenchPart;
import org.junit.jupiter.api.Test;

/** The Problems view: what needs the analyst's attention, each problem taking her to its place. */
class ProblemsViewTest extends ViewsTestSupport {

	private static final List<String> REFERENCE_WITHOUT_URL = List.of("Reference without URL or DOI",
			"No URL or DOI to find it by: Interview with an observer, notes kept by the author", "Geneva talks stall");
	private static final List<String> CONFLICT = List.of("Conflicting figures", "count of “casualties”: 1,200 / 1,500 (2 sources)",
			"Geneva talks stall");

	@Test
	void listsTheProblemsOfTheDossierMostSeriousFirst() {
		ProblemsView view = showView(ProblemsView.ID, ProblemsView.class);

		assertThat(rowsOnceRead(view)).containsExactly(
				List.of("Extraction failed in part", AnalysisDossier.EXTRACTION_WARNING, "What we saw"),
				List.of("Unsupported claim", "“Moscow denied the casualty figure” has no supporting evidence", ""),
				List.of("Unsupported claim", "“Turnout was 45 %” has no supporting evidence", ""),
				CONFLICT,
				List.of("Citation without reference", "A citation marker points at no reference", "What we saw"),
				List.of("Duplicate document", "Same document as “Communiqué” (the same checksum)", "Communiqué (copie)"),
				REFERENCE_WITHOUT_URL);
		driver.screenshot(driver.mainShell(), "problems");
	}

	@Test
	void doubleClickOnAReferenceWithoutUrlSelectsItInTheReferencesView() {
		ProblemsView view = showView(ProblemsView.ID, ProblemsView.class);
		List<List<String>> problems = rowsOnceRead(view);

		driver.doubleClick(table(view), problems.indexOf(REFERENCE_WITHOUT_URL));

		WorkbenchDriver.waitUntil("the References view is active", () -> driver.onUi(() -> activePart() instanceof ReferencesView));
		ReferencesView references = driver.view(ReferencesView.ID, ReferencesView.class);
		assertThat(selectedRows(references.getTable())).extracting(row -> row.subList(1, 3))
				.containsExactly(List.of("[2]", "Interview with an observer, notes kept by the author"));
		assertThat(driver.onUi(() -> table(references).getSelectionCount())).as("selected on screen too").isEqualTo(1);
		driver.screenshot(driver.mainShell(), "problems-reference-selected");
	}

	@Test
	void doubleClickOnConflictingFiguresSelectsThemInTheQuantitiesAndDatesView() {
		ProblemsView view = showView(ProblemsView.ID, ProblemsView.class);
		List<List<String>> problems = rowsOnceRead(view);

		driver.doubleClick(table(view), problems.indexOf(CONFLICT));

		WorkbenchDriver.waitUntil("the Quantities and Dates view is active", () -> driver.onUi(() -> activePart() instanceof FiguresView));
		FiguresView figures = driver.view(FiguresView.ID, FiguresView.class);
		assertThat(selectedRows(figures.getTable())).extracting(row -> row.get(1)).containsExactlyInAnyOrder("1,200 casualties", "1,500 casualties");
		driver.screenshot(driver.mainShell(), "problems-conflict-selected");
	}

	private IWorkbenchPart activePart() {
		return driver.window().getActivePage().getActivePart();
	}
}
