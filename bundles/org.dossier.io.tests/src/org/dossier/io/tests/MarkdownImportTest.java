package org.dossier.io.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;

import org.dossier.core.importing.ImportException;
import org.dossier.core.importing.ImportSource;
import org.dossier.internal.io.text.MarkdownImporter;
import org.dossier.model.Document;
import org.junit.jupiter.api.Test;

/** Markdown after import: the words a reader sees, the URLs and note numbers kept, the markup gone. */
class MarkdownImportTest {

	private final MarkdownImporter importer = new MarkdownImporter();

	@Test
	void aGermanPressReleaseWithFrontMatterTableAndFootnote() throws ImportException {
		Document document = importer.read(Sources.data("markdown/de-pressemitteilung.md"));

		assertThat(document.getTitle()).isEqualTo("Hochwasser an der Elbe: Krisenstab zieht Bilanz");
		assertThat(document.getPublishedAt()).isEqualTo("2024-09-16");
		assertThat(document.getAuthors()).containsExactly("Anna Becker", "Jonas Wolff");
		assertThat(document.getLanguage()).isEqualTo("de");
		assertThat(document.getMediaType()).isEqualTo("text/markdown");
		assertThat(document.getText()).isEqualTo("""
				Hochwasser an der Elbe

				Der Krisenstab der Stadt Dresden hat am Montag seine vorläufige Bilanz
				vorgelegt.[1] Rund 80.000 Menschen waren von der Evakuierung betroffen.

				Zahlen im Überblick

				Ort\tPegel (m)\tEvakuierte
				Dresden\t6,12\t80.000
				Pirna\t5,84\t4.300

				Mehr Details stehen im Lagebericht (https://example.org/dresden/lagebericht-7)
				und auf https://example.org/elbe/pegel.

				„Die Deiche haben gehalten“, sagte die Bürgermeisterin.

				Pegelstand 16.09.2024 14:00: 612 cm

				[1] Lagebericht Nr. 7, https://example.org/dresden/lagebericht-7""");
	}

	@Test
	void anEnglishNoteWithSetextTitleListsAndReferenceLinks() throws ImportException {
		Document document = importer.read(Sources.data("markdown/en-field-notes.md"));

		assertThat(document.getTitle()).isEqualTo("Field notes: corridor shipping");
		assertThat(document.getPublishedAt()).isNull();
		assertThat(document.getText()).isEqualTo("""
				Field notes: corridor shipping

				Shipments rose to 350,000 tonnes in April (port data).
				The insurers' review (see also) is more cautious.

				Vessels inspected: 118
				Average delay: 3.5 days
				Ports open: Odesa, Chornomorsk

				1. Check the port statistics.
				2. Compare with the insurers' figures.

				Snake_case_names and 2 * 3 * 4 stay as they are; *escaped stars* too.

				[stats]: https://example.org/port/stats-2006-04
				[review]: https://example.org/insurance/review Insurance review""");
	}

	@Test
	void aRussianReviewWithTableAndFootnote() throws ImportException {
		Document document = importer.read(Sources.data("markdown/ru-obzor.md"));

		assertThat(document.getTitle()).isEqualTo("Обзор сейсмичности Казахстана за 2014 год");
		assertThat(document.getText()).isEqualTo("""
				Обзор сейсмичности Казахстана за 2014 год

				Составитель: Н.Н. Михайлова

				В 2014 г. зарегистрировано 559 землетрясений с классами КР=6,6–13,6.
				Самое сильное событие произошло 14 ноября 2014 г. (MPVA=6,2)[2].

				Таблица 1

				Дата\tφ, °N\tλ, °E\tКР
				14.11.2014\t42,05\t77,18\t13,6
				21.06.2014\t48,30\t72,97\t9,8

				[2] Оперативный каталог, https://example.org/kz/catalog-2014""");
	}

	@Test
	void linksKeepTheirTargetsVisible() throws ImportException {
		String markdown = """
				Voir [le rapport](https://example.org/rapport.pdf "Rapport"), [https://example.org/a](https://example.org/a),
				[la section 2](#section-2), ![carte des crues](carte.png) et <mailto:presse@example.org>.
				""";

		assertThat(read(markdown)).isEqualTo("""
				Voir le rapport (https://example.org/rapport.pdf), https://example.org/a,
				la section 2, carte des crues et presse@example.org.""");
	}

	@Test
	void inlineMarkupGoesAndItsContentStays() throws ImportException {
		String markdown = "**Gras**, *italique*, __fort__, _souligné_, ~~barré~~, `code_avec_*étoiles*`, "
				+ "H<sub>2</sub>O, &laquo;&nbsp;citation&nbsp;&raquo; &amp; 3 &lt; 4<br>suite";

		assertThat(read(markdown)).isEqualTo("Gras, italique, fort, souligné, barré, code_avec_*étoiles*, H2O, «\u00A0citation\u00A0» & 3 < 4\nsuite");
	}

