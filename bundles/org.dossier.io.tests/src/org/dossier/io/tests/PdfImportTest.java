package org.dossier.io.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.dossier.core.importing.ImportException;
import org.dossier.core.importing.ImportSource;
import org.dossier.internal.io.pdf.PdfImporter;
import org.dossier.model.Document;
import org.junit.jupiter.api.Test;

/**
 * PDFs after import: text in reading order, paragraphs apart, pages separated by form feeds, the
 * document information as metadata; and the message for each kind of bad file.
 */
class PdfImportTest {

	private final PdfImporter importer = new PdfImporter();

	@Test
	void aTwoPageFrenchReportWithItsMetadata() throws ImportException {
		byte[] pdf = PdfFixtures.pdf()
				.page("Rapport sur la crue de la Loire", "", "Le préfet a déclaré : « 1 250 foyers ont été privés",
						"d'électricité pendant la nuit ». Les dégâts sont estimés", "à 2,5 millions d'euros.", "",
						"Le maire a évacué 312 personnes en quatre heures.")
				.page("Annexe : chronologie", "3 novembre 2019, 14 h : fermeture des routes.")
				.title("Rapport sur la crue de la Loire").author("Claire Dumont; Paul Lenoir").created(2019, 11, 3).language("fr-FR")
				.bytes();

		Document document = importer.read(ImportSource.of("rapport.pdf", pdf));

		assertThat(document.getText()).isEqualTo("""
				Rapport sur la crue de la Loire

				Le préfet a déclaré : « 1 250 foyers ont été privés
				d'électricité pendant la nuit ». Les dégâts sont estimés
				à 2,5 millions d'euros.

				Le maire a évacué 312 personnes en quatre heures.
				\fAnnexe : chronologie
				3 novembre 2019, 14 h : fermeture des routes.""");
		assertThat(document.getTitle()).isEqualTo("Rapport sur la crue de la Loire");
		assertThat(document.getAuthors()).containsExactly("Claire Dumont", "Paul Lenoir");
		assertThat(document.getPublishedAt()).isEqualTo("2019-11-03");
		assertThat(document.getLanguage()).isEqualTo("fr");
		assertThat(document.getMediaType()).isEqualTo("application/pdf");
	}

	@Test
	void aGermanReportKeepsItsLettersAndQuotes() throws ImportException {
		byte[] pdf = PdfFixtures.pdf().page("„Wir rechnen mit Schäden von mehr als 3,7 Millionen Euro“, sagte die",
				"Bürgermeisterin. Die Straßenbahn fährt ab dem 18. September wieder.").bytes();

		assertThat(importer.read(ImportSource.of("bericht.pdf", pdf)).getText()).isEqualTo("""
				„Wir rechnen mit Schäden von mehr als 3,7 Millionen Euro“, sagte die
				Bürgermeisterin. Die Straßenbahn fährt ab dem 18. September wieder.""");
	}

	@Test
	void textComesOutInReadingOrderWhateverOrderItWasDrawnIn() throws ImportException {
		byte[] pdf = PdfFixtures.pdf().pageDrawn(new PdfFixtures.Line(72, 690, "third line, drawn first"),
				new PdfFixtures.Line(72, 720, "first line, drawn second"), new PdfFixtures.Line(72, 705, "second line, drawn last"))
				.bytes();

		assertThat(importer.read(ImportSource.of("order.pdf", pdf)).getText())
				.isEqualTo("first line, drawn second\nsecond line, drawn last\nthird line, drawn first");
	}

	@Test
	void aPageWithoutTextKeepsItsPlaceBetweenFormFeeds() throws ImportException {
		byte[] pdf = PdfFixtures.pdf().page("Page one.").page().page("Page three.").bytes();

		assertThat(importer.read(ImportSource.of("pages.pdf", pdf)).getText()).isEqualTo("Page one.\n\f\n\fPage three.");
	}

	@Test
	void aTitleThatNamesTheSourceFileIsNotTheTitle() throws ImportException {
		byte[] pdf = PdfFixtures.pdf().page("Text.").title("Microsoft Word - bericht_entwurf3.docx").bytes();

		Document document = importer.read(ImportSource.of("bericht.pdf", pdf));

		assertThat(document.getTitle()).isNull();
		assertThat(document.getAuthors()).isEmpty();
		assertThat(document.getLanguage()).isNull();
	}

