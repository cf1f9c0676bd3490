package org.dossier.io.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dossier.io.tests.DocxFixtures.deleted;
import static org.dossier.io.tests.DocxFixtures.endnote;
import static org.dossier.io.tests.DocxFixtures.endnoteReference;
import static org.dossier.io.tests.DocxFixtures.footnote;
import static org.dossier.io.tests.DocxFixtures.footnoteReference;
import static org.dossier.io.tests.DocxFixtures.hyperlink;
import static org.dossier.io.tests.DocxFixtures.inserted;
import static org.dossier.io.tests.DocxFixtures.lineBreak;
import static org.dossier.io.tests.DocxFixtures.numbered;
import static org.dossier.io.tests.DocxFixtures.p;
import static org.dossier.io.tests.DocxFixtures.r;
import static org.dossier.io.tests.DocxFixtures.styled;
import static org.dossier.io.tests.DocxFixtures.symbol;
import static org.dossier.io.tests.DocxFixtures.tab;
import static org.dossier.io.tests.DocxFixtures.table;

import java.util.Arrays;

import org.dossier.core.importing.ImportException;
import org.dossier.core.importing.ImportSource;
import org.dossier.internal.io.docx.DocxImporter;
import org.dossier.model.Document;
import org.junit.jupiter.api.Test;

/** Word documents after import: paragraphs, notes, lists and links as a reader sees them, and the core properties. */
class DocxImportTest {

	private static final String DECIMAL_LIST = """
			<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>\
			<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1.%2)"/></w:lvl></w:abstractNum>\
			<w:abstractNum w:abstractNumId="8"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>\
			<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="8"/></w:num>""";

	private final DocxImporter importer = new DocxImporter();

