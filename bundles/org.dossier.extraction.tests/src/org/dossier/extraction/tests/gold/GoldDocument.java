package org.dossier.extraction.tests.gold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A hand-annotated document of the gold standard: its text with the markup stripped, and the annotations
 * the markup described, with offsets into that text.
 *
 * <p>The format ({@code gold/README.md} has the annotation guidelines):
 * <pre>
 * #lang: fr
 * #title: Un titre
 *
 * Le {{date value=2019-11-03|3 novembre 2019}}, {{mention entity="Sergei Lavrov" kind=person|Sergueï Lavrov}} ...
 * </pre>
 * Header lines {@code #key: value} open the file ({@code lang} and {@code title} required, {@code genre}
 * optional); one blank line after them is dropped too. An annotation is
 * <code>&#123;&#123;type key=value key="a value"|surface&#125;&#125;</code>, and surfaces may contain
 * annotations. A backslash escapes <code>&#123;&#123;</code>, <code>&#125;&#125;</code>, <code>|</code> and
 * itself in the text, and <code>"</code> and itself in a quoted value; any other backslash is kept as it is.
 *
 * @param name file name, used in reports
 * @param language BCP 47 language tag, e.g. {@code fr}
 * @param title the document's title as the header gives it
 * @param genre {@code news}, {@code report}, {@code paper}, {@code essay}; empty when the header has none
 * @param text the text without header and markup
 * @param annotations sorted by begin, then longest first (an enclosing annotation before those it contains)
 */
