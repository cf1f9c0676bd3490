package org.dossier.internal.ui.views.references;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.dossier.internal.ui.views.RowsView;
import org.dossier.internal.ui.views.facts.DocumentFacts;
import org.dossier.internal.ui.views.facts.DossierFacts;
import org.dossier.internal.ui.views.facts.IndexLookup;
import org.dossier.internal.ui.views.facts.ModelAddress;
import org.dossier.internal.ui.views.facts.ReferenceFact;
import org.dossier.internal.ui.views.table.Column;
import org.dossier.internal.ui.views.table.FilterBar;
import org.dossier.internal.ui.views.table.RowStyle;
import org.dossier.model.Annotation;
import org.dossier.model.Citation;

/**
 * The References view: every bibliography entry of the documents with its label, URL and DOI, the
 * document that cites it and how many of its citation markers point at it, and the dossier document it
 * cites, when there is one. Entries giving neither URL nor DOI are flagged. Opening an entry shows its
 * first citation marker in the editor.
 */
public final class ReferencesView extends RowsView<ReferenceRow> {

	public static final String ID = "org.dossier.ui.views.references";

	@Override
	protected List<Column<ReferenceRow>> columns() {
		return List.of(Column.text("Cited from", 18, ReferenceRow::document), Column.text("Label", 6, row -> row.fact().label()),
				Column.text("Reference", 34, row -> row.fact().text()), Column.text("URL", 16, row -> row.fact().url()),
				Column.text("DOI", 10, row -> row.fact().doi()), Column.count("Citations", 7, row -> row.fact().citations()),
				Column.text("Resolved to", 14, ReferenceRow::resolvedTo));
	}

	@Override
	protected RowStyle<ReferenceRow> style() {
		return new RowStyle<>() {
			@Override
			public boolean isFlagged(ReferenceRow row) {
				return row.fact().lacksLink();
			}
		};
	}

	@Override
	protected void addToggles(FilterBar bar) {
		bar.addToggle("Unresolved only", on -> getTable().setRowFilter(on ? row -> row.resolvedTo().isEmpty() : row -> true));
	}

	@Override
	protected List<ReferenceRow> rows(IndexLookup index, DossierFacts facts) {
		DocumentOrigins origins = new DocumentOrigins(index.dossier());
		List<ReferenceRow> rows = new ArrayList<>();
		for (DocumentFacts document : facts.documents()) {
			String title = index.title(document.documentId());
			for (ReferenceFact reference : document.references()) {
				String cited = origins.citedDocumentId(reference);
				rows.add(new ReferenceRow(reference, title, cited == null ? "" : index.title(cited)));
			}
		}
		return rows;
	}

	@Override
	protected Object keyOf(ReferenceRow row) {
		return row.fact().address();
	}

	@Override
	protected String describe(int rows) {
		return count(rows, "reference", "references");
	}

	/** Its first citation marker, else the entry itself (which opens its document). */
	@Override
	protected List<ModelAddress> placesOf(ReferenceRow row) {
		return row.fact().firstCitation() != null ? List.of(row.fact().firstCitation(), row.fact().address()) : List.of(row.fact().address());
	}

	@Override
	protected Collection<?> keysFor(List<Annotation> annotations) {
		List<ModelAddress> references = new ArrayList<>();
		for (Annotation annotation : annotations) {
			if (annotation instanceof Citation citation && citation.getReference() != null) {
				references.add(ModelAddress.of(citation.getReference()));
			}
		}
		return references;
	}
}