	@Test
	void aFrenchReportWithNotesTableListAndProperties() throws ImportException {
		byte[] docx = DocxFixtures.docx()
				.body(styled("Title", r("Bilan de la crue")),
						p(r("Le préfet a déclaré : « 1 250 foyers ont été privés d'électricité »"), footnoteReference(1), r(".")),
						p(r("Source : "), hyperlink("rIdLink", "le rapport préliminaire"), r(", p. 14.")),
						table(new String[] { "Commune", "Évacués" }, new String[] { "Orléans", "312" }),
						numbered("1", 0, r("Fermer les routes.")), numbered("1", 0, r("Évacuer les riverains.")),
						p(r("Ligne un"), lineBreak(), r("Ligne deux"), tab(), r("colonne")))
				.footnotes(footnote(1, "Rapport de la préfecture du Loiret, 3 novembre 2019."))
				.numbering(DECIMAL_LIST).link("rIdLink", "https://example.org/loiret/rapport.pdf")
				.core("Bilan de la crue de la Loire", "Claire Dumont; Paul Lenoir", "2019-11-03T09:12:00Z", "fr-FR").bytes();

		Document document = importer.read(ImportSource.of("bilan.docx", docx));

		assertThat(document.getText()).isEqualTo("""
				Bilan de la crue

				Le préfet a déclaré : « 1 250 foyers ont été privés d'électricité »[1].

				Source : le rapport préliminaire (https://example.org/loiret/rapport.pdf), p. 14.

				Commune\tÉvacués
				Orléans\t312

				1. Fermer les routes.

				2. Évacuer les riverains.

				Ligne un
				Ligne deux\tcolonne

				[1] Rapport de la préfecture du Loiret, 3 novembre 2019.""");
		assertThat(document.getTitle()).isEqualTo("Bilan de la crue de la Loire");
		assertThat(document.getAuthors()).containsExactly("Claire Dumont", "Paul Lenoir");
		assertThat(document.getPublishedAt()).isEqualTo("2019-11-03");
		assertThat(document.getLanguage()).isEqualTo("fr");
		assertThat(document.getMediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	}

	@Test
	void notesAreNumberedInTheOrderTheTextRefersToThemAsWordShowsThem() throws ImportException {
		byte[] docx = DocxFixtures.docx()
				.body(p(r("Erstens"), footnoteReference(7), r(", zweitens"), footnoteReference(3), r(", drittens"), endnoteReference(2), r(".")))
				.footnotes(footnote(3, "Zweite Fußnote."), footnote(7, "Erste Fußnote, https://example.org/quelle-1."))
				.endnotes(endnote(2, "Eine Endnote.")).bytes();

		assertThat(importer.read(ImportSource.of("noten.docx", docx)).getText()).isEqualTo("""
				Erstens[1], zweitens[2], drittens[3].

				[1] Erste Fußnote, https://example.org/quelle-1.
				[2] Zweite Fußnote.
				[3] Eine Endnote.""");
	}

	@Test
	void trackedChangesShowTheTextAsItNowReads() throws ImportException {
		byte[] docx = DocxFixtures.docx().body(p(r("The port handled "), deleted("210,000"), inserted("350,000"), r(" tonnes."))).bytes();

		assertThat(importer.read(ImportSource.of("changes.docx", docx)).getText()).isEqualTo("The port handled 350,000 tonnes.");
	}

	@Test
	void aTextBoxFollowsItsParagraphOnceThoughWordStoresItTwice() throws ImportException {
		String textBox = "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx><w:txbxContent>"
				+ p(r("Encadré : 45 % des routes fermées")) + "</w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
				+ "<mc:Fallback><w:pict><v:textbox><w:txbxContent>" + p(r("Encadré : 45 % des routes fermées"))
				+ "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>";
		byte[] docx = DocxFixtures.docx().body(p(r("Texte principal."), textBox, r(" Suite du texte.")), p(r("Paragraphe suivant."))).bytes();

		assertThat(importer.read(ImportSource.of("encadre.docx", docx)).getText())
				.isEqualTo("Texte principal. Suite du texte.\n\nEncadré : 45 % des routes fermées\n\nParagraphe suivant.");
	}

	@Test
	void symbolFontCharactersStayPrivateUseForTheNormaliser() throws ImportException {
		byte[] docx = DocxFixtures.docx().body(p(symbol("Symbol", "F06A"), r("=42,87"), symbol("Symbol", "F0B0"), r("N"))).bytes();

		assertThat(importer.read(ImportSource.of("coords.docx", docx)).getText()).isEqualTo("\uF06A=42,87\uF0B0N");
	}

	@Test
	void aHyperlinkFieldShowsItsUrlToo() throws ImportException {
		String field = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> HYPERLINK \"https://example.org/sitrep\" </w:instrText></w:r>"
				+ "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + r("situation report") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
		byte[] docx = DocxFixtures.docx().body(p(r("See the "), field, r("."))).bytes();

		assertThat(importer.read(ImportSource.of("field.docx", docx)).getText()).isEqualTo("See the situation report (https://example.org/sitrep).");
	}

	@Test
	void nestedNumberingAndBulletsAsWordShowsThem() throws ImportException {
		byte[] docx = DocxFixtures.docx().numbering(DECIMAL_LIST)
				.body(numbered("1", 0, r("Введение")), numbered("1", 1, r("Цели")), numbered("1", 1, r("Методы")), numbered("1", 0, r("Данные")),
						numbered("1", 1, r("Каталог")), numbered("2", 0, r("пункт списка")))
				.bytes();

		assertThat(importer.read(ImportSource.of("spisok.docx", docx)).getText())
				.isEqualTo("1. Введение\n\n1.a) Цели\n\n1.b) Методы\n\n2. Данные\n\n2.a) Каталог\n\nпункт списка");
	}

	@Test
	void aRussianDocumentTitledByItsTitleStyle() throws ImportException {
		String styles = "<w:style w:type=\"paragraph\" w:styleId=\"a3\"><w:name w:val=\"Title\"/></w:style>"
				+ "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/></w:style>";
		byte[] docx = DocxFixtures.docx().styles(styles)
				.body(styled("a3", r("Сейсмичность Казахстана в 2014 г.")), styled("1", r("Введение")),
						p(r("Самое сильное землетрясение произошло 14 ноября 2014 г. (КР=13,6).")))
				.core(null, "Н.Н. Михайлова", "2015-02-20T08:00:00Z", "ru-RU").bytes();

		Document document = importer.read(ImportSource.of("obzor.docx", docx));

		assertThat(document.getTitle()).isEqualTo("Сейсмичность Казахстана в 2014 г.");
		assertThat(document.getAuthors()).containsExactly("Н.Н. Михайлова");
		assertThat(document.getLanguage()).isEqualTo("ru");
		assertThat(document.getText()).isEqualTo("""
				Сейсмичность Казахстана в 2014 г.

				Введение

				Самое сильное землетрясение произошло 14 ноября 2014 г. (КР=13,6).""");
	}

	@Test
	void anEnglishDocumentWithoutPropertiesHasNoMetadata() throws ImportException {
		Document document = importer.read(ImportSource.of("memo.docx", DocxFixtures.docx().body(p(r("Shipments rose to 350,000 tonnes."))).bytes()));

		assertThat(document.getText()).isEqualTo("Shipments rose to 350,000 tonnes.");
		assertThat(document.getTitle()).isNull();
		assertThat(document.getAuthors()).isEmpty();
		assertThat(document.getPublishedAt()).isNull();
		assertThat(document.getLanguage()).isNull();
	}

	@Test
	void anEmptyFileIsRefused() {
		assertThatThrownBy(() -> importer.read(ImportSource.of("empty.docx", new byte[0]))).hasMessage("empty file");
	}

	@Test
	void junkRenamedDocxIsRefused() {
		assertThatThrownBy(() -> importer.read(Sources.utf8("notes.docx", "Pas un document Word.")))
				.hasMessage("not a DOCX: not a zip archive");
	}

	@Test
	void anOldWordFileIsRefusedForWhatItIs() {
		byte[] doc = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0 };

		assertThatThrownBy(() -> importer.read(ImportSource.of("alt.docx", doc)))
				.hasMessage("not a DOCX: an old Word (.doc) file or a password-protected document");
	}

