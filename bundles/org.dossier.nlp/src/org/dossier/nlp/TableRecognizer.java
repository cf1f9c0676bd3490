package org.dossier.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dossier.internal.nlp.Characters;
import org.dossier.internal.nlp.DecimalConvention;
import org.dossier.internal.nlp.NumberReader;
import org.dossier.internal.nlp.NumberReader.ParsedNumber;
import org.dossier.internal.nlp.PowersOfTen;
import org.dossier.internal.nlp.TextLine;

/**
 * Finds tables in normalised text, so that the numbers of their cells are told apart from the figures of
 * the prose.
 * <ul>
 * <li>A <b>row</b> is a line of cells, separated by tabs or runs of spaces where the line has any, else by
 * single spaces (a PDF's text keeps no more): up to {@value #MAX_LABEL_CELLS} cells of text that label it,
 * then at least {@value #MIN_NUMBERS_PER_ROW} numbers, numbers or placeholders ("–") making up
 * {@value #MIN_NUMERIC_PERCENT} % of the cells from the first number on. "OTUK 154 3.2 1.9 0.06 0.11",
 * "KNDC 120 3–4 3.4", "N(К) 332 103 29 4.22⋅1013" are rows; a sentence with numbers in it is not.</li>
 * <li>A <b>caption</b> is a line starting with "Table", "Tableau", "Tabelle", "Таблица" (or "Tab.", "Табл.")
 * and a number, followed by the end of the line, a period, a colon, a dash or a capital: "Table 2. Peak
 * ground acceleration", "Таблица 4. Параметры". It goes on over at most {@value #MAX_CAPTION_CONTINUATIONS}
 * more lines that start with a lower-case letter or a digit ("21 июня 2014 г. с КР=11.7"), which PDF
 * extraction breaks long captions into. Up to {@value #MAX_HEADER_LINES} header lines (short lines that
 * end no sentence) may stand between the caption and the first row; a caption followed by no row is no
 * table.</li>
 * <li>Without a caption, {@value #MIN_ROWS_WITHOUT_CAPTION} rows or more make a table when their cells are
 * separated by tabs or runs of spaces, or when they all have as many cells; a line of column names just
 * above tab-separated rows is its header.</li>
 * <li>A table ends with its last row; blank lines may stand between rows.</li>
 * </ul>
 * A cell's number is read with the digit grouping and decimal separator the text uses (see
 * {@link QuantityRecognizer}), with a sign, a power of ten ("4.22×10^13", and "4.22⋅1013" where PDF
 * extraction lost the superscript), the upper end of a range ("3–4") and a percent sign.
 * <p>
 * Instances are immutable and can be shared between threads.
 */
public final class TableRecognizer {

	static final int MAX_LABEL_CELLS = 4;
	static final int MIN_NUMBERS_PER_ROW = 2;
	static final int MIN_NUMERIC_PERCENT = 70;
	static final int MAX_CAPTION_CONTINUATIONS = 2;
	static final int MAX_HEADER_LINES = 12;
	/** Longer lines are prose, not column names. */
	static final int MAX_HEADER_LENGTH = 100;
	static final int MIN_ROWS_WITHOUT_CAPTION = 3;

	private static final Pattern CAPTION = Pattern.compile(
			"(?<label>(?iu:table|tableau|tabelle|таблица|tab\\.|табл\\.)\\h*(?:\\d{1,3}(?:\\.\\d{1,2})?|[IVXLC]{1,6})(?![\\p{L}\\d]))"
					+ "(?=\\h*$|\\h*[.:](?:\\h|$)|\\h+[–—-]\\h|\\h+\\p{Lu})");
	private static final Set<String> PLACEHOLDERS = Set.of("–", "—", "-", "−", "‒", "…", "...");
	private static final char PERCENT = '%';

	private final String language;

	/** A recogniser for a text whose language is not known. */
	public TableRecognizer() {
		this(Locale.ROOT);
	}

