package org.dossier.io.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.dossier.core.importing.ImportException;
import org.dossier.core.importing.ImportSource;
import org.dossier.internal.io.text.PlainTextImporter;
import org.dossier.model.Document;
import org.junit.jupiter.api.Test;

/** What a plain text file looks like after import, and which files are refused, with which message. */
class PlainTextImportTest {

	private final PlainTextImporter importer = new PlainTextImporter();

	@Test
	void keepsTheTextLineForLine() throws ImportException {
		Document document = importer.read(Sources.data("text/fr-communique.txt"));

		assertThat(document.getText()).isEqualTo(Sources.dataText("text/fr-communique.txt"));
		assertThat(document.getText()).contains("« 1 250 foyers ont été\nprivés d'électricité");
		assertThat(document.getMediaType()).isEqualTo("text/plain");
	}

	@Test
	void theFirstLineIsTheTitle() throws ImportException {
		assertThat(importer.read(Sources.data("text/fr-communique.txt")).getTitle()).isEqualTo("Communiqué : bilan de la crue de la Loire");
		assertThat(importer.read(Sources.data("text/de-bericht.txt")).getTitle()).isEqualTo("Hochwasserlage an der Elbe: Zwischenbericht");
		assertThat(importer.read(Sources.data("text/ru-svodka.txt")).getTitle()).isEqualTo("Сводка о сейсмической обстановке");
	}

	@Test
	void blankLinesBeforeTheTitleAreSkipped() throws ImportException {
		assertThat(importer.read(Sources.utf8("brief.txt", "\n\n   Briefing note\n\nText.")).getTitle()).isEqualTo("Briefing note");
	}

	@Test
	void aLongFirstLineIsAParagraphSoTheTitleIsTheFileName() throws ImportException {
		String paragraph = "Les inondations ont touché ".repeat(10).strip() + ".";
		assertThat(paragraph).hasSizeGreaterThanOrEqualTo(200);

		Document document = importer.read(Sources.utf8("crue-2019.txt", paragraph + "\nSuite."));

		assertThat(document.getTitle()).isEqualTo("crue-2019.txt");
	}

	@Test
	void aWebPagesBreadcrumbGivesItsLastStepAsTheTitle() throws ImportException {
		assertThat(importer.read(Sources.utf8("page.txt", "Accueil / Publications / Rapports / La crue de 2019 en chiffres\n\nTexte."))
				.getTitle()).isEqualTo("La crue de 2019 en chiffres");
		assertThat(importer.read(Sources.utf8("page.txt", "Start > Analysen > Lagebild Elbe\n\nText.")).getTitle()).isEqualTo("Lagebild Elbe");
		assertThat(importer.read(Sources.utf8("page.txt", "Pros / cons of levees\n\nText.")).getTitle())
				.as("one slash is not a breadcrumb").isEqualTo("Pros / cons of levees");
	}

	@Test
	void theOpeningOfAnAbstractOrALineCutByAHyphenIsNoTitle() throws ImportException {
		assertThat(importer.read(Sources.utf8("svodka.txt", "Аннотация. В 2016 г. наблюдения вели три станции Сейс-\nмологической сети.")).getTitle())
				.isEqualTo("svodka.txt");
		assertThat(importer.read(Sources.utf8("paper.txt", "Abstract: river gauges along the Elbe recorded\nthe rise.")).getTitle())
				.isEqualTo("paper.txt");
		assertThat(importer.read(Sources.utf8("paper.txt", "Pegelstände an der Elbe, zusammen-\ngefasst")).getTitle()).isEqualTo("paper.txt");
	}

	@Test
	void statesNoMetadataItDoesNotHave() throws ImportException {
		Document document = importer.read(Sources.data("text/en-brief.txt"));

		assertThat(document.getLanguage()).isNull();
		assertThat(document.getPublishedAt()).isNull();
		assertThat(document.getAuthors()).isEmpty();
	}

	@Test
	void windowsAndOldMacLineEndsBecomeLineFeeds() throws ImportException {
		Document document = importer.read(Sources.utf8("bericht.txt", "Bericht\r\nZeile eins\r\n\r\nZeile zwei\rEnde"));

		assertThat(document.getText()).isEqualTo("Bericht\nZeile eins\n\nZeile zwei\nEnde");
	}

	@Test
	void formFeedsAndTabsAreText() throws ImportException {
		Document document = importer.read(Sources.utf8("table.txt", "Page 1\tcolumn\n\fPage 2"));

		assertThat(document.getText()).isEqualTo("Page 1\tcolumn\n\fPage 2");
	}

	@Test
	void anEmptyFileIsRefused() {
		assertThatThrownBy(() -> importer.read(ImportSource.of("empty.txt", new byte[0]))).isInstanceOf(ImportException.class)
				.hasMessage("empty file");
	}

	@Test
	void aFileOfWhiteSpaceIsRefused() {
		assertThatThrownBy(() -> importer.read(Sources.utf8("blank.txt", " \n\t\n  "))).isInstanceOf(ImportException.class)
				.hasMessage("no text: the file holds only white space");
	}

	@Test
	void binaryJunkWithNulBytesIsRefused() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };

		assertThatThrownBy(() -> importer.read(ImportSource.of("photo.txt", png))).isInstanceOf(ImportException.class)
				.hasMessage("not text: binary content (a NUL byte at offset 8)");
	}

	@Test
	void binaryJunkWithoutNulBytesIsRefusedForItsControlCharacters() {
		byte[] junk = new byte[1000];
		for (int i = 0; i < junk.length; i++) {
			junk[i] = (byte) (i % 10 == 0 ? 0x01 : 'a' + i % 26);
		}

		assertThatThrownBy(() -> importer.read(ImportSource.of("dump.txt", junk))).isInstanceOf(ImportException.class)
				.hasMessage("not text: binary content (10% control characters)");
	}

	@Test
	void aStrayControlCharacterDoesNotMakeTextBinary() throws ImportException {
		byte[] text = new byte[1000];
		Arrays.fill(text, (byte) 'x');
		text[500] = 0x1B;

		assertThat(importer.read(ImportSource.of("log.txt", text)).getText()).hasSize(1000);
	}

	@Test
	void utf16WithoutByteOrderMarkLooksBinaryAndIsRefused() {
		byte[] utf16 = "Rapport annuel".getBytes(StandardCharsets.UTF_16LE);

		assertThatThrownBy(() -> importer.read(ImportSource.of("rapport.txt", utf16))).isInstanceOf(ImportException.class)
				.hasMessage("not text: binary content (a NUL byte at offset 1)");
	}
}
