package org.dossier.internal.ui.views.facts;

import java.util.Locale;

/** How the views write a normalised figure: digits grouped by thousands, no needless decimals. */
public final class FigureFormat {

	private static final double LARGEST_WHOLE = 1e15;

	private FigureFormat() {
	}

	public static String format(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return "";
		}
		if (value == Math.rint(value) && Math.abs(value) < LARGEST_WHOLE) {
			return String.format(Locale.ROOT, "%,d", (long) value);
		}
		if (Math.abs(value) >= LARGEST_WHOLE || Math.abs(value) < 0.001) {
			return String.format(Locale.ROOT, "%.3g", value);
		}
		return String.format(Locale.ROOT, "%,.3f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
	}
}
