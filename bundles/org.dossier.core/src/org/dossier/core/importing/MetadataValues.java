package org.dossier.core.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metadata values as files state them, in the forms documents keep: dates in partial ISO 8601
 * ({@code 2019-11-03}, {@code 2021-09}, {@code 1975}), languages as primary BCP 47 subtags ({@code fr}).
 * For importers; prose dates ("3 novembre 2019") are the date extractor's business.
 */
public final class MetadataValues {

	/** 2019, 2019-11, 2019-11-03, 2019-11-03T10:15:00+01:00, 2019-11-03 10:15. */
	private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?(?:[T ].*)?");
	/** 03.11.2019 as written in German and Russian, 2019/11/03. */
	private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
	private static final Pattern SLASHED = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");

	private MetadataValues() {
	}

	/** The date in partial ISO 8601, or null when the value is not a date in one of the forms above. */
	public static String isoDate(String value) {
		if (value == null) {
			return null;
		}
		String date = value.strip();
		Matcher m = ISO.matcher(date);
		if (m.matches()) {
			return iso(m.group(1), m.group(2), m.group(3));
		}
		m = DOTTED.matcher(date);
		if (m.matches()) {
			return iso(m.group(3), m.group(2), m.group(1));
		}
		m = SLASHED.matcher(date);
		if (m.matches()) {
			return iso(m.group(1), m.group(2), m.group(3));
		}
		return null;
	}

	private static String iso(String year, String month, String day) {
		try {
			if (day != null) {
				return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
			}
			if (month != null) {
				int m = Integer.parseInt(month);
				return m >= 1 && m <= 12 ? year + "-" + (m < 10 ? "0" : "") + m : null;
			}
			return year;
		} catch (DateTimeException e) {
			return null;
		}
	}

	/** The primary language subtag of a tag ("fr" of "fr-FR", "de_AT"), or null when it is none. */
	public static String primaryLanguage(String tag) {
		if (tag == null) {
			return null;
		}
		String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
		return primary.matches("[a-z]{2,3}") ? primary : null;
	}
}
