package org.dossier.io.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.Consumer;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * PDFs written by the tests with PDFBox: pages of lines at given positions, and document information.
 * Latin text uses the standard Helvetica (WinAnsi covers French and German); Cyrillic needs a TrueType
 * font from the system, when one is installed.
 */
final class PdfFixtures {

	/** A line of text at a position on the page, in points from the bottom left. */
	record Line(float x, float y, String text) {
	}

	private static final float LEFT = 72;
	private static final float TOP = 720;
	private static final float LEADING = 15;

	private final List<List<Line>> pages = new ArrayList<>();
	private final List<Consumer<PDDocument>> changes = new ArrayList<>();
	private Path fontFile;

	static PdfFixtures pdf() {
		return new PdfFixtures();
	}

	/** A page of lines set one under the other; an empty string leaves a blank line (a paragraph gap). */
	PdfFixtures page(String... lines) {
		List<Line> placed = new ArrayList<>();
		float y = TOP;
		for (String line : lines) {
			if (!line.isEmpty()) {
				placed.add(new Line(LEFT, y, line));
			}
			y -= LEADING;
		}
		pages.add(placed);
		return this;
	}

	/** A page of lines drawn in the order given, wherever they are placed. */
	PdfFixtures pageDrawn(Line... lines) {
		pages.add(List.of(lines));
		return this;
	}

	PdfFixtures title(String title) {
		changes.add(pdf -> pdf.getDocumentInformation().setTitle(title));
		return this;
	}

	PdfFixtures author(String author) {
		changes.add(pdf -> pdf.getDocumentInformation().setAuthor(author));
		return this;
	}

	PdfFixtures created(int year, int month, int day) {
		changes.add(pdf -> {
			Calendar created = Calendar.getInstance(TimeZone.getTimeZone("Europe/Paris"));
			created.clear();
			created.set(year, month - 1, day, 10, 30);
			PDDocumentInformation info = pdf.getDocumentInformation();
			info.setCreationDate(created);
		});
		return this;
	}

	PdfFixtures language(String tag) {
		changes.add(pdf -> pdf.getDocumentCatalog().setLanguage(tag));
		return this;
	}

	/** Sets the text in a TrueType font (for Cyrillic) instead of Helvetica. */
	PdfFixtures font(Path trueTypeFile) {
		this.fontFile = trueTypeFile;
		return this;
	}

	/** Applies something more to the document before it is saved (encryption, for one). */
	PdfFixtures with(Consumer<PDDocument> change) {
		changes.add(change);
		return this;
	}

	byte[] bytes() {
		try (PDDocument pdf = new PDDocument()) {
			PDFont font = fontFile == null ? new PDType1Font(Standard14Fonts.FontName.HELVETICA) : PDType0Font.load(pdf, fontFile.toFile());
			for (List<Line> lines : pages) {
				PDPage page = new PDPage(PDRectangle.A4);
				pdf.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
					for (Line line : lines) {
						content.beginText();
						content.setFont(font, 11);
						content.newLineAtOffset(line.x(), line.y());
						content.showText(line.text());
						content.endText();
					}
				}
			}
			changes.forEach(change -> change.accept(pdf));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			pdf.save(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A one-page PDF whose content stream holds a line of text, then {@code megabytes} of compressed blanks. */
	static byte[] contentBomb(int megabytes) {
		try (PDDocument pdf = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			pdf.addPage(page);
			PDStream content = new PDStream(pdf);
			try (OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
				out.write("BT /F1 11 Tf 72 720 Td (Boom) Tj ET\n".getBytes(StandardCharsets.US_ASCII));
				byte[] blanks = new byte[1024 * 1024];
				Arrays.fill(blanks, (byte) ' ');
				for (int i = 0; i < megabytes; i++) {
					out.write(blanks);
				}
			}
			page.setContents(content);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			pdf.save(bytes);
			return bytes.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A TrueType font with Cyrillic letters installed on this machine, if there is one. */
	static Optional<Path> cyrillicFont() {
		List<String> candidates = List.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
				"/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans.ttf",
				"/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
				"/usr/share/fonts/liberation/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/freefont/FreeSans.ttf",
				"/Library/Fonts/Arial Unicode.ttf", "C:\\Windows\\Fonts\\arial.ttf");
		return candidates.stream().map(Path::of).filter(Files::isRegularFile).findFirst();
	}
}
