package org.dossier.ui.tests.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dossier.internal.ui.views.entities.EntitiesView;
import org.dossier.ui.tests.driver.WorkbenchDriver;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

/** The Entities view: counts, merging with undo, filtering and sorting, as a user does them. */
class EntitiesViewTest extends ViewsTestSupport {

	private static final List<String> MOSCOW = List.of("Moscow", "location", "Москва", "3", "2");
	private static final List<String> MOSCOU = List.of("Moscou", "location", "", "1", "1");
	private static final List<String> KYIV = List.of("Kyiv", "location", "", "2", "2");
	private static final List<String> MINISTRY = List.of("Ministry of Defence", "organization", "", "0", "0");

	@Test
	void listsEntitiesWithTheirMentionAndDocumentCounts() {
		EntitiesView view = showView(EntitiesView.ID, EntitiesView.class);

		assertThat(rowsOnceRead(view)).containsExactlyInAnyOrder(MOSCOW, MOSCOU, KYIV, MINISTRY);
		assertThat(driver.onUi(view::getContentDescription)).isEqualTo("4 entities");
		driver.screenshot(driver.mainShell(), "entities-counts");
	}

	@Test
	void mergesTwoEntitiesAndUndoBringsBothBack() {
		EntitiesView view = showView(EntitiesView.ID, EntitiesView.class);
		rowsOnceRead(view);
		select(view, indexOf(view, "Moscow"), indexOf(view, "Moscou"));

		driver.contextMenu(table(view), "Merge Entities...");
		Shell dialog = driver.shell("Merge Entities");
		Table choices = driver.find(dialog, Table.class, t -> true, "of the entities to keep");
		assertThat(driver.rows(choices)).extracting(row -> row.get(0)).containsExactlyInAnyOrder(
				"Moscow (location), 3 mentions in 2 documents", "Moscou (location), 1 mention in 1 document");
		assertThat(driver.onUi(() -> choices.getSelection()[0].getText())).as("the most mentioned is kept by default")
				.startsWith("Moscow ");
		driver.screenshot(dialog, "entities-merge-dialog");
		driver.click(driver.button(dialog, "OK"));
		driver.waitUntilClosed(dialog);
		WorkbenchDriver.waitUntil("the entities are merged", () -> rows(view).size() == 3);

		assertThat(rowsOnceRead(view)).as("one entity left, with both names and all mentions")
				.containsExactlyInAnyOrder(List.of("Moscow", "location", "Москва, Moscou", "4", "3"), KYIV, MINISTRY);
		driver.screenshot(driver.mainShell(), "entities-merged");

		driver.view(EntitiesView.ID, EntitiesView.class);
		driver.menu("Edit", "Undo Merge Moscou into Moscow");
		WorkbenchDriver.waitUntil("the merge is undone", () -> rows(view).size() == 4);
		assertThat(rowsOnceRead(view)).containsExactlyInAnyOrder(MOSCOW, MOSCOU, KYIV, MINISTRY);
		driver.screenshot(driver.mainShell(), "entities-merge-undone");
	}

	@Test
	void filtersByAnyColumnAndSortsByTheColumnClicked() {
		EntitiesView view = showView(EntitiesView.ID, EntitiesView.class);
		Table table = table(view);
		rowsOnceRead(view);

		driver.type(driver.onUi(() -> view.getFilterBar().getFilterField()), "location");
		WorkbenchDriver.waitUntil("the filter leaves the places", () -> rows(view).size() == 3);
		assertThat(driver.onUi(view::getContentDescription)).isEqualTo("3 shown of 4 entities");

		driver.clickColumn(table, 3);
		assertThat(rows(view)).as("fewest mentions first").containsExactly(MOSCOU, KYIV, MOSCOW);
		driver.clickColumn(table, 3);
		assertThat(rows(view)).as("most mentions first").containsExactly(MOSCOW, KYIV, MOSCOU);
		driver.screenshot(driver.mainShell(), "entities-filtered-sorted");

		driver.type(driver.onUi(() -> view.getFilterBar().getFilterField()), "Москва");
		WorkbenchDriver.waitUntil("the filter finds an alias", () -> rows(view).equals(List.of(MOSCOW)));
	}

	@Test
	void renamesWithF2AndUndoesWithCtrlZ() {
		EntitiesView view = showView(EntitiesView.ID, EntitiesView.class);
		rowsOnceRead(view);
		select(view, indexOf(view, "Kyiv"));

		driver.pressKey(table(view), SWT.NONE, SWT.F2);
		Shell dialog = driver.shell("Rename Entity");
		driver.type(driver.find(dialog, Text.class, text -> true, "for the new name"), "Kyiv (city)");
		driver.screenshot(dialog, "entities-rename-dialog");
		driver.click(driver.button(dialog, "OK"));
		driver.waitUntilClosed(dialog);
		WorkbenchDriver.waitUntil("the entity is renamed", () -> rows(view).contains(List.of("Kyiv (city)", "location", "Kyiv", "2", "2")));

		driver.pressKey(table(view), SWT.MOD1, 'z');
		WorkbenchDriver.waitUntil("the renaming is undone", () -> rows(view).contains(KYIV));
		assertThat(rows(view)).containsExactlyInAnyOrder(MOSCOW, MOSCOU, KYIV, MINISTRY);
	}

	@Test
	void splitsAnAliasOffWithTheMentionsWrittenThatWay() {
		EntitiesView view = showView(EntitiesView.ID, EntitiesView.class);
		rowsOnceRead(view);
		select(view, indexOf(view, "Moscow"));

		driver.pressKey(table(view), SWT.MOD1 | SWT.SHIFT, 'a');
		Shell dialog = driver.shell("Split Alias Off");
		assertThat(driver.rows(driver.find(dialog, Table.class, t -> true, "of aliases"))).containsExactly(List.of("Москва"));
		driver.click(driver.button(dialog, "OK"));
		driver.waitUntilClosed(dialog);
		WorkbenchDriver.waitUntil("the alias is an entity of its own", () -> rows(view).size() == 5);

		assertThat(rowsOnceRead(view)).as("the Russian summary's mention went with the alias").containsExactlyInAnyOrder(
				List.of("Moscow", "location", "", "2", "1"), List.of("Москва", "location", "", "1", "1"), MOSCOU, KYIV, MINISTRY);
		driver.screenshot(driver.mainShell(), "entities-alias-split");

		driver.menu("Edit", "Undo Split Москва off Moscow");
		WorkbenchDriver.waitUntil("the split is undone", () -> rows(view).size() == 4);
		assertThat(rowsOnceRead(view)).containsExactlyInAnyOrder(MOSCOW, MOSCOU, KYIV, MINISTRY);
	}
}
