package org.dossier.nlp.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.dossier.nlp.NormalizedText;
import org.dossier.nlp.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TextNormalizerTest {

	private final TextNormalizer normalizer = new TextNormalizer();

	private String normalize(String text) {
		return normalizer.normalize(text).text();
	}

	static Stream<Arguments> wordsHyphenatedAcrossLines() {
		return Stream.of(
				Arguments.of("The seismo-\nlogical network recorded it.", "The seismological network recorded it."),
				Arguments.of("Le gouverne-\nment a annoncé la réforme.", "Le gouvernement a annoncé la réforme."),
				Arguments.of("Die Bundes-\nregierung hat entschieden.", "Die Bundesregierung hat entschieden."),
				Arguments.of("Сейсмическая обста-\nновка осталась спокойной.", "Сейсмическая обстановка осталась спокойной."),
				Arguments.of("Сейс-  \n\nмологическая экспедиция работала.", "Сейсмологическая экспедиция работала."),
				Arguments.of("a hyphen\u2010\nated word", "a hyphenated word"),
				Arguments.of("seismo\u00AD\nlogical", "seismological"));
	}

	@ParameterizedTest
	@MethodSource
	void wordsHyphenatedAcrossLines(String extracted, String normalized) {
		assertThat(normalize(extracted)).isEqualTo(normalized);
	}

	@Test
	void tellsPlainTextSavedFromAPageLayoutByItsBlankLinesInsideSentences() {
		String laidOut = """
				Сейсмический мониторинг в регионе

				В течение года сеть станций

				работала без перерывов, а данные

				передавались в центр обработки, где

				их сводили в каталог.

				Каталог включает 559 событий.
				""";
		String written = """
				Seismic monitoring in the region

				Throughout the year the network worked without interruption, and its data went to the centre.

				The catalogue holds 559 events, the strongest of them felt in the capital.

				conclusions follow below.
				""";
		assertThat(TextNormalizer.looksLaidOut(laidOut)).isTrue();
		assertThat(TextNormalizer.looksLaidOut(written)).isFalse();
		assertThat(TextNormalizer.looksLaidOut("")).isFalse();
	}

	@Test
	void keepsTheHyphenBeforeACapital() {
		assertThat(normalize("Der Nord-\nSüd-Korridor und die Ala-\nArcha-Station"))
				.isEqualTo("Der Nord-Süd-Korridor und die Ala-Archa-Station");
	}

	@Test
	void keepsTheHyphenOfAWordTheDocumentWritesWithOne() {
		String text = "The long-term plan failed in spring.\nA new long-\nterm plan was drafted.";
		assertThat(normalize(text)).endsWith("A new long-term plan was drafted.");
	}

	@Test
	void removesSoftHyphensInsideLines() {
		assertThat(normalize("seis\u00ADmic net\u00ADwork")).isEqualTo("seismic network");
	}

	static Stream<Arguments> linesBrokenInMidSentence() {
		return Stream.of(
				Arguments.of("The ministry said that\nthe figures were wrong.", "The ministry said that the figures were wrong."),
				Arguments.of("В 2016 г.\nстанции сети работали без сбоев.", "В 2016 г. станции сети работали без сбоев."),
				Arguments.of("Le rapport du ministère de\nParis est paru.", "Le rapport du ministère de Paris est paru."),
				Arguments.of("Die Armee und\nDeutschland verhandeln.", "Die Armee und Deutschland verhandeln."),
				Arguments.of("Главный толчок года случился\n\n14 ноября 2014 г. в горах.",
						"Главный толчок года случился 14 ноября 2014 г. в горах."),
				Arguments.of("La station a été installée   \n   dans la vallée.", "La station a été installée dans la vallée."));
	}

	@ParameterizedTest
	@MethodSource
	void linesBrokenInMidSentence(String extracted, String normalized) {
		assertThat(normalize(extracted)).isEqualTo(normalized);
	}

	@Test
	void inTextWrittenAsTextEveryBlankLineEndsAParagraph() {
		String text = "Tribune – il faut parler d'une seule voix\n\npar Claire Martin\n\nLe constat revient chaque année.";
		assertThat(TextNormalizer.forParagraphText().normalize(text).text()).isEqualTo(text);
		assertThat(normalize(text)).as("PDF text: a blank line may fall inside a paragraph")
				.startsWith("Tribune – il faut parler d'une seule voix par Claire Martin");
	}

	@Test
	void keepsHeadingsListsAndParagraphsApart() {
		String text = "Executive summary\n\nThe report shows a shortage.\nOptions and\n1. mobilise reservists\n2. call up conscripts\n\n\n"
				+ "and a paragraph that starts in lower case.";
		assertThat(normalize(text)).isEqualTo("Executive summary\n\nThe report shows a shortage.\nOptions and\n"
				+ "1. mobilise reservists\n2. call up conscripts\n\nand a paragraph that starts in lower case.");
	}

	@Test
	void rejoinsFullLinesOfHardWrappedTextButNotItsHeadings() {
		String text = """
				Die Erdbebenwarte in Almaty registrierte im vergangenen Jahr mehr
				als fünfhundert Beben, die meisten davon in den Bergen des Tian Shan
				und im Grenzgebiet zu Kirgisistan. Die stärksten Erschütterungen der
				Region wurden im November gemessen, als ein Beben die Gemeinden am
				Südufer des Issyk-Kul traf und zahlreiche Häuser beschädigte. Die
				Behörden von Kirgisistan meldeten später Schäden an Schulen.

				Ergebnisse der Auswertung

				Die Messstationen arbeiteten im ganzen Jahr ohne größere Ausfälle.
				""";
		assertThat(normalize(text)).isEqualTo("Die Erdbebenwarte in Almaty registrierte im vergangenen Jahr mehr "
				+ "als fünfhundert Beben, die meisten davon in den Bergen des Tian Shan "
				+ "und im Grenzgebiet zu Kirgisistan. Die stärksten Erschütterungen der "
				+ "Region wurden im November gemessen, als ein Beben die Gemeinden am "
				+ "Südufer des Issyk-Kul traf und zahlreiche Häuser beschädigte. Die "
				+ "Behörden von Kirgisistan meldeten später Schäden an Schulen.\n\n"
				+ "Ergebnisse der Auswertung\n\nDie Messstationen arbeiteten im ganzen Jahr ohne größere Ausfälle.");
	}

	@Test
	void joinsAWebAddressBrokenAcrossLines() {
		assertThat(normalize("[6] Speech to the assembly. https://example.org/events/\npresident/speeches/2357"))
				.isEqualTo("[6] Speech to the assembly. https://example.org/events/president/speeches/2357");
	}

	@Test
	void dropsRunningHeadersAndPageNumbersAtPageBreaks() {
		String text = "Bulletin sismique de l'Est\n\nLe réseau national a enregistré en 2019 une activité\n\n1\n\f"
				+ "Bulletin sismique de l'Est\n\nmodérée dans la région des Alpes.\n\n2\n\f"
				+ "Bulletin sismique de l'Est\n\nLes stations ont fonctionné sans interruption.\n\n3";
		assertThat(normalize(text)).isEqualTo("Bulletin sismique de l'Est\n\n"
				+ "Le réseau national a enregistré en 2019 une activité modérée dans la région des Alpes.\n\n"
				+ "Les stations ont fonctionné sans interruption.");
	}

	@Test
	void dropsHeadersThatRepeatAPageApartWithoutPageBreaks() {
		String page = "Die Messstationen im Norden arbeiteten das ganze Jahr ohne größere Ausfälle. ".repeat(15);
		String text = "Jahresbericht Seismologie 2019\n\n" + page + "\n\nJahresbericht Seismologie 2019\n\n" + page
				+ "\n\nJahresbericht Seismologie 2019\n\n" + page;
		assertThat(normalize(text)).startsWith("Jahresbericht Seismologie 2019\n\nDie Messstationen");
		assertThat(normalize(text).split("Jahresbericht", -1)).hasSize(2);
	}

	@Test
	void keepsLinesThatRepeatCloseTogether() {
		String bibliography = "1. Ivanov I.I. Catalogue of earthquakes.\nSupplement on CD-ROM.\n"
				+ "2. Petrov P.P. Seismic stations.\nSupplement on CD-ROM.\n3. Sidorov S.S. Networks.\nSupplement on CD-ROM.";
		assertThat(normalize(bibliography)).isEqualTo(bibliography);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "- 12 -", "Page 3 of 10", "Seite 4 von 12", "Стр. 5", "p. 17", "17/40" })
	void dropsPageNumberLines(String pageNumber) {
		assertThat(normalize("The network grew.\n\n" + pageNumber + "\n\nThe network shrank."))
				.isEqualTo("The network grew.\n\nThe network shrank.");
	}

	@Test
	void dropsBarePageNumbersThatCountUpButNotOtherLoneNumbers() {
		String paragraph = "Les stations du réseau ont enregistré de nombreux séismes pendant toute l'année. ".repeat(8);
		String text = paragraph + "\n\n12\n\n" + paragraph + "\n\n13\n\n" + paragraph + "\n\nKNDC\n\n120\n\nPDGK";
		String normalized = normalize(text);
		assertThat(normalized).doesNotContain("\n12\n").doesNotContain("\n13\n").endsWith("KNDC\n\n120\n\nPDGK");
	}

	@ParameterizedTest
	@CsvSource({ "F066, φ", "F06A, ϕ", "F06C, λ", "F0B0, °", "F0B3, ≥", "F0A3, ≤", "F0B4, ×", "F044, Δ", "F053, Σ",
			"F061, α", "F062, β", "F073, σ", "F0D7, ⋅", "F0B1, ±", "F057, Ω", "F06D, μ", "F0A5, ∞", "F0AE, →" })
	void mapsSymbolFontCharactersToWhatTheyStandFor(String code, String character) {
		char symbol = (char) Integer.parseInt(code, 16);
		assertThat(normalize("x " + symbol + " y")).isEqualTo("x " + character + " y");
	}

	@Test
	void leavesUndefinedSymbolFontCodesAndOtherPrivateUseCharactersAlone() {
		assertThat(normalize("a\uF080b\uF0FFc\uE000d")).isEqualTo("a\uF080b\uF0FFc\uE000d");
	}

	@Test
	void readsCoordinatesWrittenInTheSymbolFont() {
		assertThat(normalize("с \uF06A=51.23\uF0B0N, \uF06C=71.45\uF0B0E, КР\uF0B310.2")).isEqualTo("с ϕ=51.23°N, λ=71.45°E, КР≥10.2");
	}

	@Test
	void keepsNoBreakSpacesAsOneKindAndMakesOtherSpacesOrdinary() {
		assertThat(normalize("1\u00A0250\u202F000 visiteurs\u2007;\u2009thin\u2003em\u3000wide\ttab"))
				.isEqualTo("1\u00A0250\u00A0000 visiteurs\u00A0; thin em wide\ttab");
	}

	@Test
	void expandsLigaturesAndRemovesInvisibleCharacters() {
		assertThat(normalize("\uFEFFsigni\uFB01cant \uFB02ow, zero\u200Bwidth\u0007")).isEqualTo("significant flow, zerowidth");
	}

	@Test
	void unifiesLineTerminators() {
		assertThat(normalize("First line.\r\nSecond line.\rThird line.\u2028Fourth line.\u000BFifth line."))
				.isEqualTo("First line.\nSecond line.\nThird line.\nFourth line.\nFifth line.");
	}

	@Test
	void normalisesEmptyAndBlankTextToNothing() {
		assertThat(normalize("")).isEmpty();
		assertThat(normalize(" \n\t\n\u00A0\n")).isEmpty();
	}

	@Test
	void mapsAJoinedWordBackToBothHalvesInTheOriginal() {
		NormalizedText normalized = normalizer.normalize("The seismo-\n\nlogical network.");
		int begin = normalized.text().indexOf("seismological");
		int end = begin + "seismological".length();
		assertThat(normalized.originalText(begin, end)).isEqualTo("seismo-\n\nlogical");
	}

	@Test
	void mapsExpandedAndSubstitutedCharactersToTheirSource() {
		NormalizedText normalized = normalizer.normalize("  Un signi\uFB01cant \uF06A=42°");
		String text = normalized.text();
		assertThat(text).isEqualTo("Un significant ϕ=42°");
		int word = text.indexOf("significant");
		assertThat(normalized.originalText(word, word + "significant".length())).isEqualTo("signi\uFB01cant");
		assertThat(normalized.originalText(word + 5, word + 6)).isEqualTo("\uFB01");
		int phi = text.indexOf('ϕ');
		assertThat(normalized.originalText(phi, text.length())).isEqualTo("\uF06A=42°");
		assertThat(normalized.originalBegin(0)).isEqualTo(2);
	}

	@Test
	void offsetsMapOntoTheOriginalInOrder() {
		String original = "  Bulletin 2019  \r\n\r\nLe réseau a enre-\ngistré\u00AD une acti-\n\nvité de\nmagnitude 4,2\u00A0; "
				+ "\uF06A=42.5\uF0B0N.\n\n\n\n- 2 -\n\nFin du rapport.";
		NormalizedText normalized = normalizer.normalize(original);
		String text = normalized.text();
		int previousBegin = 0;
		int previousEnd = 0;
		for (int i = 0; i < text.length(); i++) {
			int begin = normalized.originalBegin(i);
			int end = normalized.originalEnd(i + 1);
			assertThat(begin).isGreaterThanOrEqualTo(previousBegin).isLessThan(end);
			assertThat(end).isGreaterThanOrEqualTo(previousEnd).isLessThanOrEqualTo(original.length());
			previousBegin = begin;
			previousEnd = end;
		}
		assertThat(normalized.originalText(0, text.length())).startsWith("Bulletin").endsWith("Fin du rapport.");
	}
}