	/** A recogniser for a text in {@code language}, which decides how "1.250" reads when the text does not tell. */
	public TableRecognizer(Locale language) {
		this.language = Objects.requireNonNull(language).getLanguage();
	}

	/** The tables of {@code text}, in text order. */
	public List<Table> recognize(String text) {
		return new Scan(text).run();
	}

	/** The state of one call to {@link TableRecognizer#recognize(String)}. */
	private final class Scan {

		private final String text;
		private final List<TextLine> lines;
		private final Matcher caption;
		private final Matcher exponent;
		/** Each line as a row, once asked: null when it is none. */
		private final TableRow[] rowOfLine;
		private final boolean[] rowAsked;
		private DecimalConvention convention;

		Scan(String text) {
			this.text = text;
			this.lines = TextLine.split(text);
			this.caption = CAPTION.matcher(text);
			this.exponent = PowersOfTen.EXPONENT.matcher(text).useTransparentBounds(true);
			this.rowOfLine = new TableRow[lines.size()];
			this.rowAsked = new boolean[lines.size()];
		}

		List<Table> run() {
			List<Table> tables = new ArrayList<>();
			int firstFree = 0;
			for (int i = 0; i < lines.size(); i++) {
				if (lines.get(i).isBlank(text)) {
					continue;
				}
				Table table = labelAt(i) != null ? tableAfterCaption(i) : null;
				if (table == null && rowAt(i) != null) {
					table = tableWithoutCaption(i, firstFree);
				}
				if (table != null) {
					tables.add(table);
					while (i + 1 < lines.size() && lines.get(i + 1).start() < table.end()) {
						i++;
					}
					firstFree = i + 1;
				}
			}
			return tables;
		}

		private Table tableAfterCaption(int captionLine) {
			int line = nextNonBlank(captionLine);
			for (int continued = 0; continued < MAX_CAPTION_CONTINUATIONS && line >= 0 && continuesCaption(line); continued++) {
				line = nextNonBlank(line);
			}
			int bodyLine = line;
			for (int headers = 0; line >= 0 && rowAt(line) == null; headers++) {
				if (headers == MAX_HEADER_LINES || !isHeader(line)) {
					return null;
				}
				line = nextNonBlank(line);
			}
			if (line < 0) {
				return null;
			}
			List<TableRow> rows = rowsFrom(line);
			return table(lines.get(captionLine).contentStart(text), lines.get(bodyLine).contentStart(text),
					labelAt(captionLine), rows);
		}

		private Table tableWithoutCaption(int firstRow, int firstFree) {
			List<TableRow> rows = rowsFrom(firstRow);
			boolean separated = rows.stream().allMatch(row -> hasColumnSeparator(row.begin(), row.end()));
			boolean sameWidth = rows.stream().allMatch(row -> row.cells().size() == rows.get(0).cells().size());
			if (rows.size() < MIN_ROWS_WITHOUT_CAPTION || !separated && !sameWidth) {
				return null;
			}
			int begin = rows.get(0).begin();
			int header = firstRow - 1;
			if (separated && header >= firstFree && !lines.get(header).isBlank(text) && isHeader(header)) {
				TextLine line = lines.get(header);
				if (hasColumnSeparator(line.contentStart(text), line.contentEnd(text))) {
					begin = line.contentStart(text);
				}
			}
			return table(begin, begin, null, rows);
		}

		private Table table(int begin, int bodyBegin, String label, List<TableRow> rows) {
			int end = rows.get(rows.size() - 1).end();
			return new Table(begin, end, text.substring(begin, end), bodyBegin, Optional.ofNullable(label), rows);
		}

		/** The rows from {@code first} on, over blank lines, up to the first line that is no row. */
		private List<TableRow> rowsFrom(int first) {
			List<TableRow> rows = new ArrayList<>();
			for (int i = first; i < lines.size(); i++) {
				if (lines.get(i).isBlank(text)) {
					continue;
				}
				TableRow row = rowAt(i);
				if (row == null) {
					break;
				}
				rows.add(row);
			}
			return rows;
		}

