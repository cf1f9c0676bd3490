package org.dossier.nlp.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.Collectors;

import org.dossier.nlp.CitationMarker;
import org.dossier.nlp.CitationMarker.Style;
import org.dossier.nlp.CitationRecognizer;
import org.dossier.nlp.Citations;
import org.dossier.nlp.ReferenceEntry;
import org.junit.jupiter.api.Test;

/** Citation markers, reference lists, and the links between them, in French, German, English and Russian. */
class CitationRecognizerTest {

	private final CitationRecognizer recognizer = new CitationRecognizer();

	/** A think-tank report: [n] markers after words and sentences, a footnote list of addresses at the end. */
	private static final String ENGLISH_REPORT = """
			Harbour Report No. 4

			The port authority has stated that “traffic fell by a third in the first half of the year”.[1] Officials \
			blame the strike, which lasted six weeks,[2] and the closure of the northern channel.[3][4]

			Two options remain: (1) to dredge the channel, or (2) to move the container terminal. The costs were \
			estimated in 2019 (2019 prices) at 40 million euros.[5, 6] Earlier studies [3–5] reached the same figure.

			Table 2 Ships per month
			2021 120 (3) 115
			2022 98 (4) 101

			[1] https://example.org/port/statements/2024-07-02/traffic-figures

			[2] Harbour Workers' Union, press release, 14 May 2024. https://example.org/union/

			press/strike-ends

			[3] Ibid.

			[4] https://example.org/channel-closure?lang=en&page=2.

			[5] Smith J., Doe A. (2019) Dredging the northern channel. Journal of Ports 12:3–10. \
			https://doi.org/10.5555/JP.2019.12

			[6] Jane Miller, The cost of a harbour, https://example.org/miller-cost

			About the author
			""";

	/** A Russian paper: markers in square brackets with lists and ranges, a numbered bibliography with DOIs. */
	private static final String RUSSIAN_PAPER = """
			Введение. Сеть станций описана в ежегоднике [1, 2]. Методика обработки не менялась [3], а калибровочные \
			функции приведены в работах [4–6]. Каталог включает 120 событий с КР=6.5–13.6 [7].
			Параметры сети даны в табл. 1
			[7]. Сильнейшее событие произошло 14 ноября 2014 г. [5].

			Литература

			1. Иванов И.И., Петров П.П. Сеть сейсмических станций региона // Журнал геофизики. 2014. Т. 5. \
			С. 1–10. doi:10.1234/ABCD.2014.5

			2. Сидорова А.Б. (отв. сост.), Кузнецов В.Г. Сейсмические станции в 2014 г. // Землетрясения. – Вып. 23 \
			(2014 г.). – Обнинск: ГС РАН, 2020. – С. 41–48.

			3. Smith J., Doe A. Interactive processing of seismic signals. Seismic Instruments. – 2011. – N. 47. – \
			P. 215–224. doi: 10.3103/S0747923911030054

			4. Руководство по обработке данных. – М.: Наука, 1982. – 273 с.

			5. Петрова  Н.Н.,  Орлов  А.Е. Сильное землетрясение 14 ноября 2014 г. // Вестник. – 2015. – \
			Вып. 3. – С. 94–100. URL: https://example.org/vestnik/2015/3

			6. Орлов А.Е. Калибровочная функция для определения магнитуды // Вестник. 2017. Вып. 2. С. 47–58.

			7. Каталог землетрясений за 2014 г. URL: http://example.kz/catalog
			""";

	private static ReferenceEntry entry(Citations citations, String key) {
		return citations.references().stream().filter(entry -> entry.key().equals(key)).findFirst().orElseThrow();
	}

