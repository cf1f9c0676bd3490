package org.dossier.internal.ui.views.facts;

/**
 * A figure or a date a document states, as the Quantities and Dates view lists it.
 *
 * @param address   the Quantity or DateMention annotation
 * @param text      the text it covers
 * @param kind      the quantity kind (count, money, percent ...) or {@value #DATE} for a date
 * @param value     the normalised number of a quantity; NaN for a date
 * @param date      the ISO 8601 value of a date; {@code null} for a quantity
 * @param unit      the quantity's unit (for a count: the counted word as written); may be {@code null}
 * @param noun      what the figure is of: for a count its unit, for other quantities the first content
 *                  word after it in the same sentence; {@code null} when the text names nothing
 */
public record FigureFact(ModelAddress address, String text, String kind, double value, String date, String unit, String noun) {

	public static final String DATE = "date";

	public boolean isDate() {
		return DATE.equals(kind);
	}
}