		private int nextNonBlank(int line) {
			for (int i = line + 1; i < lines.size(); i++) {
				if (!lines.get(i).isBlank(text)) {
					return i;
				}
			}
			return -1;
		}

		/** The label of the caption that starts line {@code i} ("Table 2"), or null when it starts none. */
		private String labelAt(int i) {
			TextLine line = lines.get(i);
			caption.region(line.contentStart(text), line.contentEnd(text));
			return caption.lookingAt() ? caption.group("label") : null;
		}

		private boolean continuesCaption(int i) {
			char first = text.charAt(lines.get(i).contentStart(text));
			return (Character.isLowerCase(first) || Characters.isAsciiDigit(first)) && rowAt(i) == null && labelAt(i) == null;
		}

		/** Whether line {@code i} can name columns: short, ending no sentence, no caption. */
		private boolean isHeader(int i) {
			TextLine line = lines.get(i);
			int begin = line.contentStart(text);
			int end = line.contentEnd(text);
			char last = text.charAt(end - 1);
			return end - begin <= MAX_HEADER_LENGTH && last != '.' && last != '!' && last != '?' && last != '…'
					&& labelAt(i) == null;
		}

		private boolean hasColumnSeparator(int begin, int end) {
			for (int i = begin; i < end; i++) {
				if (text.charAt(i) == '\t' || text.charAt(i) == ' ' && i + 1 < end && text.charAt(i + 1) == ' ') {
					return true;
				}
			}
			return false;
		}

		/** Line {@code i} as a row, or null when it is none. */
		private TableRow rowAt(int i) {
			if (!rowAsked[i]) {
				rowAsked[i] = true;
				TextLine line = lines.get(i);
				rowOfLine[i] = row(line.contentStart(text), line.contentEnd(text));
			}
			return rowOfLine[i];
		}

		private TableRow row(int begin, int end) {
			if (!hasColumnSeparator(begin, end) && !mayBeSpaceSeparatedRow(begin, end)) {
				return null;
			}
			List<TableCell> cells = cells(begin, end);
			int firstNumber = 0;
			while (firstNumber < cells.size() && !cells.get(firstNumber).isNumber()) {
				firstNumber++;
			}
			if (firstNumber > MAX_LABEL_CELLS || firstNumber == cells.size()) {
				return null;
			}
			int numbers = 0;
			int filled = 0;
			for (TableCell cell : cells.subList(firstNumber, cells.size())) {
				numbers += cell.isNumber() ? 1 : 0;
				filled += cell.isNumber() || PLACEHOLDERS.contains(cell.text()) ? 1 : 0;
			}
			boolean mostlyNumbers = filled * 100 >= MIN_NUMERIC_PERCENT * (cells.size() - firstNumber);
			return numbers >= MIN_NUMBERS_PER_ROW && mostlyNumbers ? new TableRow(begin, end, text.substring(begin, end), cells) : null;
		}

		/**
		 * Whether the words of a line separated by single spaces could make a row, told from their first
		 * characters alone: a cell's number starts with a digit or a sign, so most lines of prose are passed
		 * over without reading a number.
		 */
		private boolean mayBeSpaceSeparatedRow(int begin, int end) {
			int words = 0;
			int firstNumber = -1;
			int numbers = 0;
			int filled = 0;
			int i = begin;
			while (i < end) {
				int wordEnd = i;
				while (wordEnd < end && text.charAt(wordEnd) != ' ' && text.charAt(wordEnd) != '\t') {
					wordEnd++;
				}
				boolean number = Characters.isAsciiDigit(text.charAt(i))
						|| i + 1 < wordEnd && "-−+".indexOf(text.charAt(i)) >= 0 && Characters.isAsciiDigit(text.charAt(i + 1));
				if (number && firstNumber < 0) {
					firstNumber = words;
				}
				if (firstNumber >= 0) {
					numbers += number ? 1 : 0;
					filled += number || wordEnd - i <= 3 && PLACEHOLDERS.contains(text.substring(i, wordEnd)) ? 1 : 0;
				}
				words++;
				i = wordEnd;
				while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
					i++;
				}
			}
			return firstNumber >= 0 && firstNumber <= MAX_LABEL_CELLS && numbers >= MIN_NUMBERS_PER_ROW
					&& filled * 100 >= MIN_NUMERIC_PERCENT * (words - firstNumber);
		}

