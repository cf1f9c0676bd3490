package org.dossier.nlp;

import java.util.Objects;

/**
 * A date found in a text.
 *
 * @param value the date in ISO 8601, as precise as the text: "2019-11-03", "2020-03", "1975", or "--05-02"
 *            for a day whose year the text does not give and could not be inferred
 * @param yearInferred whether the year in {@code value} was not written in the date but taken from the
 *            context (see {@link DateRecognizer#withReferenceYear(int)} and
 *            {@link DateRecognizer#withYearFromPrecedingDates()})
 */
public record DateMention(int begin, int end, String text, String value, boolean yearInferred) implements TextSpan {

	public DateMention {
		Objects.requireNonNull(text);
		Objects.requireNonNull(value);
	}
}
