package org.dossier.nlp;

import java.util.List;
import java.util.Objects;

/** A row of a {@link Table}: one line of cells, a label perhaps and then mostly numbers. */
public record TableRow(int begin, int end, String text, List<TableCell> cells) implements TextSpan {

	public TableRow {
		Objects.requireNonNull(text);
		cells = List.copyOf(cells);
	}
}