	@Test
	void aZipWithoutWordDocumentIsRefused() {
		byte[] docx = DocxFixtures.docx().withoutDocument().bytes();

		assertThatThrownBy(() -> importer.read(ImportSource.of("leer.docx", docx))).hasMessage("not a DOCX: no word/document.xml in the archive");
	}

	@Test
	void aTruncatedDocxIsRefused() {
		byte[] docx = DocxFixtures.docx().body(p(r("Text ".repeat(5000)))).bytes();
		byte[] cut = Arrays.copyOf(docx, docx.length / 2);

		assertThatThrownBy(() -> importer.read(ImportSource.of("cut.docx", cut))).isInstanceOf(ImportException.class)
				.hasMessageStartingWith("damaged or truncated DOCX (");
	}

	@Test
	void malformedXmlIsRefused() {
		byte[] docx = DocxFixtures.docx().documentXml("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>")
				.bytes();

		assertThatThrownBy(() -> importer.read(ImportSource.of("broken.docx", docx))).isInstanceOf(ImportException.class)
				.hasMessageStartingWith("damaged DOCX: word/document.xml is not well-formed XML (");
	}

	@Test
	void externalEntitiesAreNeverResolved() {
		String xml = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
				+ "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
				+ "<w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>";
		byte[] docx = DocxFixtures.docx().documentXml(xml).bytes();

		assertThatThrownBy(() -> importer.read(ImportSource.of("xxe.docx", docx))).isInstanceOf(ImportException.class)
				.hasMessageStartingWith("damaged DOCX: word/document.xml is not well-formed XML (");
	}

	@Test
	void aZipBombIsRefused() {
		byte[] docx = DocxFixtures.docx().body(p(r("Harmless."))).entry("word/media/image1.png", new byte[20 * 1024 * 1024]).bytes();
		assertThat(docx.length).isLessThan(100 * 1024);

		assertThatThrownBy(() -> importer.read(ImportSource.of("bomb.docx", docx)))
				.hasMessage("refused as a zip bomb: word/media/image1.png inflates more than 100 times its compressed size");
	}

	@Test
	void aZipBombIsRefusedWhateverSizeItsHeadersDeclare() {
		byte[] bomb = ZipBombs.deflatedDeclaringSize("word/document.xml", new byte[20 * 1024 * 1024], 1024);

		assertThatThrownBy(() -> importer.read(ImportSource.of("bomb.docx", bomb)))
				.hasMessage("refused as a zip bomb: word/document.xml inflates more than 100 times its compressed size");
	}

	@Test
	void anEntryOverFiftyMegabytesIsRefusedEvenWhenItDoesNotCompress() {
		byte[] docx = ZipBombs.storedRandom("word/media/film.bin", 51 * 1024 * 1024);

		assertThatThrownBy(() -> importer.read(ImportSource.of("film.docx", docx)))
				.hasMessage("refused as a zip bomb: word/media/film.bin inflates to more than 50 MB");
	}
}
