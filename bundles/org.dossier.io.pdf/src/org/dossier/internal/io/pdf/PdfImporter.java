package org.dossier.internal.io.pdf;

import org.dossier.core.importing.MetadataValues;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dossier.core.importing.ImportException;
import org.dossier.core.importing.ImportSource;
import org.dossier.core.importing.Importer;
import org.dossier.model.Document;
import org.dossier.model.DossierFactory;

/**
 * PDF documents, read with PDFBox. The text is taken page by page, sorted by its position on the page (top
 * to bottom, left to right, whatever order the producer drew it in), one line per line of print, with a
 * blank line where PDFBox sees a paragraph end (a wider gap between lines, an indent). Sorting by position
 * has one known cost: on two-column pages, lines at the same height in both columns come out side by side.
 * <strong>Pages are separated by a form feed</strong>: each page's text ends with a line end, and the next
 * page starts after a {@code \f}, as {@code pdftotext} writes it; page headers, footers, numbers and
 * hyphenation are left for the normaliser, which can use the form feeds to find them. Title, author,
 * creation date and language come from the document information and catalog.
 *
 * <p>Damaged files are refused before PDFBox sees them when the damage shows at the ends of the file: no
 * {@code %PDF} header means not a PDF, no {@code %%EOF} marker in the last kilobyte means truncated.
 * PDFBox would otherwise rebuild what it could of a cut-off file and import part of it without a word.
 * Encrypted files that need a password, and files whose page content decompresses to more than
 * {@value #MAX_CONTENT_MEGABYTES} MB, are refused too.
 */
public final class PdfImporter implements Importer {

	static final String MEDIA_TYPE = "application/pdf";
	/** Between the text of two pages. */
	static final String PAGE_BREAK = "\n\f";

	/** Page content, decompressed, a document may hold: a thousand pages of dense print take a few dozen MB. */
	static final int MAX_CONTENT_MEGABYTES = 256;

	/** Readers accept junk before the header within the first kilobyte, and look for %%EOF in the last. */
	private static final int HEADER_WINDOW = 1024;
	private static final int TRAILER_WINDOW = 1024;
	private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] END_OF_FILE = "%%EOF".getBytes(StandardCharsets.US_ASCII);

	/** Titles that name the file the PDF was made from, not the document. */
	private static final Pattern FILE_NAME_TITLE = Pattern.compile(
			"(?i)(?:microsoft (?:word|powerpoint) - .*|.*\\.(?:docx?|odt|rtf|pdf|tex|dvi|ps|indd|qxd|pptx?|xlsx?|txt)|untitled.*|unbenannt.*|sans titre.*|без названия.*)");

	@Override
	public Document read(ImportSource source) throws ImportException {
		byte[] bytes = source.bytes();
		if (bytes.length == 0) {
			throw new ImportException("empty file");
		}
		if (indexOf(bytes, HEADER, 0, HEADER_WINDOW) < 0) {
			throw new ImportException("not a PDF: no %PDF header");
		}
		if (indexOf(bytes, END_OF_FILE, bytes.length - TRAILER_WINDOW, bytes.length) < 0) {
			throw new ImportException("truncated or damaged PDF (no %%EOF end-of-file marker)");
		}
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			Document document = DossierFactory.eINSTANCE.createDocument();
			document.setMediaType(MEDIA_TYPE);
			copyMetadata(pdf, document);
			limitContent(pdf);
			String text = text(pdf);
			if (text.isBlank()) {
				throw new ImportException("no text: the PDF has no text layer (scanned pages? Dossier does not run OCR)");
			}
			document.setText(text);
			return document;
		} catch (InvalidPasswordException e) {
			throw new ImportException("encrypted: the PDF needs a password to be opened", e);
		} catch (IOException e) {
			throw new ImportException("truncated or damaged PDF (" + e.getMessage() + ")", e);
		} catch (RuntimeException e) {
			// PDFBox reports some malformed structures as runtime exceptions rather than IOExceptions.
			throw new ImportException("truncated or damaged PDF (" + e + ")", e);
		}
	}

	/**
	 * Refuses documents whose page content decompresses to more than {@value #MAX_CONTENT_MEGABYTES} MB.
	 * PDFBox reads such content as a stream without running out of memory, but a few megabytes of
	 * compressed blanks would keep it busy for hours; counting the bytes first costs one more decompression
	 * of what real documents hold in kilobytes per page.
	 */
	private static void limitContent(PDDocument pdf) throws IOException, ImportException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		int pageNumber = 0;
		for (PDPage page : pdf.getPages()) {
			pageNumber++;
			Iterator<PDStream> streams = page.getContentStreams();
			while (streams.hasNext()) {
				try (InputStream content = streams.next().createInputStream()) {
					int n;
					while ((n = content.read(buffer)) > 0) {
						total += n;
						if (total > MAX_CONTENT_MEGABYTES * 1024L * 1024L) {
							throw new ImportException("refused as a PDF bomb: the page content inflates to more than "
									+ MAX_CONTENT_MEGABYTES + " MB (by page " + pageNumber + ")");
						}
					}
				}
			}
		}
	}

	private static String text(PDDocument pdf) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setSortByPosition(true);
		stripper.setLineSeparator("\n");
		stripper.setParagraphEnd("\n");
		StringBuilder text = new StringBuilder();
		for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			if (page > 1) {
				text.append(PAGE_BREAK);
			}
			text.append(stripper.getText(pdf).stripTrailing());
		}
		return text.toString();
	}

	private static void copyMetadata(PDDocument pdf, Document document) {
		PDDocumentInformation info = pdf.getDocumentInformation();
		String title = info.getTitle();
		if (title != null && !title.isBlank() && !FILE_NAME_TITLE.matcher(title.strip()).matches()) {
			document.setTitle(title.strip());
		}
		String author = info.getAuthor();
		if (author != null) {
			Arrays.stream(author.split(";")).map(String::strip).filter(name -> !name.isEmpty()).forEach(document.getAuthors()::add);
		}
		Calendar created = info.getCreationDate();
		if (created != null) {
			document.setPublishedAt(String.format(Locale.ROOT, "%04d-%02d-%02d", created.get(Calendar.YEAR),
					created.get(Calendar.MONTH) + 1, created.get(Calendar.DAY_OF_MONTH)));
		}
		String language = MetadataValues.primaryLanguage(pdf.getDocumentCatalog().getLanguage());
		if (language != null) {
			document.setLanguage(language);
		}
	}

	/** Where {@code pattern} starts within {@code bytes[from, to)}, or -1. */
	private static int indexOf(byte[] bytes, byte[] pattern, int from, int to) {
		int start = Math.max(0, from);
		int end = Math.min(bytes.length, to) - pattern.length;
		for (int i = start; i <= end; i++) {
			if (Arrays.equals(bytes, i, i + pattern.length, pattern, 0, pattern.length)) {
				return i;
			}
		}
		return -1;
	}
}
