package org.dossier.nlp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table found in a text by {@link TableRecognizer}: its caption, if it has one, then its body, the header
 * lines and the rows of cells.
 *
 * @param bodyBegin where the body begins, after the caption and the blank lines after it; {@code begin} for a
 *            table without caption
 * @param label how the text refers to the table, the start of its caption ("Table 2", "Таблица 4"); empty
 *            without caption
 * @param rows the rows of values, in text order; header lines are not rows
 */
public record Table(int begin, int end, String text, int bodyBegin, Optional<String> label, List<TableRow> rows)
		implements TextSpan {

	public Table {
		Objects.requireNonNull(text);
		Objects.requireNonNull(label);
		rows = List.copyOf(rows);
		if (bodyBegin < begin || bodyBegin > end) {
			throw new IllegalArgumentException("the body must start inside the table");
		}
	}

	/** The number of cells of the widest row. */
	public int columnCount() {
		return rows.stream().mapToInt(row -> row.cells().size()).max().orElse(0);
	}

	/** The caption as written, without the white space around it; empty for a table without caption. */
	public Optional<String> caption() {
		return bodyBegin == begin ? Optional.empty() : Optional.of(text.substring(0, bodyBegin - begin).strip());
	}
}
