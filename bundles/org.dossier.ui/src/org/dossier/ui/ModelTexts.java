package org.dossier.ui;

import java.text.NumberFormat;
import java.util.Locale;

import org.dossier.model.Credibility;
import org.dossier.model.Reliability;
import org.dossier.model.Verdict;
import org.eclipse.emf.ecore.EClass;

/** How the workbench writes model values for people: numbers, coordinates, Admiralty grades, kinds. */
public final class ModelTexts {

	private ModelTexts() {
	}

	/** A number without a needless ".0", with grouping: 350 000 → "350,000"; 3.7 → "3.7". */
	public static String number(double value) {
		NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
		format.setMaximumFractionDigits(6);
		return format.format(value);
	}

	/** 49.56, 72.97 → "49.56° N, 72.97° E". */
	public static String latLon(Double lat, Double lon) {
		if (lat == null || lon == null) {
			return "(unknown)";
		}
		return String.format(Locale.ROOT, "%.4f° %s, %.4f° %s", Math.abs(lat), lat < 0 ? "S" : "N", Math.abs(lon), lon < 0 ? "W" : "E")
				.replaceAll("0+°", "°").replace(".°", "°");
	}

	/** The Admiralty information-credibility grade: "3 possibly true", or "not graded". */
	public static String credibility(Credibility credibility) {
		if (credibility == null || credibility == Credibility.NOT_GRADED) {
			return "not graded";
		}
		return credibility.getLiteral() + " " + words(credibility.getName());
	}

	/** The Admiralty source-reliability grade: "B usually reliable", or "not graded". */
	public static String reliability(Reliability reliability) {
		if (reliability == null || reliability == Reliability.NOT_GRADED) {
			return "not graded";
		}
		return reliability.getLiteral() + " " + words(reliability.getName());
	}

	/** A claim's verdict as read: "mostly true"; "unverified" when none is given. */
	public static String verdict(Verdict verdict) {
		return verdict == null ? "unverified" : verdict.getLiteral().replace('_', ' ');
	}

	/** "DateMention" → "Date mention". */
	public static String kindName(EClass type) {
		return capitalized(words(type.getName()));
	}

	public static String capitalized(String text) {
		return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** At most {@code length} characters, on one line, with an ellipsis when cut. */
	public static String abbreviated(String text, int length) {
		if (text == null) {
			return "";
		}
		String line = text.replaceAll("\\s+", " ").strip();
		return line.length() <= length ? line : line.substring(0, length - 1) + "…";
	}

	/** "probablyTrue" → "probably true". */
	private static String words(String camelCase) {
		return camelCase.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
	}
}
