package org.dossier.internal.ui.views.table;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;

/**
 * A column of a {@link RowTable}: its title, share of the width, the text of each row's cell and the key
 * a click on its header sorts the rows by. Keys are computed once per sort, so that sorting a million
 * rows compares ready-made keys rather than formatting cells again and again.
 */
public record Column<R>(String title, int weight, int alignment, Function<? super R, String> text,
		Function<? super R, ? extends Comparable<?>> sortKey) {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	/** A column of text, sorted alphabetically, ignoring case and accents ("Élysée" before "Zurich"). */
	public static <R> Column<R> text(String title, int weight, Function<? super R, String> text) {
		Function<? super R, String> nonNull = row -> {
			String value = text.apply(row);
			return value == null ? "" : value;
		};
		return new Column<>(title, weight, SWT.LEFT, nonNull, row -> collationKey(nonNull.apply(row)));
	}

	/** A column of numbers, right-aligned, sorted by value. */
	public static <R> Column<R> number(String title, int weight, ToDoubleFunction<? super R> value, Function<? super R, String> text) {
		return new Column<>(title, weight, SWT.RIGHT, text, row -> value.applyAsDouble(row));
	}

	/** A column of whole numbers, right-aligned, sorted by value. */
	public static <R> Column<R> count(String title, int weight, ToDoubleFunction<? super R> value) {
		return number(title, weight, value, row -> Long.toString((long) value.applyAsDouble(row)));
	}

	/** The same column, sorted by another key. */
	public Column<R> sortedBy(Function<? super R, ? extends Comparable<?>> otherKey) {
		return new Column<>(title, weight, alignment, text, otherKey);
	}

	/** Lower case without accents; plain ASCII, by far the most common, skips the decomposition. */
	static String collationKey(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		for (int i = 0; i < lower.length(); i++) {
			if (lower.charAt(i) > 0x7f) {
				return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
			}
		}
		return lower;
	}
}
