package org.dossier.internal.ui.views.figures;

import java.util.ArrayList;
import java.util.List;

import org.dossier.internal.ui.views.RowsView;
import org.dossier.internal.ui.views.facts.DocumentFacts;
import org.dossier.internal.ui.views.facts.DossierFacts;
import org.dossier.internal.ui.views.facts.FigureConflicts;
import org.dossier.internal.ui.views.facts.FigureFact;
import org.dossier.internal.ui.views.facts.IndexLookup;
import org.dossier.internal.ui.views.table.Column;
import org.dossier.internal.ui.views.table.FilterBar;
import org.dossier.internal.ui.views.table.RowStyle;
import org.dossier.model.Source;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * The Quantities and Dates view: every figure and date of the documents, as written and normalised,
 * side by side, with the source that gives it. Figures of the same thing that different sources give
 * differently (see {@link FigureConflicts}) are flagged; "Conflicts only" keeps just those.
 */
public final class FiguresView extends RowsView<FigureRow> {

	public static final String ID = "org.dossier.ui.views.figures";

	@Override
	protected List<Column<FigureRow>> columns() {
		return List.of(Column.text("Document", 20, FigureRow::document), Column.text("Text", 18, row -> row.fact().text()),
				Column.text("Kind", 8, row -> row.fact().kind()), Column.text("Value", 12, FigureRow::value).sortedBy(FigureRow::valueOrder),
				Column.text("Unit", 8, FigureRow::unit), Column.text("Of", 12, row -> row.fact().noun()),
				Column.text("Source", 12, FigureRow::source), Column.text("Conflict", 22, FigureRow::conflictText));
	}

	@Override
	protected RowStyle<FigureRow> style() {
		Image warning = PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_WARN_TSK);
		return new RowStyle<>() {
			@Override
			public boolean isFlagged(FigureRow row) {
				return row.conflict() != null;
			}

			@Override
			public Image image(FigureRow row, int column) {
				return column == 7 && row.conflict() != null ? warning : null;
			}
		};
	}

	@Override
	protected void addToggles(FilterBar bar) {
		bar.addToggle("Conflicts only", on -> getTable().setRowFilter(on ? row -> row.conflict() != null : row -> true));
	}

	@Override
	protected List<FigureRow> rows(IndexLookup index, DossierFacts facts) {
		List<FigureRow> rows = new ArrayList<>();
		for (DocumentFacts document : facts.documents()) {
			String title = index.title(document.documentId());
			Source publisher = index.source(document.publisherId());
			String source = publisher == null || publisher.getName() == null ? "" : publisher.getName();
			for (FigureFact figure : document.figures()) {
				rows.add(new FigureRow(figure, title, source, facts.conflictOf(figure.address())));
			}
		}
		return rows;
	}

	@Override
	protected Object keyOf(FigureRow row) {
		return row.fact().address();
	}

	@Override
	protected String describe(int rows) {
		return count(rows, "figure or date", "figures and dates");
	}
}