		/**
		 * The cells of the line {@code begin..end}: separated by tabs and runs of spaces when the line has any,
		 * else by single spaces. No-break spaces group digits and separate nothing.
		 */
		private List<TableCell> cells(int begin, int end) {
			boolean separated = hasColumnSeparator(begin, end);
			List<TableCell> cells = new ArrayList<>();
			int cellBegin = begin;
			int i = begin;
			while (i < end) {
				char c = text.charAt(i);
				if (c != ' ' && c != '\t') {
					i++;
					continue;
				}
				int gapEnd = i;
				boolean tab = false;
				while (gapEnd < end && (text.charAt(gapEnd) == ' ' || text.charAt(gapEnd) == '\t')) {
					tab |= text.charAt(gapEnd) == '\t';
					gapEnd++;
				}
				if (!separated || tab || gapEnd - i > 1) {
					cells.add(cell(cellBegin, i));
					cellBegin = gapEnd;
				}
				i = gapEnd;
			}
			cells.add(cell(cellBegin, end));
			return cells;
		}

		private TableCell cell(int begin, int end) {
			String cell = text.substring(begin, end);
			return new TableCell(begin, end, cell, Optional.ofNullable(number(cell, begin)));
		}

		/** The number that is the whole of {@code cell}, which starts at {@code offset}; null when it is none. */
		private Quantity number(String cell, int offset) {
			int start = 0;
			double sign = 1;
			if (cell.length() > 1 && "-−+".indexOf(cell.charAt(0)) >= 0) {
				sign = cell.charAt(0) == '+' ? 1 : -1;
				start = 1;
			}
			if (!Characters.isDigit(cell, start)) {
				return null;
			}
			ParsedNumber number = NumberReader.read(cell, start, convention());
			if (number == null) {
				return null;
			}
			double value = number.value();
			int end = number.end();
			exponent.region(offset + end, offset + cell.length());
			if (exponent.lookingAt()) {
				Integer power = PowersOfTen.power(exponent, number);
				if (power != null) {
					value *= Math.pow(10, power);
					end = exponent.end() - offset;
				}
			}
			OptionalDouble upper = OptionalDouble.empty();
			if (end + 1 < cell.length() && Characters.isDash(cell.charAt(end)) && Characters.isDigit(cell, end + 1)) {
				ParsedNumber upperEnd = NumberReader.read(cell, end + 1, convention());
				if (upperEnd != null) {
					upper = OptionalDouble.of(upperEnd.value());
					end = upperEnd.end();
				}
			}
			QuantityKind kind = QuantityKind.OTHER;
			Optional<String> unit = Optional.empty();
			int afterSpaces = end;
			while (afterSpaces < cell.length() && Characters.isSpace(cell.charAt(afterSpaces))) {
				afterSpaces++;
			}
			if (afterSpaces < cell.length() && cell.charAt(afterSpaces) == PERCENT) {
				kind = QuantityKind.PERCENT;
				unit = Optional.of("%");
				end = afterSpaces + 1;
			}
			if (end != cell.length()) {
				return null;
			}
			return new Quantity(offset, offset + end, cell, kind, sign * value, upper, unit);
		}

		/** The text's decimal convention, read once and only for a text that has rows. */
		private DecimalConvention convention() {
			if (convention == null) {
				convention = DecimalConvention.of(text, language);
			}
			return convention;
		}
	}
}