public record GoldDocument(String name, String language, String title, String genre, String text,
		List<AnnotationSpan> annotations) {

	/** Values of {@code kind} a quantity may have. */
	public static final Set<String> QUANTITY_KINDS = Set.of("count", "money", "percent", "measure", "magnitude",
			"ratio", "other");
	/** Values of {@code kind} a mention may have. */
	public static final Set<String> ENTITY_KINDS = Set.of("person", "organization", "location", "other");

	private static final Comparator<AnnotationSpan> DOCUMENT_ORDER = Comparator.comparingInt(AnnotationSpan::begin)
			.thenComparing(Comparator.comparingInt(AnnotationSpan::end).reversed())
			.thenComparing(AnnotationSpan::type);

	public GoldDocument {
		annotations = annotations.stream().sorted(DOCUMENT_ORDER).toList();
	}

	/** Reads one gold file (UTF-8). */
	public static GoldDocument read(Path file) throws IOException {
		return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
	}

	/** Reads every {@code *.txt} file of a folder, in file name order. */
	public static List<GoldDocument> readAll(Path folder) throws IOException {
		List<Path> files;
		try (Stream<Path> listing = Files.list(folder)) {
			files = listing.filter(file -> file.getFileName().toString().endsWith(".txt")).sorted().toList();
		}
		List<GoldDocument> documents = new ArrayList<>();
		for (Path file : files) {
			documents.add(read(file));
		}
		return documents;
	}

	/**
	 * Parses the annotated form of a document.
	 *
	 * @param name names the document in error messages and reports
	 * @throws GoldFormatException if the markup is malformed or an annotation lacks or misspells an attribute
	 */
	public static GoldDocument parse(String name, String markup) {
		return new Parser(name, markup).parse();
	}

	/** The annotations of one type, in document order. */
	public List<AnnotationSpan> annotations(String type) {
		return annotations.stream().filter(annotation -> annotation.type().equals(type)).toList();
	}

	/** The text an annotation covers. */
	public String surface(AnnotationSpan annotation) {
		return text.substring(annotation.begin(), annotation.end());
	}

	/** Attributes each annotation type must have, and those it may have. */
	private record Schema(Set<String> required, Set<String> optional) {

		static final Map<String, Schema> BY_TYPE = Map.of(
				AnnotationSpan.DATE, new Schema(Set.of("value"), Set.of()),
				AnnotationSpan.QUANTITY, new Schema(Set.of("value", "unit", "kind"), Set.of()),
				AnnotationSpan.COORDINATE, new Schema(Set.of("lat", "lon"), Set.of()),
				AnnotationSpan.QUOTE, new Schema(Set.of("speaker"), Set.of()),
				AnnotationSpan.MENTION, new Schema(Set.of("entity", "kind"), Set.of()),
				AnnotationSpan.CITATION, new Schema(Set.of("label"), Set.of()),
				AnnotationSpan.REFERENCE, new Schema(Set.of("label"), Set.of("url", "doi")),
				AnnotationSpan.TABLE, new Schema(Set.of("rows", "columns"), Set.of("label")));
	}

	/** An annotation whose surface is still being read. */
	private record Open(String type, Map<String, String> attributes, int begin, int markupIndex) {
	}

	/** Turns the markup into text and annotations in one pass, keeping a stack of open annotations. */
	private static final class Parser {

		private static final Pattern ISO_DATE = Pattern.compile(
				"\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?|--(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])");
		private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]+)*");

		private final String name;
		private final String markup;
		private final Map<String, String> header = new LinkedHashMap<>();
		private final StringBuilder text = new StringBuilder();
		private final Deque<Open> open = new ArrayDeque<>();
		private final List<AnnotationSpan> annotations = new ArrayList<>();
		private int index;

		Parser(String name, String markup) {
			this.name = name;
			this.markup = markup;
		}

		GoldDocument parse() {
			readHeader();
			while (index < markup.length()) {
				if (markup.startsWith("\\", index)) {
					readEscape();
				} else if (markup.startsWith("{{", index)) {
					readOpening();
				} else if (markup.startsWith("}}", index)) {
					readClosing();
				} else {
					text.append(markup.charAt(index++));
				}
			}
			if (!open.isEmpty()) {
				throw error(open.peek().markupIndex(), "{{" + open.peek().type() + " is never closed");
			}
			String language = header.get("lang");
			if (language == null || !LANGUAGE_TAG.matcher(language).matches()) {
				throw error(0, "the header needs a line '#lang: <BCP 47 tag>', e.g. '#lang: fr'");
			}
			if (header.get("title") == null || header.get("title").isBlank()) {
				throw error(0, "the header needs a line '#title: <title>'");
			}
			return new GoldDocument(name, language, header.get("title"), header.getOrDefault("genre", ""),
					text.toString(), annotations);
		}

		private void readHeader() {
			while (markup.startsWith("#", index)) {
				int lineEnd = markup.indexOf('\n', index);
				String line = markup.substring(index + 1, lineEnd < 0 ? markup.length() : lineEnd);
				int colon = line.indexOf(':');
				String key = colon < 0 ? "" : line.substring(0, colon).trim();
				if (!Set.of("lang", "title", "genre").contains(key)) {
					throw error(index, "header lines read '#lang: ...', '#title: ...' or '#genre: ...'");
				}
				if (header.put(key, line.substring(colon + 1).strip()) != null) {
					throw error(index, "header '" + key + "' given twice");
				}
				index = lineEnd < 0 ? markup.length() : lineEnd + 1;
			}
			if (markup.startsWith("\n", index)) {
				index++;
			}
		}

		private void readEscape() {
			for (String escaped : List.of("{{", "}}", "|", "\\")) {
				if (markup.startsWith(escaped, index + 1)) {
					text.append(escaped);
					index += 1 + escaped.length();
					return;
				}
			}
			text.append('\\');
			index++;
		}

		private void readOpening() {
			int start = index;
			index += 2;
			String type = readWord();
			Schema schema = Schema.BY_TYPE.get(type);
			if (schema == null) {
				throw error(start, "unknown annotation type '" + type + "'; known: " + AnnotationSpan.TYPES);
			}
			Map<String, String> attributes = new LinkedHashMap<>();
			while (true) {
				skipBlanks();
				if (index >= markup.length() || markup.charAt(index) == '\n' || markup.startsWith("}}", index)) {
					throw error(start, "{{" + type + " needs '|' between its attributes and its surface");
				}
				if (markup.charAt(index) == '|') {
					index++;
					break;
				}
				int keyIndex = index;
				String key = readWord();
				if (key.isEmpty() || !markup.startsWith("=", index)) {
					throw error(keyIndex, "expected key=value in {{" + type);
				}
				index++;
				if (attributes.put(key, readValue()) != null) {
					throw error(keyIndex, "attribute '" + key + "' given twice");
				}
			}
			check(type, schema, attributes, start);
			open.push(new Open(type, attributes, text.length(), start));
		}

		private void readClosing() {
			if (open.isEmpty()) {
				throw error(index, "}} without a matching {{ (write \\}} for a literal one)");
			}
			Open annotation = open.pop();
			String surface = text.substring(annotation.begin());
			if (surface.isEmpty()) {
				throw error(annotation.markupIndex(), "{{" + annotation.type() + " has an empty surface");
			}
			if (!surface.equals(surface.strip())) {
				throw error(annotation.markupIndex(),
						"{{" + annotation.type() + " surface starts or ends with white space: '" + surface + "'");
			}
			annotations.add(new AnnotationSpan(annotation.type(), annotation.begin(), text.length(),
					annotation.attributes()));
			index += 2;
		}

		private String readWord() {
			int start = index;
			while (index < markup.length() && (Character.isLetterOrDigit(markup.charAt(index))
					|| markup.charAt(index) == '_')) {
				index++;
			}
			return markup.substring(start, index);
		}

		private String readValue() {
			StringBuilder value = new StringBuilder();
			if (markup.startsWith("\"", index)) {
				int start = index++;
				while (index < markup.length() && markup.charAt(index) != '"') {
					char c = markup.charAt(index);
					if (c == '\n') {
						break;
					}
					if (c == '\\' && index + 1 < markup.length()) {
						c = markup.charAt(++index);
					}
					value.append(c);
					index++;
				}
				if (!markup.startsWith("\"", index)) {
					throw error(start, "quoted value is not closed on its line");
				}
				index++;
				return value.toString();
			}
			while (index < markup.length() && !Character.isWhitespace(markup.charAt(index))
					&& markup.charAt(index) != '|' && !markup.startsWith("}}", index)) {
				value.append(markup.charAt(index++));
			}
			return value.toString();
		}

		private void skipBlanks() {
			while (index < markup.length() && (markup.charAt(index) == ' ' || markup.charAt(index) == '\t')) {
				index++;
			}
		}

		private void check(String type, Schema schema, Map<String, String> attributes, int at) {
			for (String key : schema.required()) {
				if (attributes.get(key) == null || attributes.get(key).isBlank()) {
					throw error(at, "{{" + type + " needs " + key + "=...");
				}
			}
			for (String key : attributes.keySet()) {
				if (!schema.required().contains(key) && !schema.optional().contains(key)) {
					throw error(at, "{{" + type + " has no attribute '" + key + "'; it has " + schema.required()
							+ (schema.optional().isEmpty() ? "" : " and optionally " + schema.optional()));
				}
			}
			switch (type) {
			case AnnotationSpan.DATE -> {
				if (!ISO_DATE.matcher(attributes.get("value")).matches()) {
					throw error(at, "date value must be ISO 8601: 2019-11-03, 2021-09, 1975 or --06-02");
				}
			}
			case AnnotationSpan.QUANTITY -> {
				number(attributes.get("value"), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, at);
				oneOf("kind", attributes.get("kind"), QUANTITY_KINDS, at);
			}
			case AnnotationSpan.COORDINATE -> {
				number(attributes.get("lat"), -90, 90, at);
				number(attributes.get("lon"), -180, 180, at);
			}
			case AnnotationSpan.MENTION -> oneOf("kind", attributes.get("kind"), ENTITY_KINDS, at);
			case AnnotationSpan.TABLE -> {
				count("rows", attributes.get("rows"), at);
				count("columns", attributes.get("columns"), at);
			}
			default -> {
				// the other types carry free text
			}
			}
		}

		private void number(String value, double min, double max, int at) {
			double number;
			try {
				number = Double.parseDouble(value);
			} catch (NumberFormatException e) {
				throw error(at, "'" + value + "' is not a number (write 1250000 or 3.7, without separators)");
			}
			if (!Double.isFinite(number) || number < min || number > max) {
				throw error(at, value + " is out of range [" + min + ", " + max + "]");
			}
		}

		private void count(String key, String value, int at) {
			if (!value.matches("[1-9]\\d*")) {
				throw error(at, key + "=" + value + " is not a positive whole number");
			}
		}

		private void oneOf(String key, String value, Set<String> allowed, int at) {
			if (!allowed.contains(value)) {
				throw error(at, key + "=" + value + " is not one of " + allowed.stream().sorted().toList());
			}
		}

		private GoldFormatException error(int at, String message) {
			int line = 1;
			int lineStart = 0;
			for (int i = 0; i < at && i < markup.length(); i++) {
				if (markup.charAt(i) == '\n') {
					line++;
					lineStart = i + 1;
				}
			}
			return new GoldFormatException(name + ":" + line + ":" + (at - lineStart + 1) + ": " + message);
		}
	}
}
