package org.dossier.nlp;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A number found in a text, with what it counts or measures.
 *
 * @param value the number, with its scale word applied ("25 million" is 25,000,000) and, for a range, its
 *            lower end
 * @param upperValue the upper end of a range ("10,000–15,000" has 15,000), empty for a single number
 * @param unit a normalised unit ("km", "km²", "cm/s²", "°C", "%", "point"), an ISO 4217 currency code
 *            ("RUB", "USD", "EUR"), the scale a magnitude is on as written ("MPVA", "КР", "Mw", or "M"
 *            after the word "magnitude"), "×" for a ratio, or for a count the word after the number as written
 *            ("troops", "землетрясений"); empty when the text gives none
 */
public record Quantity(int begin, int end, String text, QuantityKind kind, double value, OptionalDouble upperValue,
		Optional<String> unit) implements TextSpan {

	public Quantity {
		Objects.requireNonNull(text);
		Objects.requireNonNull(kind);
		Objects.requireNonNull(upperValue);
		Objects.requireNonNull(unit);
	}

	/** Whether the quantity is a range of values. */
	public boolean isRange() {
		return upperValue.isPresent();
	}
}
