package org.dossier.internal.io.docx;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The numbers Word puts before numbered paragraphs ({@code word/numbering.xml}), which are not in the
 * text: a numbered bibliography needs its "1.", "2." for citations to find their references. Bullets
 * are not written (as in the other importers). Numbering is counted in document order, per list, with
 * deeper levels restarting under a new item, as Word does in the common cases.
 */
final class Numbering {

	private record Level(int start, String format, String text) {
	}

	private record Num(String abstractId, Map<Integer, Integer> startOverrides) {
	}

	private static final int LEVELS = 9;
	private static final Pattern PLACEHOLDER = Pattern.compile("%([1-9])");

	private final Map<String, Map<Integer, Level>> abstractLevels;
	private final Map<String, Num> nums;
	private final Map<String, int[]> counters = new HashMap<>();

	private Numbering(Map<String, Map<Integer, Level>> abstractLevels, Map<String, Num> nums) {
		this.abstractLevels = abstractLevels;
		this.nums = nums;
	}

	static Numbering read(byte[] xml) throws XMLStreamException {
		Map<String, Map<Integer, Level>> abstractLevels = new HashMap<>();
		Map<String, Num> nums = new HashMap<>();
		if (xml == null) {
			return new Numbering(abstractLevels, nums);
		}
		XMLStreamReader reader = Xml.reader(xml);
		try {
			Map<Integer, Level> levels = null;
			String numId = null;
			String abstractId = null;
			Map<Integer, Integer> startOverrides = new HashMap<>();
			Integer ilvl = null;
			int start = 1;
			String format = "decimal";
			String text = "";
			while (reader.hasNext()) {
				int event = reader.next();
				if (!Xml.isWord(event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT ? reader.getNamespaceURI() : null)) {
					continue;
				}
				String name = reader.getLocalName();
				if (event == XMLStreamConstants.START_ELEMENT) {
					switch (name) {
					case "abstractNum" -> {
						levels = new HashMap<>();
						abstractLevels.put(Xml.wordAttribute(reader, "abstractNumId"), levels);
					}
					case "num" -> {
						numId = Xml.wordAttribute(reader, "numId");
						abstractId = null;
						startOverrides = new HashMap<>();
					}
					case "abstractNumId" -> abstractId = Xml.wordAttribute(reader, "val");
					case "lvl", "lvlOverride" -> {
						ilvl = integer(Xml.wordAttribute(reader, "ilvl"), 0);
						start = 1;
						format = "decimal";
						text = "";
					}
					case "start" -> start = integer(Xml.wordAttribute(reader, "val"), 1);
					case "startOverride" -> {
						if (numId != null && ilvl != null) {
							startOverrides.put(ilvl, integer(Xml.wordAttribute(reader, "val"), 1));
						}
					}
					case "numFmt" -> format = String.valueOf(Xml.wordAttribute(reader, "val"));
					case "lvlText" -> text = String.valueOf(Xml.wordAttribute(reader, "val"));
					default -> {
						// other numbering properties (indents, fonts) do not change the text
					}
					}
				} else {
					switch (name) {
					case "lvl" -> {
						if (levels != null && numId == null && ilvl != null) {
							levels.put(ilvl, new Level(start, format, text));
						}
					}
					case "abstractNum" -> levels = null;
					case "num" -> {
						if (numId != null && abstractId != null) {
							nums.put(numId, new Num(abstractId, startOverrides));
						}
						numId = null;
					}
					default -> {
						// nothing to close
					}
					}
				}
			}
		} finally {
			reader.close();
		}
		return new Numbering(abstractLevels, nums);
	}

	/**
	 * The number of the next paragraph of list {@code numId} at level {@code ilvl}, as Word shows it
	 * ("3.", "2.1", "b)"), followed by a space; empty for bullets and unknown lists.
	 */
	String next(String numId, int ilvl) {
		Num num = numId == null ? null : nums.get(numId);
		Map<Integer, Level> levels = num == null ? null : abstractLevels.get(num.abstractId());
		if (levels == null || !levels.containsKey(ilvl) || ilvl < 0 || ilvl >= LEVELS) {
			return "";
		}
		String key = num.startOverrides().isEmpty() ? "abstract " + num.abstractId() : "num " + numId;
		int[] count = counters.computeIfAbsent(key, k -> {
			int[] fresh = new int[LEVELS];
			Arrays.fill(fresh, Integer.MIN_VALUE);
			return fresh;
		});
		count[ilvl] = count[ilvl] == Integer.MIN_VALUE ? start(num, levels, ilvl) : count[ilvl] + 1;
		Arrays.fill(count, ilvl + 1, LEVELS, Integer.MIN_VALUE);
		Level level = levels.get(ilvl);
		if (level.format().equals("bullet") || level.format().equals("none")) {
			return "";
		}
		Matcher placeholder = PLACEHOLDER.matcher(level.text());
		StringBuilder label = new StringBuilder();
		while (placeholder.find()) {
			int referenced = Integer.parseInt(placeholder.group(1)) - 1;
			Level format = levels.getOrDefault(referenced, level);
			int value = count[referenced] == Integer.MIN_VALUE ? start(num, levels, referenced) : count[referenced];
			placeholder.appendReplacement(label, Matcher.quoteReplacement(format(value, format.format())));
		}
		placeholder.appendTail(label);
		return label.isEmpty() ? "" : label + " ";
	}

	private static int start(Num num, Map<Integer, Level> levels, int ilvl) {
		Integer override = num.startOverrides().get(ilvl);
		if (override != null) {
			return override;
		}
		Level level = levels.get(ilvl);
		return level == null ? 1 : level.start();
	}

	private static String format(int value, String format) {
		return switch (format) {
		case "lowerLetter" -> letters(value).toLowerCase(Locale.ROOT);
		case "upperLetter" -> letters(value);
		case "lowerRoman" -> roman(value).toLowerCase(Locale.ROOT);
		case "upperRoman" -> roman(value);
		case "decimalZero" -> (value < 10 ? "0" : "") + value;
		default -> Integer.toString(value);
		};
	}

	/** Word's letters: A … Z, then AA … ZZ, AAA …. */
	private static String letters(int value) {
		if (value < 1) {
			return Integer.toString(value);
		}
		char letter = (char) ('A' + (value - 1) % 26);
		return String.valueOf(letter).repeat((value - 1) / 26 + 1);
	}

	private static String roman(int value) {
		if (value < 1 || value > 3999) {
			return Integer.toString(value);
		}
		int[] values = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
		String[] numerals = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
		StringBuilder roman = new StringBuilder();
		int rest = value;
		for (int i = 0; i < values.length; i++) {
			while (rest >= values[i]) {
				roman.append(numerals[i]);
				rest -= values[i];
			}
		}
		return roman.toString();
	}

	private static int integer(String value, int fallback) {
		try {
			return value == null ? fallback : Integer.parseInt(value.strip());
		} catch (NumberFormatException e) {
			return fallback;
		}
	}
}
