package org.dossier.internal.io.csv;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.emf.common.util.Enumerator;

/**
 * One CSV file of an export: RFC 4180 (comma, double quotes, CRLF), UTF-8, a header row.
 * <p>
 * Each file starts with a UTF-8 byte order mark. Without it Excel, the program most of these files
 * are opened with, reads a CSV file in the machine's legacy code page and garbles every é, ß and
 * Cyrillic letter; with it, Excel, LibreOffice, pandas, R and commons-csv (BOMInputStream) all read
 * the file right. Programs that do not expect a BOM see it before the first header name.
 * <p>
 * The file is written beside its final name and put in place by {@link #commit()}, so a failed
 * export leaves the files of an earlier one as they were.
 */
final class CsvTable {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	/** Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV injection"). */
	private static final String FORMULA_STARTS = "=+-@\t\r";

	private final Path file;
	private final Path partial;
	private final CSVPrinter printer;

	CsvTable(Path folder, String name, String... columns) throws IOException {
		this.file = folder.resolve(name);
		// Not Files.createTempFile: its file is private to the user (rw-------), and so would the table be.
		this.partial = folder.resolve("." + name + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
		Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		try {
			writer.write(BYTE_ORDER_MARK);
			this.printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(columns).get());
		} catch (IOException | RuntimeException e) {
			writer.close();
			Files.deleteIfExists(partial);
			throw e;
		}
	}

	/** Writes a row: strings as text, numbers as plain decimals, enums as their literal, null as an empty cell. */
	void row(Object... cells) throws IOException {
		for (Object cell : cells) {
			printer.print(format(cell));
		}
		printer.println();
	}

	void commit() throws IOException {
		printer.close();
		try {
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Drops what was written; the file of an earlier export, if any, stays. */
	void discard() {
		try {
			printer.close();
		} catch (IOException e) {
			// the partial file is deleted all the same
		}
		try {
			Files.deleteIfExists(partial);
		} catch (IOException e) {
			// a leftover .part file is hidden and harmless
		}
	}

	private static String format(Object cell) {
		return switch (cell) {
		case null -> null;
		case Double number -> number.isNaN() || number.isInfinite() ? null : plain(BigDecimal.valueOf(number));
		case Number number -> number.toString();
		case Enumerator literal -> literal.getLiteral();
		default -> defuse(cell.toString());
		};
	}

	/** 1250000 rather than 1.25E6, 45 rather than 45.0: what spreadsheets and people read as the same number. */
	private static String plain(BigDecimal number) {
		return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
	}

	/**
	 * Text from the documents is untrusted: a cell such as {@code =HYPERLINK(...)} would run as a
	 * formula in a spreadsheet. Such cells get a leading apostrophe, as OWASP advises, and read as text.
	 * Numbers are written as numbers and are not touched.
	 */
	private static String defuse(String text) {
		return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}
}