	@Test
	void urlsWithUnderscoresAreNotTakenForEmphasis() throws ImportException {
		assertThat(read("Source: https://example.org/_archive_/2019_report_final.pdf")).isEqualTo(
				"Source: https://example.org/_archive_/2019_report_final.pdf");
	}

	@Test
	void codeFencesKeepTheirTextAsItIs() throws ImportException {
		String markdown = """
				Avant :

				~~~text
				  **pas du gras**   # pas un titre
				~~~
				Après.
				""";

		assertThat(read(markdown)).isEqualTo("Avant :\n\n  **pas du gras**   # pas un titre\n\nAprès.");
	}

	@Test
	void headingsAreParagraphsEvenWithoutBlankLinesAround() throws ImportException {
		assertThat(read("# Titre\nTexte sous le titre.\n## Partie 2 ##\nSuite.")).isEqualTo(
				"Titre\n\nTexte sous le titre.\n\nPartie 2\n\nSuite.");
	}

	@Test
	void nestedQuotesLoseTheirMarks() throws ImportException {
		assertThat(read("> Он сказал:\n> > «Мы не отступим».")).isEqualTo("Он сказал:\n«Мы не отступим».");
	}

	@Test
	void bracketedCitationsWithoutDefinitionsStayAsWritten() throws ImportException {
		assertThat(read("As reported [11][12], the figure rose.")).isEqualTo("As reported [11][12], the figure rose.");
	}

	@Test
	void longLinesOfUnclosedMarkupAreKeptAsWritten() throws ImportException {
		String stars = "**a ".repeat(50_000).strip();
		String brackets = "![a".repeat(50_000);

		assertThat(read(stars + "\n\n" + brackets)).isEqualTo(stars + "\n\n" + brackets);
	}

	@Test
	void withoutFrontMatterOrHeadingTheFirstLineIsTheTitle() throws ImportException {
		Document document = importer.read(Sources.utf8("notiz.md", "Kurze Notiz zum *Pegel*\n\nText."));

		assertThat(document.getTitle()).isEqualTo("Kurze Notiz zum Pegel");
	}

	@Test
	void frontMatterInlineListsAndQuotedValues() throws ImportException {
		String markdown = """
				---
				title: 'L''état des lieux'
				authors: [Claire Dumont, "Paul Lenoir"]
				date: 2019-11-03T09:00:00+01:00
				language: fr
				---
				Texte.
				""";

		Document document = importer.read(Sources.utf8("etat.md", markdown));

		assertThat(document.getTitle()).isEqualTo("L'état des lieux");
		assertThat(document.getAuthors()).containsExactly("Claire Dumont", "Paul Lenoir");
		assertThat(document.getPublishedAt()).isEqualTo("2019-11-03");
		assertThat(document.getLanguage()).isEqualTo("fr");
		assertThat(document.getText()).isEqualTo("Texte.");
	}

	@Test
	void aPartialDateInFrontMatterStaysPartial() throws ImportException {
		assertThat(importer.read(Sources.utf8("a.md", "---\ndate: 2021-09\n---\nText")).getPublishedAt()).isEqualTo("2021-09");
		assertThat(importer.read(Sources.utf8("b.md", "---\ndate: 1975\n---\nText")).getPublishedAt()).isEqualTo("1975");
		assertThat(importer.read(Sources.utf8("c.md", "---\ndate: soon\n---\nText")).getPublishedAt()).isNull();
	}

	@Test
	void markdownInWindows1251IsReadToo() throws ImportException {
		String markdown = "# Сводка\n\nЗемлетрясение **магнитудой 6,2** произошло вблизи с. Каджисай.";

		Document document = importer.read(ImportSource.of("svodka.md", markdown.getBytes(Charset.forName("windows-1251"))));

		assertThat(document.getText()).isEqualTo("Сводка\n\nЗемлетрясение магнитудой 6,2 произошло вблизи с. Каджисай.");
	}

	@Test
	void badFilesAreRefusedAsPlainTextIs() {
		assertThatThrownBy(() -> importer.read(ImportSource.of("empty.md", new byte[0]))).hasMessage("empty file");
		assertThatThrownBy(() -> importer.read(ImportSource.of("image.md", new byte[] { 'G', 'I', 'F', '8', '9', 'a', 0, 1 })))
				.hasMessage("not text: binary content (a NUL byte at offset 6)");
		assertThatThrownBy(() -> importer.read(Sources.utf8("only-front-matter.md", "---\ntitle: x\n---\n\n")))
				.hasMessage("no text: the file holds only white space");
	}

	private String read(String markdown) throws ImportException {
		return importer.read(Sources.utf8("test.md", markdown)).getText();
	}
}