	@Test
	void readsAFootnoteListOfAddresses() {
		Citations citations = recognizer.recognize(ENGLISH_REPORT);

		assertThat(citations.references()).extracting(ReferenceEntry::label).containsExactly("[1]", "[2]", "[3]", "[4]", "[5]",
				"[6]");
		assertThat(entry(citations, "1").urls()).containsExactly("https://example.org/port/statements/2024-07-02/traffic-figures");
		assertThat(entry(citations, "2").urls()).containsExactly("https://example.org/union/press/strike-ends");
		assertThat(entry(citations, "2").text()).endsWith("press/strike-ends");
		assertThat(entry(citations, "2").year()).isEqualTo(OptionalInt.of(2024));
		assertThat(entry(citations, "3").text()).isEqualTo("[3] Ibid.");
		assertThat(entry(citations, "3").title()).isEmpty();
		assertThat(entry(citations, "4").urls()).containsExactly("https://example.org/channel-closure?lang=en&page=2");
		assertThat(entry(citations, "6").text()).doesNotContain("About the author");
	}

	@Test
	void parsesAuthorsYearTitleAndDoiOfAnAuthorDateEntry() {
		ReferenceEntry smith = entry(recognizer.recognize(ENGLISH_REPORT), "5");

		assertThat(smith.authors()).containsExactly("Smith J.", "Doe A.");
		assertThat(smith.year()).isEqualTo(OptionalInt.of(2019));
		assertThat(smith.title()).contains("Dredging the northern channel");
		assertThat(smith.doi()).contains("10.5555/jp.2019.12");
		assertThat(smith.urls()).containsExactly("https://doi.org/10.5555/JP.2019.12");
	}

	@Test
	void readsAnAuthorTitleAndAddressSeparatedByCommas() {
		ReferenceEntry miller = entry(recognizer.recognize(ENGLISH_REPORT), "6");

		assertThat(miller.authors()).containsExactly("Jane Miller");
		assertThat(miller.title()).contains("The cost of a harbour");
		assertThat(miller.url()).contains("https://example.org/miller-cost");
	}

	@Test
	void linksBracketMarkersToTheirFootnotes() {
		Citations citations = recognizer.recognize(ENGLISH_REPORT);

		assertThat(citations.markers()).extracting(CitationMarker::text).containsExactly("[1]", "[2]", "[3]", "[4]", "[5, 6]",
				"[3–5]");
		CitationMarker range = citations.markers().get(5);
		assertThat(range.keys()).containsExactly("3", "4", "5");
		assertThat(range.references()).extracting(ReferenceEntry::label).containsExactly("[3]", "[4]", "[5]");
		assertThat(citations.markers().get(0).references()).containsExactly(entry(citations, "1"));
		assertThat(citations.markers()).allMatch(marker -> marker.style() == Style.BRACKETS);
	}

	@Test
	void takesNoYearsEnumerationsOrTableCellsForMarkers() {
		Citations citations = recognizer.recognize(ENGLISH_REPORT);

		assertThat(citations.markers()).extracting(CitationMarker::text).doesNotContain("(1)", "(2)", "(2019)", "(3)", "(4)");
	}

	@Test
	void readsANumberedRussianBibliography() {
		Citations citations = recognizer.recognize(RUSSIAN_PAPER);

		assertThat(citations.references()).extracting(ReferenceEntry::label).containsExactly("1.", "2.", "3.", "4.", "5.", "6.",
				"7.");
		ReferenceEntry first = entry(citations, "1");
		assertThat(first.authors()).containsExactly("Иванов И.И.", "Петров П.П.");
		assertThat(first.title()).contains("Сеть сейсмических станций региона");
		assertThat(first.year()).isEqualTo(OptionalInt.of(2014));
		assertThat(first.doi()).contains("10.1234/abcd.2014.5");

		ReferenceEntry second = entry(citations, "2");
		assertThat(second.authors()).containsExactly("Сидорова А.Б.", "Кузнецов В.Г.");
		assertThat(second.year()).as("the year of publication, not of the volume").isEqualTo(OptionalInt.of(2020));
		assertThat(second.title()).contains("Сейсмические станции в 2014 г");

		ReferenceEntry third = entry(citations, "3");
		assertThat(third.authors()).containsExactly("Smith J.", "Doe A.");
		assertThat(third.doi()).contains("10.3103/s0747923911030054");
		assertThat(third.year()).isEqualTo(OptionalInt.of(2011));

		assertThat(entry(citations, "4").authors()).isEmpty();
		assertThat(entry(citations, "4").title()).contains("Руководство по обработке данных");
		assertThat(entry(citations, "4").year()).isEqualTo(OptionalInt.of(1982));
		assertThat(entry(citations, "5").authors()).containsExactly("Петрова Н.Н.", "Орлов А.Е.");
		assertThat(entry(citations, "5").urls()).containsExactly("https://example.org/vestnik/2015/3");
		assertThat(entry(citations, "5").year()).isEqualTo(OptionalInt.of(2015));
	}

