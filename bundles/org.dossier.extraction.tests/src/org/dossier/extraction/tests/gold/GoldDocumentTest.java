package org.dossier.extraction.tests.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gold file parser: header, markup, nesting, escapes, offsets and the errors an annotator would make. */
class GoldDocumentTest {

	private static final String HEADER = "#lang: fr\n#title: Essai\n\n";

	@TempDir
	Path temp;

	@Test
	void headerGivesLanguageTitleAndGenreAndIsNotPartOfTheText() {
		GoldDocument document = GoldDocument.parse("a.txt", "#lang: de\n#title: Ein Titel\n#genre: news\n\nText.\n");

		assertThat(document.name()).isEqualTo("a.txt");
		assertThat(document.language()).isEqualTo("de");
		assertThat(document.title()).isEqualTo("Ein Titel");
		assertThat(document.genre()).isEqualTo("news");
		assertThat(document.text()).isEqualTo("Text.\n");
	}

	@Test
	void markupIsStrippedAndOffsetsPointAtTheSurface() {
		GoldDocument document = GoldDocument.parse("a.txt", HEADER
				+ "Le {{date value=2019-11-03|3 novembre 2019}}, {{quantity value=1250000 unit=visitors kind=count|1\u00a0250\u00a0000}} visiteurs.");

		assertThat(document.text()).isEqualTo("Le 3 novembre 2019, 1\u00a0250\u00a0000 visiteurs.");
		assertThat(document.annotations()).containsExactly(
				new AnnotationSpan("date", 3, 18, Map.of("value", "2019-11-03")),
				new AnnotationSpan("quantity", 20, 29, Map.of("value", "1250000", "unit", "visitors", "kind", "count")));
		assertThat(document.annotations()).extracting(document::surface)
				.containsExactly("3 novembre 2019", "1\u00a0250\u00a0000");
	}

	@Test
	void nestedAnnotationsEachGetTheirOwnSpanTheEnclosingOneFirst() {
		GoldDocument document = GoldDocument.parse("a.txt", HEADER
				+ "Il a dit : « {{quote speaker=\"Sergei Lavrov\"|{{mention entity=Moscow kind=location|Moscou}} "
				+ "attendra jusqu'au {{date value=2019-05-02|2 mai}}}} ».");

		assertThat(document.text()).isEqualTo("Il a dit : « Moscou attendra jusqu'au 2 mai ».");
		assertThat(document.annotations()).extracting(AnnotationSpan::type).containsExactly("quote", "mention", "date");
		assertThat(document.annotations()).extracting(document::surface)
				.containsExactly("Moscou attendra jusqu'au 2 mai", "Moscou", "2 mai");
		assertThat(document.annotations("quote").get(0).attribute("speaker")).isEqualTo("Sergei Lavrov");
	}

	@Test
	void aSurfaceMaySpanParagraphs() {
		GoldDocument document = GoldDocument.parse("a.txt", HEADER
				+ "“{{quote speaker=\"Maria Castell\"|First paragraph.\n\n“Second one.}}”\n");

		AnnotationSpan quote = document.annotations().get(0);
		assertThat(document.surface(quote)).isEqualTo("First paragraph.\n\n“Second one.");
		assertThat(quote.begin()).isEqualTo(1);
	}

	@Test
	void backslashEscapesBracesBarAndItselfAndIsKeptBeforeAnythingElse() {
		GoldDocument document = GoldDocument.parse("a.txt", HEADER
				+ "a \\{{b\\}} c \\| d \\\\ e \\n {{mention entity=\"X\" kind=other|x \\}} y \\| z}} | {single}");

		assertThat(document.text()).isEqualTo("a {{b}} c | d \\ e \\n x }} y | z | {single}");
		assertThat(document.surface(document.annotations().get(0))).isEqualTo("x }} y | z");
	}

	@Test
	void quotedValuesMayHoldSpacesBarsAndEscapedQuotes() {
		GoldDocument document = GoldDocument.parse("a.txt", HEADER
				+ "{{reference label=[1] url=\"https://a.example/?q=a|b&c=\\\"d\\\"\"|[1] Note.}}");

		assertThat(document.annotations().get(0).attributes())
				.containsExactly(Map.entry("label", "[1]"), Map.entry("url", "https://a.example/?q=a|b&c=\"d\""));
	}

	@Test
	void oneBlankLineAfterTheHeaderIsDroppedAndTheRestKept() {
		assertThat(GoldDocument.parse("a.txt", "#lang: en\n#title: T\nText").text()).isEqualTo("Text");
		assertThat(GoldDocument.parse("a.txt", "#lang: en\n#title: T\n\n\nText\n").text()).isEqualTo("\nText\n");
	}

	@Test
	void annotationsOfOneTypeComeInTextOrder() {
		GoldDocument document = GoldDocument.parse("a.txt", HEADER
				+ "{{date value=2020|2020}} {{mention entity=Paris kind=location|Paris}} {{date value=2021|2021}}");

		assertThat(document.annotations("date")).extracting(document::surface).containsExactly("2020", "2021");
		assertThat(document.annotations("coordinate")).isEmpty();
	}

	@Test
	void readsFilesAsUtf8AndFoldersInNameOrder() throws IOException {
		Files.writeString(temp.resolve("b.txt"), "#lang: ru\n#title: Б\n\n{{mention entity=Moscow kind=location|Москва}}",
				StandardCharsets.UTF_8);
		Files.writeString(temp.resolve("a.txt"), "#lang: en\n#title: A\n\nA.", StandardCharsets.UTF_8);
		Files.writeString(temp.resolve("notes.md"), "not a gold file", StandardCharsets.UTF_8);

		assertThat(GoldDocument.readAll(temp)).extracting(GoldDocument::name).containsExactly("a.txt", "b.txt");
		GoldDocument russian = GoldDocument.read(temp.resolve("b.txt"));
		assertThat(russian.surface(russian.annotations().get(0))).isEqualTo("Москва");
	}

