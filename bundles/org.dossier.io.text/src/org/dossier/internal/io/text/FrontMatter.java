package org.dossier.internal.io.text;

import org.dossier.core.importing.MetadataValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML front matter of a Markdown file ({@code ---} lines around {@code key: value} lines), read for
 * the keys Dossier keeps: title, date, author(s), language. Only the plain YAML such headers are written in
 * is understood: scalars, quoted scalars, {@code [a, b]} lists and {@code - item} lists.
 */
record FrontMatter(String title, String date, List<String> authors, String language, String body) {

	private static final Pattern ENTRY = Pattern.compile("([A-Za-z_][\\w-]*)[ \t]*:(?:[ \t]+(.*))?[ \t]*");
	private static final Pattern LIST_ITEM = Pattern.compile("[ \t]+-[ \t]+(.*)");

	/** The front matter at the start of {@code markdown}, or one with no values when it has none. */
	static FrontMatter read(String markdown) {
		List<String> lines = markdown.lines().toList();
		if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
			return new FrontMatter(null, null, List.of(), null, markdown);
		}
		int close = -1;
		for (int i = 1; i < lines.size() && close < 0; i++) {
			String line = lines.get(i).strip();
			if (line.equals("---") || line.equals("...")) {
				close = i;
			}
		}
		if (close < 0) {
			return new FrontMatter(null, null, List.of(), null, markdown);
		}
		Map<String, List<String>> values = parse(lines.subList(1, close));
		String body = String.join("\n", lines.subList(close + 1, lines.size()));
		return new FrontMatter(first(values, "title"), MetadataValues.isoDate(first(values, "date", "published", "pubdate")),
				all(values, "author", "authors", "creator"), MetadataValues.primaryLanguage(first(values, "lang", "language", "locale")), body);
	}

	private static Map<String, List<String>> parse(List<String> lines) {
		Map<String, List<String>> values = new HashMap<>();
		List<String> current = null;
		for (String line : lines) {
			Matcher item = LIST_ITEM.matcher(line);
			Matcher entry = ENTRY.matcher(line);
			if (current != null && item.matches()) {
				addValue(current, item.group(1));
			} else if (entry.matches()) {
				current = new ArrayList<>();
				values.put(entry.group(1).toLowerCase(Locale.ROOT), current);
				String value = entry.group(2) == null ? "" : entry.group(2).strip();
				if (value.startsWith("[") && value.endsWith("]")) {
					for (String element : value.substring(1, value.length() - 1).split(",")) {
						addValue(current, element);
					}
				} else if (!value.equals("|") && !value.equals(">")) {
					addValue(current, value);
				}
			} else {
				current = null;
			}
		}
		return values;
	}

	private static void addValue(List<String> values, String value) {
		String unquoted = unquote(value);
		if (!unquoted.isBlank()) {
			values.add(unquoted);
		}
	}

	private static String unquote(String value) {
		String v = value.strip();
		if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
			String inner = v.substring(1, v.length() - 1);
			return v.charAt(0) == '\'' ? inner.replace("''", "'") : inner.replace("\\\"", "\"");
		}
		return v;
	}

	private static String first(Map<String, List<String>> values, String... keys) {
		List<String> found = all(values, keys);
		return found.isEmpty() ? null : found.get(0);
	}

	private static List<String> all(Map<String, List<String>> values, String... keys) {
		for (String key : keys) {
			List<String> list = values.get(key);
			if (list != null && !list.isEmpty()) {
				return list;
			}
		}
		return List.of();
	}

	/** The primary language subtag, lower case ({@code fr-FR} → {@code fr}), as documents keep it. */
}
