package org.dossier.ui.tests.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dossier.internal.ui.views.references.ReferencesView;
import org.junit.jupiter.api.Test;

/** The References view: each entry with where it is cited from, its links, and the document it cites. */
class ReferencesViewTest extends ViewsTestSupport {

	@Test
	void listsReferencesWithTheirCitationsAndTheDocumentTheyCite() {
		ReferencesView view = showView(ReferencesView.ID, ReferencesView.class);
		List<List<String>> rows = rowsOnceRead(view);
		List<String> statement = List.of("Geneva talks stall", "[1]", "Ministry statement, https://example.org/statement",
				"https://example.org/statement", "", "1", "Сводка");
		List<String> interview = List.of("Geneva talks stall", "[2]", "Interview with an observer, notes kept by the author", "", "", "0", "");
		assertThat(rows).containsExactlyInAnyOrder(statement, interview);
		assertThat(isFlagged(view, rows.indexOf(statement))).isFalse();
		assertThat(isFlagged(view, rows.indexOf(interview))).as("neither URL nor DOI").isTrue();
		driver.screenshot(driver.mainShell(), "references");
	}
}
