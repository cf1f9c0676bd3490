package org.dossier.internal.io.docx;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of a WordprocessingML part (the document, or its footnotes or endnotes), read as a stream:
 * <ul>
 * <li>paragraphs ({@code w:p}) are separated by blank lines, numbered paragraphs start with their number
 * ("1. ", "2.1 "), tabs ({@code w:tab}) are tabs and breaks ({@code w:br}, {@code w:cr}) line ends;</li>
 * <li>table rows are lines, their cells separated by tabs (a cell's paragraphs joined by spaces);</li>
 * <li>text boxes follow the paragraph they are anchored in;</li>
 * <li>footnote and endnote references are {@code [n]}, numbered in order of first reference, as Word
 * shows them;</li>
 * <li>a hyperlink's URL is written in parentheses after its text, unless the text shows it;</li>
 * <li>deleted text of tracked changes, field codes and the fallback copies of drawings are left out;
 * symbol-font characters ({@code w:sym}) are kept as the private-use characters the normaliser maps.</li>
 * </ul>
 * Nothing here recurses: deeply nested XML costs heap for the open elements, not stack.
 */
final class WordText {

	/** A footnote or endnote, by kind ("footnote", "endnote") and id. */
	record Note(String kind, String id) {
	}

	/** Notes numbered as the document refers to them: first reference, first number, footnotes and endnotes in one sequence. */
	static final class NoteNumbers {
		private final Map<Note, Integer> numbers = new LinkedHashMap<>();

		int number(Note note) {
			return numbers.computeIfAbsent(note, key -> numbers.size() + 1);
		}

		/** The notes referred to, in number order. */
		List<Note> inOrder() {
			return List.copyOf(numbers.keySet());
		}
	}

	/** Note types that are separators drawn by Word, not notes. */
	private static final Set<String> SEPARATOR_NOTES = Set.of("separator", "continuationSeparator", "continuationNotice");
	/** Elements whose content is not text shown: deletions, former formatting, the fallback copy of a drawing. */
	private static final Set<String> SKIPPED = Set.of("del", "delText", "moveFrom", "pPrChange", "rPrChange", "sectPrChange",
			"tblPrChange", "trPrChange", "tcPrChange", "numberingChange", "delInstrText");
	private static final Pattern HYPERLINK_FIELD = Pattern.compile("\\s*HYPERLINK\\s+(?!\\\\l)\"?([^\"\\s]+)\"?.*", Pattern.DOTALL);
	/** Tabs and line ends inside a table cell would break its row: they become spaces. */
	private static final Pattern CELL_BREAKS = Pattern.compile("[\t\n]+");
	private static final Pattern SHOWN_URL = Pattern.compile("(?i)(?:https?|ftp)://\\S+");

	private abstract static sealed class Frame permits Blocks, Paragraph, Table, Row {
	}

	/** A sequence of blocks: the body, a text box, a note, or a table cell. */
	private static final class Blocks extends Frame {
		final List<String> blocks = new ArrayList<>();
		final String separator;
		final boolean cell;
		final String noteId;

		Blocks(String separator, boolean cell, String noteId) {
			this.separator = separator;
			this.cell = cell;
			this.noteId = noteId;
		}

		void add(String block) {
			if (!block.isBlank()) {
				blocks.add(cell ? CELL_BREAKS.matcher(block).replaceAll(" ").strip() : block);
			}
		}

		String text() {
			return String.join(separator, blocks);
		}
	}

	private static final class Paragraph extends Frame {
		final StringBuilder text = new StringBuilder();
		final List<String> after = new ArrayList<>();
		String styleId;
		String numId;
		Integer ilvl;
	}

	private static final class Table extends Frame {
		final List<String> rows = new ArrayList<>();
	}

	private static final class Row extends Frame {
		final List<String> cells = new ArrayList<>();
	}

	/** A link being read: where its text starts, and its URL. */
	private record Link(Paragraph paragraph, int start, String url) {
	}

	/** A complex field ({@code w:fldChar} begin … separate … end) being read. */
	private static final class Field {
		final StringBuilder instruction = new StringBuilder();
		Link link;
	}

	private final Relationships relationships;
	private final Styles styles;
	private final Numbering numbering;
	private final NoteNumbers noteNumbers;
	private final Deque<Frame> frames = new ArrayDeque<>();
	private final Deque<Link> links = new ArrayDeque<>();
	private final Deque<Field> fields = new ArrayDeque<>();
	private final Map<String, String> notes = new LinkedHashMap<>();
	private final Blocks body = new Blocks("\n\n", false, null);
	private String noteKind;
	private String title;
	private String firstHeading;
	private int runs;
	private int texts;
	private int instructions;
	private int skipped;

	private WordText(Relationships relationships, Styles styles, Numbering numbering, NoteNumbers noteNumbers) {
		this.relationships = relationships;
		this.styles = styles;
		this.numbering = numbering;
		this.noteNumbers = noteNumbers;
		frames.push(body);
	}

	/** The main document's text, title paragraph and first heading. */
	record DocumentText(String text, String title, String firstHeading) {
	}

	static DocumentText document(byte[] xml, Relationships relationships, Styles styles, Numbering numbering, NoteNumbers noteNumbers)
			throws XMLStreamException {
		WordText walk = new WordText(relationships, styles, numbering, noteNumbers);
		walk.walk(xml);
		return new DocumentText(walk.body.text(), walk.title, walk.firstHeading);
	}

	/** The notes of a footnotes or endnotes part ({@code kind} "footnote" or "endnote"): id to text. */
	static Map<String, String> notes(byte[] xml, String kind, Relationships relationships, Styles styles, Numbering numbering,
			NoteNumbers noteNumbers) throws XMLStreamException {
		WordText walk = new WordText(relationships, styles, numbering, noteNumbers);
		walk.noteKind = kind;
		walk.walk(xml);
		return walk.notes;
	}

	private void walk(byte[] xml) throws XMLStreamException {
		XMLStreamReader reader = Xml.reader(xml);
		try {
			while (reader.hasNext()) {
				int event = reader.next();
				if (skipped > 0) {
					if (event == XMLStreamConstants.START_ELEMENT) {
						skipped++;
					} else if (event == XMLStreamConstants.END_ELEMENT) {
						skipped--;
					}
					continue;
				}
				switch (event) {
				case XMLStreamConstants.START_ELEMENT -> start(reader);
				case XMLStreamConstants.END_ELEMENT -> end(reader);
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> characters(reader.getText());
				default -> {
					// comments, processing instructions
				}
				}
			}
		} finally {
			reader.close();
		}
	}

	private void characters(String characters) {
		if (instructions > 0 && !fields.isEmpty()) {
			fields.peek().instruction.append(characters);
		} else if (texts > 0) {
			append(characters);
		}
	}

	private void start(XMLStreamReader reader) {
		String namespace = reader.getNamespaceURI();
		String name = reader.getLocalName();
		if (Xml.MARKUP_COMPATIBILITY.equals(namespace) && name.equals("Fallback")) {
			skipped = 1;
			return;
		}
		if (!Xml.isWord(namespace)) {
			return;
		}
		if (SKIPPED.contains(name)) {
			skipped = 1;
			return;
		}
		switch (name) {
		case "footnote", "endnote" -> startNote(reader, name);
		case "p" -> frames.push(new Paragraph());
		case "pStyle" -> {
			if (frames.peek() instanceof Paragraph paragraph) {
				paragraph.styleId = Xml.wordAttribute(reader, "val");
			}
		}
		case "numId" -> {
			if (frames.peek() instanceof Paragraph paragraph) {
				paragraph.numId = Xml.wordAttribute(reader, "val");
			}
		}
		case "ilvl" -> {
			if (frames.peek() instanceof Paragraph paragraph) {
				paragraph.ilvl = parseInt(Xml.wordAttribute(reader, "val"));
			}
		}
		case "tbl" -> frames.push(new Table());
		case "tr" -> frames.push(new Row());
		case "tc" -> frames.push(new Blocks(" ", true, null));
		case "txbxContent" -> frames.push(new Blocks("\n\n", false, null));
		case "r" -> runs++;
		case "t" -> texts++;
		case "instrText" -> instructions++;
		case "tab" -> appendInRun("\t");
		case "br", "cr" -> appendInRun("\n");
		case "noBreakHyphen" -> appendInRun("-");
		case "sym" -> symbol(reader);
		case "footnoteReference", "endnoteReference" -> noteReference(reader, name.startsWith("footnote") ? "footnote" : "endnote");
		case "hyperlink" -> {
			Relationships.Relationship target = relationships.get(Xml.relationshipId(reader));
			links.push(startLink(target != null && target.external() ? target.target() : null));
		}
		case "fldSimple" -> links.push(startLink(hyperlinkFieldUrl(String.valueOf(Xml.wordAttribute(reader, "instr")))));
		case "fldChar" -> fieldCharacter(Xml.wordAttribute(reader, "fldCharType"));
		default -> {
			// containers whose content is read through (sdt, smartTag, ins ...) and formatting
		}
		}
	}

	private void end(XMLStreamReader reader) {
		if (!Xml.isWord(reader.getNamespaceURI())) {
			return;
		}
		switch (reader.getLocalName()) {
		case "footnote", "endnote" -> endNote();
		case "p" -> endParagraph();
		case "tbl" -> {
			if (frames.peek() instanceof Table table) {
				frames.pop();
				addBlock(String.join("\n", table.rows));
			}
		}
		case "tr" -> {
			if (frames.peek() instanceof Row row) {
				frames.pop();
				if (row.cells.stream().anyMatch(cell -> !cell.isBlank()) && frames.peek() instanceof Table table) {
					table.rows.add(String.join("\t", row.cells));
				}
			}
		}
		case "tc" -> {
			if (frames.peek() instanceof Blocks cell && cell.cell) {
				frames.pop();
				if (frames.peek() instanceof Row row) {
					row.cells.add(cell.text());
				}
			}
		}
		case "txbxContent" -> {
			if (frames.peek() instanceof Blocks box && !box.cell && frames.size() > 1) {
				frames.pop();
				Paragraph anchor = enclosingParagraph();
				if (anchor != null) {
					anchor.after.add(box.text());
				} else {
					addBlock(box.text());
				}
			}
		}
		case "r" -> runs--;
		case "t" -> texts--;
		case "instrText" -> instructions--;
		case "hyperlink", "fldSimple" -> {
			if (!links.isEmpty()) {
				endLink(links.pop());
			}
		}
		default -> {
			// nothing to close
		}
		}
	}

	private void startNote(XMLStreamReader reader, String kind) {
		if (noteKind == null || !noteKind.equals(kind)) {
			return;
		}
		if (SEPARATOR_NOTES.contains(String.valueOf(Xml.wordAttribute(reader, "type")))) {
			skipped = 1;
			return;
		}
		frames.push(new Blocks("\n", false, Xml.wordAttribute(reader, "id")));
	}

	private void endNote() {
		if (frames.peek() instanceof Blocks note && note.noteId != null) {
			frames.pop();
			notes.put(note.noteId, note.text().strip());
		}
	}

	private void endParagraph() {
		if (!(frames.peek() instanceof Paragraph paragraph)) {
			return;
		}
		frames.pop();
		String numId = paragraph.numId != null ? paragraph.numId : styles.numId(paragraph.styleId);
		int ilvl = paragraph.ilvl != null ? paragraph.ilvl : styles.ilvl(paragraph.styleId);
		String number = numId == null || numId.equals("0") ? "" : numbering.next(numId, ilvl);
		String text = paragraph.text.toString();
		if (!text.isBlank()) {
			String style = styles.name(paragraph.styleId);
			if (title == null && style.equals("title")) {
				title = text.strip();
			} else if (firstHeading == null && style.equals("heading 1")) {
				firstHeading = text.strip();
			}
			addBlock(number + text);
		}
		paragraph.after.forEach(this::addBlock);
	}

	/** Adds a finished paragraph or table to what encloses it. */
	private void addBlock(String block) {
		Frame parent = frames.peek();
		if (parent instanceof Blocks blocks) {
			blocks.add(block);
		} else if (parent instanceof Paragraph paragraph) {
			paragraph.after.add(block);
		} else {
			frames.stream().filter(Blocks.class::isInstance).map(Blocks.class::cast).findFirst().orElse(body).add(block);
		}
	}

	private Paragraph enclosingParagraph() {
		return frames.stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).findFirst().orElse(null);
	}

	private void append(String text) {
		Paragraph paragraph = enclosingParagraph();
		if (paragraph != null) {
			paragraph.text.append(text);
		}
	}

	private void appendInRun(String text) {
		if (runs > 0) {
			append(text);
		}
	}

	/** A character of a symbol font, as the private-use code Word stores (F0xx): the normaliser maps them. */
	private void symbol(XMLStreamReader reader) {
		Integer code = parseHex(Xml.wordAttribute(reader, "char"));
		if (code != null && Character.isValidCodePoint(code) && runs > 0) {
			append(Character.toString(code < 0x100 ? code + 0xF000 : code));
		}
	}

	private void noteReference(XMLStreamReader reader, String kind) {
		String id = Xml.wordAttribute(reader, "id");
		if (id == null) {
			return;
		}
		int number = noteNumbers.number(new Note(kind, id));
		String customMark = Xml.wordAttribute(reader, "customMarkFollows");
		if (!"1".equals(customMark) && !"true".equals(customMark)) {
			append("[" + number + "]");
		}
	}

	private void fieldCharacter(String type) {
		if ("begin".equals(type)) {
			fields.push(new Field());
		} else if ("separate".equals(type) && !fields.isEmpty()) {
			Field field = fields.peek();
			field.link = startLink(hyperlinkFieldUrl(field.instruction.toString()));
		} else if ("end".equals(type) && !fields.isEmpty()) {
			Field field = fields.pop();
			if (field.link != null) {
				endLink(field.link);
			}
		}
	}

	private static String hyperlinkFieldUrl(String instruction) {
		Matcher m = HYPERLINK_FIELD.matcher(instruction);
		return m.matches() ? m.group(1) : null;
	}

	private Link startLink(String url) {
		Paragraph paragraph = enclosingParagraph();
		return new Link(paragraph, paragraph == null ? 0 : paragraph.text.length(), url);
	}

	/** Writes the link's URL after its text, when it is a web address the text does not show. */
	private void endLink(Link link) {
		Paragraph paragraph = enclosingParagraph();
		if (link.url() == null || paragraph == null || paragraph != link.paragraph() || !SHOWN_URL.matcher(link.url()).matches()) {
			return;
		}
		String shown = paragraph.text.substring(Math.min(link.start(), paragraph.text.length()));
		String bare = link.url().replaceFirst("(?i)^(?:https?|ftp)://(?:www\\.)?", "").replaceFirst("/$", "");
		if (!shown.isBlank() && !shown.contains(bare)) {
			paragraph.text.append(" (").append(link.url()).append(')');
		}
	}

	private static Integer parseInt(String value) {
		try {
			return value == null ? null : Integer.valueOf(value.strip());
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private static Integer parseHex(String value) {
		try {
			return value == null ? null : Integer.valueOf(value.strip(), 16);
		} catch (NumberFormatException e) {
			return null;
		}
	}
}