	@Test
	void aRussianPaperInATrueTypeFont() throws ImportException {
		Optional<Path> font = PdfFixtures.cyrillicFont();
		assumeTrue(font.isPresent(), "no TrueType font with Cyrillic letters installed");
		byte[] pdf = PdfFixtures.pdf().font(font.get())
				.page("Сейсмичность Казахстана в 2014 г.", "", "Самое сильное землетрясение произошло 14 ноября 2014 г.",
						"на южном берегу оз. Иссык-Куль (КР=13,6).")
				.language("ru").bytes();

		Document document = importer.read(ImportSource.of("seismicity.pdf", pdf));

		assertThat(document.getText()).isEqualTo("""
				Сейсмичность Казахстана в 2014 г.

				Самое сильное землетрясение произошло 14 ноября 2014 г.
				на южном берегу оз. Иссык-Куль (КР=13,6).""");
		assertThat(document.getLanguage()).isEqualTo("ru");
	}

	@Test
	void aPdfOnlyTheOwnerPasswordProtectsIsRead() throws ImportException {
		AccessPermission noCopying = new AccessPermission();
		noCopying.setCanExtractContent(false);
		byte[] pdf = PdfFixtures.pdf().page("Restricted, but readable.").with(document -> protect(document, "owner", "", noCopying)).bytes();

		assertThat(importer.read(ImportSource.of("restricted.pdf", pdf)).getText()).isEqualTo("Restricted, but readable.");
	}

	@Test
	void anEncryptedPdfIsRefused() {
		byte[] pdf = PdfFixtures.pdf().page("Secret.").with(document -> protect(document, "owner", "user", new AccessPermission())).bytes();

		assertThatThrownBy(() -> importer.read(ImportSource.of("secret.pdf", pdf))).isInstanceOf(ImportException.class)
				.hasMessage("encrypted: the PDF needs a password to be opened");
	}

	@Test
	void aTruncatedPdfIsRefused() {
		byte[] pdf = PdfFixtures.pdf().page("Text that will be cut off.").page("More text.").bytes();
		byte[] firstHalf = Arrays.copyOf(pdf, pdf.length / 2);

		assertThatThrownBy(() -> importer.read(ImportSource.of("cut.pdf", firstHalf))).isInstanceOf(ImportException.class)
				.hasMessage("truncated or damaged PDF (no %%EOF end-of-file marker)");
	}

	@Test
	void aPdfDamagedInsideIsRefused() {
		byte[] pdf = PdfFixtures.pdf().page("Text.").bytes();
		byte[] damaged = pdf.clone();
		Arrays.fill(damaged, 16, damaged.length - 16, (byte) 'x');

		assertThatThrownBy(() -> importer.read(ImportSource.of("damaged.pdf", damaged))).isInstanceOf(ImportException.class)
				.hasMessageStartingWith("truncated or damaged PDF (");
	}

	@Test
	void junkRenamedPdfIsRefused() {
		byte[] text = "Ceci n'est pas un PDF.\n%%EOF".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> importer.read(ImportSource.of("note.pdf", text))).isInstanceOf(ImportException.class)
				.hasMessage("not a PDF: no %PDF header");
	}

	@Test
	void aPdfBombIsRefused() {
		byte[] bomb = PdfFixtures.contentBomb(300);
		assertThat(bomb.length).isLessThan(1024 * 1024);

		assertThatThrownBy(() -> importer.read(ImportSource.of("bomb.pdf", bomb))).isInstanceOf(ImportException.class)
				.hasMessage("refused as a PDF bomb: the page content inflates to more than 256 MB (by page 1)");
	}

	@Test
	void anEmptyFileIsRefused() {
		assertThatThrownBy(() -> importer.read(ImportSource.of("empty.pdf", new byte[0]))).hasMessage("empty file");
	}

	@Test
	void aPdfWithoutTextLayerIsRefused() {
		byte[] pdf = PdfFixtures.pdf().page().bytes();

		assertThatThrownBy(() -> importer.read(ImportSource.of("scan.pdf", pdf)))
				.hasMessage("no text: the PDF has no text layer (scanned pages? Dossier does not run OCR)");
	}

	private static void protect(org.apache.pdfbox.pdmodel.PDDocument document, String owner, String user, AccessPermission permissions) {
		StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user, permissions);
		policy.setEncryptionKeyLength(128);
		try {
			document.protect(policy);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
