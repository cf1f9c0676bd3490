package org.dossier.extraction.tests.gold;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One annotation as the gold standard and the scorer see it: a type, a span of the document text and
 * the attributes that carry its normalised value.
 *
 * <p>Hand-written gold annotations and annotations produced by an extractor take the same form, so a
 * test only has to map Dossier's model objects to this record. Offsets are those of
 * {@link String#substring(int, int)}: {@code begin} inclusive, {@code end} exclusive, in UTF-16 code units.
 * Attributes whose value is {@code null} are treated as absent, so a mapper may pass an unset model
 * feature through unchanged.
 *
 * @param type one of {@link #TYPES}; the scorer ignores other types
 * @param begin offset of the first character
 * @param end offset after the last character
 * @param attributes the value, e.g. {@code value=2019-11-03} for a date; see {@code gold/README.md}
 */
public record AnnotationSpan(String type, int begin, int end, Map<String, String> attributes) {

	/** Attributes: {@code value} (ISO 8601, possibly partial: 2019-11-03, 2021-09, 1975, --06-02). */
	public static final String DATE = "date";
	/** Attributes: {@code value} (a number), {@code unit}, {@code kind}. */
	public static final String QUANTITY = "quantity";
	/** Attributes: {@code lat}, {@code lon} in decimal degrees. */
	public static final String COORDINATE = "coordinate";
	/** Attributes: {@code speaker} (canonical English name, or {@code none}). */
	public static final String QUOTE = "quote";
	/** Attributes: {@code entity} (canonical English name), {@code kind}. */
	public static final String MENTION = "mention";
	/** Attributes: {@code label} of the reference the marker points to. */
	public static final String CITATION = "citation";
	/** Attributes: {@code label}, and {@code url} and {@code doi} where the entry has them. */
	public static final String REFERENCE = "reference";

	/**
	 * Attributes: {@code rows} (rows of values) and {@code columns} (cells of the widest row), and {@code label}
	 * ("Table 1") for a table with a caption. The span runs from the caption, if any, to the last row.
	 */
	public static final String TABLE = "table";

	/** The annotation types of the gold standard, in the order reports list them. */
	public static final List<String> TYPES = List.of(DATE, QUANTITY, COORDINATE, QUOTE, MENTION, CITATION, REFERENCE, TABLE);

	public AnnotationSpan {
		Objects.requireNonNull(type, "type");
		if (begin < 0 || end < begin) {
			throw new IllegalArgumentException("bad span [" + begin + ", " + end + ") for a " + type);
		}
		Map<String, String> copy = new LinkedHashMap<>();
		attributes.forEach((key, value) -> {
			if (value != null) {
				copy.put(key, value);
			}
		});
		attributes = Collections.unmodifiableMap(copy);
	}

	/** An annotation without attributes, for types whose span is all that is scored. */
	public AnnotationSpan(String type, int begin, int end) {
		this(type, begin, end, Map.of());
	}

	/** The attribute's value, or {@code null} when the annotation does not have it. */
	public String attribute(String key) {
		return attributes.get(key);
	}

	public int length() {
		return end - begin;
	}

	public boolean sameSpan(AnnotationSpan other) {
		return begin == other.begin && end == other.end;
	}

	/** Number of characters the two spans share; 0 when they are disjoint or merely touch. */
	public int overlap(AnnotationSpan other) {
		return Math.max(0, Math.min(end, other.end) - Math.max(begin, other.begin));
	}

	@Override
	public String toString() {
		return type + "[" + begin + "," + end + ")" + (attributes.isEmpty() ? "" : attributes);
	}
}