	@Test
	void linksRussianMarkersWithListsRangesAndMarkersStartingALine() {
		Citations citations = recognizer.recognize(RUSSIAN_PAPER);

		assertThat(citations.markers()).extracting(CitationMarker::text).containsExactly("[1, 2]", "[3]", "[4–6]", "[7]",
				"[7]", "[5]");
		assertThat(citations.markers().get(2).references()).extracting(ReferenceEntry::label).containsExactly("4.", "5.", "6.");
		assertThat(citations.markers()).allMatch(marker -> marker.references().size() == marker.keys().size());
	}

	@Test
	void readsSuperscriptAndCaretMarkersButNotUnitsOrPowers() {
		String text = """
				Die Zahl der Freiwilligen hat sich verdoppelt.¹ Das Lager umfasst 120 km² Fläche²³ und 3 m³ Wasser. \
				Die Energie betrug 4.22×10^13 J, wie schon früher^4 gemessen, also 10³ mal mehr.

				Anmerkungen

				1. Bundesamt für Statistik, Bericht 2021, S. 14.
				2. Müller K., Schmidt A. Freiwillige im Krieg. Berlin: Beispiel-Verlag, 2020.
				3. Ebd.
				4. Weber H. Energie und Krieg // Zeitschrift für Physik. 2018. Bd. 7. S. 3–9.
				""";
		Citations citations = recognizer.recognize(text);

		assertThat(citations.markers()).extracting(CitationMarker::text, CitationMarker::style).containsExactly(
				tuple("¹", Style.SUPERSCRIPT), tuple("²³", Style.SUPERSCRIPT),
				tuple("^4", Style.CARET));
		assertThat(citations.markers().get(0).references()).extracting(ReferenceEntry::label).containsExactly("1.");
		assertThat(citations.markers().get(2).references()).extracting(ReferenceEntry::authors).containsExactly(List.of("Weber H."));
		assertThat(entry(citations, "2").year()).isEqualTo(OptionalInt.of(2020));
	}

	@Test
	void readsANumberInParenthesesAsAMarkerOnlyWhenANoteHasIt() {
		String text = """
				Le gouvernement a annoncé deux mesures : (1) un gel des prix et (2) une aide aux ménages. Cette aide \
				coûtera 2 milliards d'euros (1). Selon l'Insee (2), l'inflation a atteint 5,2 % en 2022 (2022).

				Notes

				(1) Projet de loi de finances rectificative, Assemblée nationale, 2022, p. 12.
				(2) Insee, Note de conjoncture, juin 2022. https://example.fr/insee/conjoncture-2022
				""";
		Citations citations = recognizer.recognize(text);

		assertThat(citations.markers()).extracting(CitationMarker::text, CitationMarker::begin).containsExactly(
				tuple("(1)", text.indexOf("(1).")),
				tuple("(2)", text.indexOf("(2),")));
		assertThat(citations.markers()).allMatch(marker -> marker.style() == Style.PARENTHESES && marker.references().size() == 1);
		assertThat(entry(citations, "2").urls()).containsExactly("https://example.fr/insee/conjoncture-2022");
	}

