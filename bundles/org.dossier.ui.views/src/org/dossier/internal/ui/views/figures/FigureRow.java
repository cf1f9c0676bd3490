package org.dossier.internal.ui.views.figures;

import org.dossier.internal.ui.views.facts.FigureConflicts;
import org.dossier.internal.ui.views.facts.FigureFact;
import org.dossier.internal.ui.views.facts.FigureFormat;

/**
 * A figure or date of a document.
 *
 * @param document the document's title
 * @param source   the name of its publisher, or ""
 * @param conflict the conflicting figures it is one of, or {@code null}
 */
record FigureRow(FigureFact fact, String document, String source, FigureConflicts.Group conflict) {

	/** The normalised value: the number, or the ISO 8601 date. */
	String value() {
		return fact.isDate() ? nonNull(fact.date()) : FigureFormat.format(fact.value());
	}

	/** Where the row goes when sorted by value: quantities by number, then dates by their ISO value. */
	ValueOrder valueOrder() {
		return new ValueOrder(fact.isDate(), fact.isDate() ? 0 : fact.value(), fact.isDate() ? nonNull(fact.date()) : "");
	}

	record ValueOrder(boolean date, double number, String iso) implements Comparable<ValueOrder> {
		@Override
		public int compareTo(ValueOrder other) {
			int kind = Boolean.compare(date, other.date);
			if (kind != 0) {
				return kind;
			}
			int byNumber = Double.compare(number, other.number);
			return byNumber != 0 ? byNumber : iso.compareTo(other.iso);
		}
	}

	/** The unit; empty for a count, whose unit is what it counts (shown as what the figure is of). */
	String unit() {
		return fact.isDate() || fact.unit() == null || fact.unit().equals(fact.noun()) ? "" : fact.unit();
	}

	String conflictText() {
		return conflict == null ? "" : conflict.describe();
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}
}
