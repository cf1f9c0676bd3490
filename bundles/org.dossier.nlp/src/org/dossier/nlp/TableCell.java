package org.dossier.nlp;

import java.util.Objects;
import java.util.Optional;

/**
 * A cell of a {@link TableRow}.
 *
 * @param value the number the cell holds, as a quantity of kind {@link QuantityKind#PERCENT} ("45 %") or
 *            {@link QuantityKind#OTHER} (what a column measures is the header's to say), with the upper end
 *            of a range ("3–4"); empty for a cell of text or a placeholder ("–")
 */
public record TableCell(int begin, int end, String text, Optional<Quantity> value) implements TextSpan {

	public TableCell {
		Objects.requireNonNull(text);
		Objects.requireNonNull(value);
	}

	public boolean isNumber() {
		return value.isPresent();
	}
}