	@Test
	void readsBareNumbersBeforeAddressesAsAList() {
		String text = """
				The figures come from the ministry.¹ They were confirmed later.²

				1 https://example.org/ministry/figures
				2 https://example.org/ministry/confirmation
				""";
		Citations citations = recognizer.recognize(text);

		assertThat(citations.references()).extracting(ReferenceEntry::label).containsExactly("1", "2");
		assertThat(citations.markers()).extracting(marker -> marker.references().get(0).urls().get(0)).containsExactly(
				"https://example.org/ministry/figures", "https://example.org/ministry/confirmation");
	}

	@Test
	void takesANumberedListInProseForNoBibliography() {
		String text = """
				Conclusions

				  1. The reserves are exhausted and the army cannot carry out major operations this year.
				  2. The system of volunteers no longer meets the needs of the army.
				  3. A new mobilisation is likely before the end of the year.
				""";
		Citations citations = recognizer.recognize(text);

		assertThat(citations.references()).isEmpty();
		assertThat(citations.markers()).isEmpty();
	}

	@Test
	void findsNothingInATextWithoutCitations() {
		assertThat(recognizer.recognize("Der Hafen wurde 2019 (nach langen Verhandlungen) erweitert.").markers()).isEmpty();
		assertThat(recognizer.recognize("")).isEqualTo(new Citations(List.of(), List.of()));
	}

	@Test
	void givesTheDoiResolverAddressWhenAnEntryHasNoOther() {
		ReferenceEntry entry = entry(recognizer.recognize(RUSSIAN_PAPER), "1");

		assertThat(entry.urls()).isEmpty();
		assertThat(entry.url()).isEqualTo(Optional.of("https://doi.org/10.1234/abcd.2014.5"));
	}

	@Test
	void everyMarkerAndEntryIsTheInputBetweenItsOffsets() {
		String text = ENGLISH_REPORT + "\n" + RUSSIAN_PAPER + "\nСм. также¹ и [8], [12–10], [0], [1–99], (1) и x^2.\n";
		Citations citations = recognizer.recognize(text);

		assertThat(citations.markers()).hasSizeGreaterThan(10).allSatisfy(marker -> {
			assertThat(marker.text()).isEqualTo(text.substring(marker.begin(), marker.end()));
			assertThat(marker.keys()).isNotEmpty();
		});
		assertThat(citations.references()).hasSizeGreaterThan(10).allSatisfy(entry -> {
			assertThat(entry.text()).isEqualTo(text.substring(entry.begin(), entry.end()));
			assertThat(entry.text()).startsWith(entry.label());
			entry.doi().ifPresent(doi -> assertThat(doi).isLowerCase().startsWith("10."));
		});
		assertThat(citations.markers()).extracting(CitationMarker::text).doesNotContain("[12–10]", "[0]", "[1–99]", "x^2");
	}

	@Test
	void everyMarkerAndEntryIsTheInputBetweenItsOffsetsWhateverTheInput() {
		String[] pieces = { "[1]", "[2, 3]", "[4–6]", "(1)", "(2019)", "¹", "²³", "^7", "10^13", "km²", "1. ", "2. ", "3 ", "\n", "\n\n",
				" ", "Smith J., ", "Иванов И.И. ", "// ", "doi:10.1234/AB.", "https://x.org/a/", "b/c", "2020.", "Title. ", "Ibid.",
				"Literatur", "word", ",", ".", ":", "(", ")", "[", "]", "–" };
		Random random = new Random(23);
		for (int round = 0; round < 2000; round++) {
			String text = random.ints(random.nextInt(80), 0, pieces.length).mapToObj(k -> pieces[k]).collect(Collectors.joining());
			Citations citations = recognizer.recognize(text);
			assertThat(citations.markers()).allSatisfy(marker -> {
				assertThat(marker.text()).isEqualTo(text.substring(marker.begin(), marker.end()));
				assertThat(marker.references()).allSatisfy(entry -> assertThat(marker.keys()).contains(entry.key()));
			});
			assertThat(citations.references())
					.allSatisfy(entry -> assertThat(entry.text()).isEqualTo(text.substring(entry.begin(), entry.end())));
		}
	}
}