	@Test
	void reportsWhereAnAnnotationIsLeftOpen() {
		assertThatThrownBy(() -> GoldDocument.parse("x.txt", HEADER + "one\ntwo {{date value=2020|2020 three"))
				.isInstanceOf(GoldFormatException.class).hasMessage("x.txt:5:5: {{date is never closed");
	}

	@Test
	void rejectsAClosingWithoutOpening() {
		assertThatThrownBy(() -> GoldDocument.parse("x.txt", HEADER + "a }} b"))
				.isInstanceOf(GoldFormatException.class).hasMessageStartingWith("x.txt:4:3: }} without a matching {{");
	}

	@Test
	void rejectsAnAnnotationWithoutBar() {
		assertThatThrownBy(() -> GoldDocument.parse("x.txt", HEADER + "{{date value=2020}}"))
				.hasMessageContaining("needs '|'");
	}

	@Test
	void rejectsUnknownTypesAndKeysAndMissingKeys() {
		assertThatThrownBy(() -> GoldDocument.parse("x.txt", HEADER + "{{time value=12:00|midi}}"))
				.hasMessageContaining("unknown annotation type 'time'");
		assertThatThrownBy(() -> GoldDocument.parse("x.txt", HEADER + "{{date vaule=2020|2020}}"))
				.hasMessageContaining("needs value=");
		assertThatThrownBy(() -> GoldDocument.parse("x.txt", HEADER + "{{date value=2020 year=2020|2020}}"))
				.hasMessageContaining("has no attribute 'year'");
		assertThatThrownBy(() -> GoldDocument.parse("x.txt", HEADER + "{{date value=2020 value=2021|2020}}"))
				.hasMessageContaining("given twice");
	}

	@Test
	void rejectsValuesOutsideTheirFormat() {
		assertThatThrownBy(() -> GoldDocument.parse("x.txt", HEADER + "{{date value=03.11.2019|3 novembre}}"))
				.hasMessageContaining("ISO 8601");
		assertThatThrownBy(() -> GoldDocument.parse("x.txt", HEADER + "{{date value=2019-13|x}}"))
				.hasMessageContaining("ISO 8601");
		assertThatThrownBy(() -> GoldDocument.parse("x.txt",
				HEADER + "{{quantity value=1,250 unit=people kind=count|1,250}}"))
				.hasMessageContaining("'1,250' is not a number");
		assertThatThrownBy(() -> GoldDocument.parse("x.txt", HEADER + "{{quantity value=3 unit=t kind=weight|3 t}}"))
				.hasMessageContaining("kind=weight is not one of");
		assertThatThrownBy(() -> GoldDocument.parse("x.txt", HEADER + "{{coordinate lat=95 lon=10|95N 10E}}"))
				.hasMessageContaining("out of range");
		assertThatThrownBy(() -> GoldDocument.parse("x.txt", HEADER + "{{mention entity=X kind=place|X}}"))
				.hasMessageContaining("kind=place is not one of");
		assertThatThrownBy(() -> GoldDocument.parse("x.txt", HEADER + "{{table rows=0 columns=3|A 1 2}}"))
				.hasMessageContaining("rows=0 is not a positive whole number");
		assertThatThrownBy(() -> GoldDocument.parse("x.txt", HEADER + "{{table rows=2|A 1 2\nB 3 4}}"))
				.hasMessageContaining("needs columns=");
	}

	@Test
	void aTableSpansItsCaptionAndRowsAndHoldsTheCaptionsAnnotations() {
		GoldDocument document = GoldDocument.parse("t.txt", HEADER
				+ "{{table rows=2 columns=3 label=\"Table 1\"|Table 1. Stations, {{date value=2019|2019}}\nA 1 2\nB 3 4}}\nAfter.");

		AnnotationSpan table = document.annotations("table").get(0);
		assertThat(document.surface(table)).isEqualTo("Table 1. Stations, 2019\nA 1 2\nB 3 4");
		assertThat(table.attributes()).containsEntry("rows", "2").containsEntry("columns", "3").containsEntry("label", "Table 1");
		assertThat(document.annotations("date")).hasSize(1);
	}

	@Test
	void acceptsEveryPartialDateForm() {
		GoldDocument document = GoldDocument.parse("a.txt", HEADER + "{{date value=2019-11-03|a}} {{date value=2021-09|b}} "
				+ "{{date value=1975|c}} {{date value=--06-02|d}}");

		assertThat(document.annotations()).extracting(annotation -> annotation.attribute("value"))
				.containsExactly("2019-11-03", "2021-09", "1975", "--06-02");
	}

	@Test
	void rejectsEmptySurfacesAndSurfacesWithOuterWhiteSpace() {
		assertThatThrownBy(() -> GoldDocument.parse("x.txt", HEADER + "{{date value=2020|}}"))
				.hasMessageContaining("empty surface");
		assertThatThrownBy(() -> GoldDocument.parse("x.txt", HEADER + "{{date value=2020|2020 }}"))
				.hasMessageContaining("white space");
	}

	@Test
	void rejectsAMissingLanguageOrTitleAndUnknownHeaderLines() {
		assertThatThrownBy(() -> GoldDocument.parse("x.txt", "#title: T\n\nText")).hasMessageContaining("#lang");
		assertThatThrownBy(() -> GoldDocument.parse("x.txt", "#lang: en\n\nText")).hasMessageContaining("#title");
		assertThatThrownBy(() -> GoldDocument.parse("x.txt", "#lang: en\n#author: A\n\nText"))
				.hasMessageContaining("header lines");
	}
}
