package org.dossier.io.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.dossier.core.importing.ImportException;
import org.dossier.core.importing.ImportSource;
import org.dossier.internal.io.html.HtmlImporter;
import org.dossier.model.Document;
import org.junit.jupiter.api.Test;

/** HTML pages after import: the article text without the page around it, and what the page says about itself. */
class HtmlImportTest {

	private final HtmlImporter importer = new HtmlImporter();

	@Test
	void aFrenchNewsArticleWithoutItsPage() throws ImportException {
		Document document = importer.read(Sources.data("html/fr-seisme.html"));

		assertThat(document.getTitle()).isEqualTo("Séisme au Kirghizistan : la terre tremble près du lac");
		assertThat(document.getPublishedAt()).isEqualTo("2014-11-14");
		assertThat(document.getAuthors()).containsExactly("Claire Dumont", "Paul Lenoir");
		assertThat(document.getLanguage()).isEqualTo("fr");
		assertThat(document.getMediaType()).isEqualTo("text/html");
		assertThat(document.getText()).isEqualTo("""
				Séisme au Kirghizistan

				Par Claire Dumont et Paul Lenoir

				Un séisme de magnitude 6,2 a frappé le 14 novembre 2014 la rive sud du lac Issyk-Koul[1]. \
				Selon l’institut de sismologie, «\u00A0aucune victime n’est à déplorer\u00A0».

				La zone touchée dépasse 120\u00A0km²; l’épicentre se situait par 42,05°\u00A0N et 77,18°\u00A0E.

				Les chiffres

				Profondeur : 10 km
				Classe énergétique : 13,6

				Répliques principales

				Date\tMagnitude
				15.11.2014\t4,1
				16.11.2014\t3,8

				1. Institut de sismologie, rapport annuel 2014 (https://example.org/sismo/rapport-2014)""");
	}

	@Test
	void pageFurnitureIsLeftOut() throws ImportException {
		String text = importer.read(Sources.data("html/fr-seisme.html")).getText();

		assertThat(text).doesNotContain("cookies", "Accepter", "Le Courrier du Lac", "Économie", "Partager", "Asie",
				"Les plus lus", "commentaires", "Mentions légales", "analytics", "font-family");
	}

	@Test
	void aRussianStatementInMain() throws ImportException {
		Document document = importer.read(Sources.data("html/ru-zayavlenie.html"));

		assertThat(document.getTitle()).isEqualTo("Заявление пресс-службы — Новости региона");
		assertThat(document.getPublishedAt()).isEqualTo("2014-11-14");
		assertThat(document.getAuthors()).containsExactly("Ирина Соколова");
		assertThat(document.getLanguage()).isEqualTo("ru");
		assertThat(document.getText()).isEqualTo("""
				Заявление пресс-службы

				Опубликовано 14 ноября 2014 г.

				Министр заявил журналистам: «Эвакуация завершена, пострадавших нет». \
				По его словам, в зоне толчков находились 7 населённых пунктов.

				Ущерб оценивается в 2\u00A0000\u00A0000 рублей (US$\u00A022\u00A0250).

				Формула энергии: E = 4,22×10¹³ Дж.""");
	}

	@Test
	void anEnglishReportWithNotesKeepsItsCitations() throws ImportException {
		Document document = importer.read(Sources.data("html/en-report.html"));

		assertThat(document.getTitle()).isEqualTo("After the flood: a report");
		assertThat(document.getPublishedAt()).isEqualTo("2021-09");
		assertThat(document.getAuthors()).containsExactly("Policy Unit");
		assertThat(document.getLanguage()).isEqualTo("en");
		assertThat(document.getText()).isEqualTo("""
				After the flood

				Executive summary

				The agency counted 350,000 displaced people by 10 May 2006.[1] A spokesman said the figure was "final".[2]

				Costs rose by 30% year on year, to US$\u00A022,250 per household.

				Notes

				1. Agency situation report, 10 May 2006, https://example.org/agency/sitrep-12
				2. Press briefing transcript, briefing of 11 May (https://example.org/briefings/2006-05-11)""");
	}

	@Test
	void aGermanPageInWindows1252WithoutDeclarationReadsAsItsUtf8Twin() throws ImportException {
		String page = Sources.dataText("html/de-hochwasser.html");
		assertThat(page).doesNotContainIgnoringCase("charset");

		Document fromUtf8 = importer.read(Sources.of("hochwasser.html", page, StandardCharsets.UTF_8));
		Document fromWindows1252 = importer.read(Sources.of("hochwasser.html", page, Charset.forName("windows-1252")));

		assertThat(fromWindows1252.getText()).isEqualTo(fromUtf8.getText())
				.contains("„Wir sind noch nicht über den Berg“", "Schäden werden auf 3,7\u00A0Millionen Euro geschätzt");
		assertThat(fromWindows1252.getTitle()).isEqualTo("Hochwasser: Pegel sinkt langsam");
		assertThat(fromWindows1252.getPublishedAt()).isEqualTo("2024-09-16");
	}

	@Test
	void aRussianPageDeclaredInWindows1251() throws ImportException {
		String page = Sources.dataText("html/ru-zayavlenie.html").replace("charset=utf-8", "charset=windows-1251");

		Document document = importer.read(Sources.of("zayavlenie.html", page, Charset.forName("windows-1251")));

		assertThat(document.getText()).contains("Министр заявил журналистам: «Эвакуация завершена, пострадавших нет».");
	}

	@Test
	void aRussianPageInKoi8rWithoutDeclaration() throws ImportException {
		String page = "<html><body><p>Землетрясение произошло вчера вечером в районе озера. Жители многих сел почувствовали "
				+ "сильные толчки, но разрушений нет. Сейсмологи продолжают наблюдения за повторными толчками.</p></body></html>";

		Document document = importer.read(Sources.of("novosti.html", page, Charset.forName("KOI8-R")));

		assertThat(document.getText()).startsWith("Землетрясение произошло вчера вечером в районе озера.");
	}

	@Test
	void listsTablesAndLineBreaks() throws ImportException {
		String page = """
				<body><p>Adresse :<br>1 rue du Port<br><br>Orléans</p>
				<ul><li>un</li><li><p>deux</p><p>suite de deux</p></li></ul>
				<ol start="9"><li>neuf</li><li>dix</li></ol>
				<table><tr><td><p>Ort</p></td><td>Pegel</td><td></td></tr><tr><td>Dresden <b>Mitte</b></td><td>6,12</td><td>m</td></tr></table>
				<pre>  x = 1
				  y = 2</pre>
				<p>CO<sub>2</sub>, 10<sup>-3</sup>, note<sup><a href="#n4">[4]</a></sup></p></body>""";

		assertThat(importer.read(Sources.utf8("mix.html", page)).getText()).isEqualTo("""
				Adresse :
				1 rue du Port

				Orléans

				un
				deux
				suite de deux

				9. neuf
				10. dix

				Ort\tPegel\t
				Dresden Mitte\t6,12\tm

				  x = 1
				  y = 2

				CO₂, 10⁻³, note[4]""");
	}

	@Test
	void theLargestOfSeveralArticlesIsTheArticle() throws ImportException {
		String page = "<body><article><h2>Teaser</h2><p>Short.</p></article>"
				+ "<article><h1>Main story</h1><p>" + "A long paragraph of the main story. ".repeat(20) + "</p></article></body>";

		assertThat(importer.read(Sources.utf8("page.html", page)).getText()).startsWith("Main story\n\nA long paragraph").doesNotContain("Teaser");
	}

	@Test
	void withoutArticleOrMainTheBodyIsReadWithoutHeaderNavigationAndMenus() throws ImportException {
		String page = """
				<body><div id="header"><a href="/">Site</a></div>
				<div class="menu-bar"><a href="/1">Accueil</a> <a href="/2">Politique</a> <a href="/3">Monde</a> <a href="/4">Sport</a></div>
				<div class="content"><h1>Titre de l'article</h1><p>Le texte de l'article, avec <a href="/x">un lien</a> dans la phrase.</p></div>
				<div><a href="/a">Plan du site</a> · <a href="/b">Contact</a> · <a href="/c">Presse</a></div></body>""";

		assertThat(importer.read(Sources.utf8("page.html", page)).getText())
				.isEqualTo("Titre de l'article\n\nLe texte de l'article, avec un lien dans la phrase.");
	}

	@Test
	void titleFallsBackFromOpenGraphToTitleToHeading() throws ImportException {
		assertThat(importer.read(Sources.utf8("a.html", "<title>Titel der Seite</title><h1>Überschrift</h1><p>Text</p>")).getTitle())
				.isEqualTo("Titel der Seite");
		assertThat(importer.read(Sources.utf8("b.html", "<h1>Überschrift</h1><p>Text</p>")).getTitle()).isEqualTo("Überschrift");
		Document bare = importer.read(Sources.utf8("c.html", "<p>Text</p>"));
		assertThat(bare.getTitle()).isNull();
		assertThat(bare.getPublishedAt()).isNull();
		assertThat(bare.getAuthors()).isEmpty();
		assertThat(bare.getLanguage()).isNull();
	}

	@Test
	void profileUrlsAreNotAuthors() throws ImportException {
		String page = "<head><meta property=\"article:author\" content=\"https://social.example/jane\">"
				+ "<meta name=\"dc.creator\" content=\"Jane Doe\"></head><body><p>Text</p></body>";

		assertThat(importer.read(Sources.utf8("a.html", page)).getAuthors()).containsExactly("Jane Doe");
	}

	@Test
	void aDeeplyNestedPageWithinTheLimitIsReadSafely() throws ImportException {
		String page = "<html><body>" + "<div>".repeat(500_000) + "deep text";

		assertThat(importer.read(Sources.utf8("nested.html", page)).getText()).isEqualTo("deep text");
	}

	@Test
	void aFiveMegabyteHtmlBombIsRefused() {
		String bomb = "<html><body>" + "<div>".repeat(1_000_000) + "boom";
		assertThat(bomb.length()).isGreaterThan(5_000_000);

		assertThatThrownBy(() -> importer.read(Sources.utf8("bomb.html", bomb))).isInstanceOf(ImportException.class)
				.hasMessage("too many HTML elements: 1,000,002 tags, the limit is 1,000,000 (an HTML bomb?)");
	}

	@Test
	void anEmptyFileIsRefused() {
		assertThatThrownBy(() -> importer.read(ImportSource.of("empty.html", new byte[0]))).hasMessage("empty file");
	}

	@Test
	void binaryJunkRenamedHtmlIsRefused() {
		byte[] zip = { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0 };

		assertThatThrownBy(() -> importer.read(ImportSource.of("archive.html", zip))).hasMessage("not HTML: binary content (NUL bytes)");
	}

	@Test
	void aPageWithoutTextIsRefused() {
		String page = "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>";

		assertThatThrownBy(() -> importer.read(Sources.utf8("menu.html", page))).hasMessage("no text: the page holds no readable text");
	}
}
