package org.dossier.extraction.tests.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dossier.extraction.tests.gold.ExtractionScorer.Counts;
import org.dossier.extraction.tests.gold.ExtractionScorer.Discrepancy;
import org.dossier.extraction.tests.gold.ExtractionScorer.Score;
import org.junit.jupiter.api.Test;

/** The scorer's arithmetic on small hand-made cases, its value comparisons and its table. */
class ExtractionScorerTest {

	/** Four gold dates: two the "extractor" below finds exactly (one with a wrong value), one it finds with
	 * other boundaries, one it misses; and it adds one date the gold does not have. */
	private static final GoldDocument DATES = GoldDocument.parse("dates.txt", """
			#lang: en
			#title: Dates

			On {{date value=2019-03-03|3 March 2019}} and {{date value=2020-05-04|4 May 2020}}, then \
			{{date value=2020-06-05|5 June}} and in {{date value=1999|1999}}. Yesterday too.""");

	private static final GoldDocument GERMAN = GoldDocument.parse("de.txt", """
			#lang: de
			#title: Deutsch

			Am {{date value=2020-03-03|3. März 2020}} in {{mention entity=Moscow kind=location|Moskau}}.""");

	private static List<AnnotationSpan> datesAsProduced() {
		return List.of(
				at(DATES, "date", "3 March 2019", "value", "2019-03-03"),
				at(DATES, "date", "4 May 2020", "value", "2020-04-05"),
				at(DATES, "date", "June", "value", "2020-06-05"),
				at(DATES, "date", "Yesterday", "value", "2020-06-04"));
	}

	@Test
	void countsExactAndOverlappingMatchesAndRightValues() {
		ExtractionScorer scorer = new ExtractionScorer().add(DATES, datesAsProduced());

		Score score = scorer.score("date", "en");
		assertThat(score.exact()).isEqualTo(new Counts(4, 4, 2));
		assertThat(score.overlap()).isEqualTo(new Counts(4, 4, 3));
		assertThat(score.valuesCorrect()).isEqualTo(1);
		assertThat(score.exact().precision()).isEqualTo(0.5);
		assertThat(score.exact().recall()).isEqualTo(0.5);
		assertThat(score.exact().f1()).isEqualTo(0.5);
		assertThat(score.overlap().f1()).isEqualTo(0.75);
		assertThat(score.valueAccuracy()).isEqualTo(0.5);
	}

	@Test
	void precisionAndRecallDifferWhenTheCountsDo() {
		Counts counts = new Counts(10, 4, 3);

		assertThat(counts.precision()).isEqualTo(0.75);
		assertThat(counts.recall()).isEqualTo(0.3);
		assertThat(counts.f1()).isCloseTo(2 * 0.75 * 0.3 / 1.05, within(1e-12));
	}

	@Test
	void nothingToMeasureCountsAsPerfectButNothingFoundIsZeroF1() {
		assertThat(new Counts(0, 0, 0).f1()).isEqualTo(1);
		Counts nothingFound = new Counts(5, 0, 0);
		assertThat(nothingFound.precision()).isEqualTo(1);
		assertThat(nothingFound.recall()).isZero();
		assertThat(nothingFound.f1()).isZero();
		assertThat(new Counts(0, 3, 0).f1()).isZero();
	}

	@Test
	void listsWhatWentWrong() {
		ExtractionScorer scorer = new ExtractionScorer().add(DATES, datesAsProduced());

		assertThat(scorer.discrepancies()).extracting(Discrepancy::kind).containsExactly(
				Discrepancy.Kind.WRONG_VALUE, Discrepancy.Kind.BOUNDARY, Discrepancy.Kind.MISSED,
				Discrepancy.Kind.SPURIOUS);
		assertThat(scorer.discrepancies().get(0)).hasToString(
				"WRONG_VALUE dates.txt gold date \"4 May 2020\" [20,30) {value=2020-05-04}"
						+ " produced date \"4 May 2020\" [20,30) {value=2020-04-05}");
		assertThat(scorer.discrepancies().get(2).toString()).isEqualTo(
				"MISSED dates.txt gold date \"1999\" [51,55) {value=1999}");
	}

	@Test
	void scoresLanguagesApartAndSumsThemOverAll() {
		ExtractionScorer scorer = new ExtractionScorer().add(DATES, datesAsProduced()).add(GERMAN, List.of(
				at(GERMAN, "date", "3. März 2020", "value", "2020-03-03"),
				at(GERMAN, "mention", "Moskau", "entity", "Moscow")));

		assertThat(scorer.score("date", "de").exact()).isEqualTo(new Counts(1, 1, 1));
		assertThat(scorer.score("date", ExtractionScorer.ALL_LANGUAGES).exact()).isEqualTo(new Counts(5, 5, 3));
		assertThat(scorer.score("date", ExtractionScorer.ALL_LANGUAGES).valuesCorrect()).isEqualTo(2);
		assertThat(scorer.score("mention", "de").valueAccuracy()).isEqualTo(1);
		assertThat(scorer.score("mention", "en").exact()).isEqualTo(new Counts(0, 0, 0));
		assertThat(scorer.score("quote", "ru").exact()).isEqualTo(new Counts(0, 0, 0));
		assertThat(scorer.scores()).extracting(score -> score.type() + "/" + score.language()).startsWith(
				"date/de", "date/en", "date/all", "quantity/de", "quantity/en", "quantity/all");
	}

	@Test
	void ignoresTypesItDoesNotScore() {
		ExtractionScorer scorer = new ExtractionScorer(List.of("mention")).add(GERMAN, List.of(
				new AnnotationSpan("sentence", 0, 10), at(GERMAN, "date", "3. März 2020", "value", "2020-03-03")));

		assertThat(scorer.scores()).extracting(Score::type).containsOnly("mention");
		assertThat(scorer.score("mention", "de").exact()).isEqualTo(new Counts(1, 0, 0));
	}

	@Test
	void anExactMatchPrefersTheDuplicateWithTheRightValueAndTheOtherIsSpurious() {
		ExtractionScorer scorer = new ExtractionScorer(List.of("mention")).add(GERMAN, List.of(
				at(GERMAN, "mention", "Moskau", "entity", "Moscow, Idaho"),
				at(GERMAN, "mention", "Moskau", "entity", "Moscow")));

		Score score = scorer.score("mention", "de");
		assertThat(score.exact()).isEqualTo(new Counts(1, 2, 1));
		assertThat(score.valuesCorrect()).isEqualTo(1);
		assertThat(scorer.discrepancies()).singleElement().extracting(Discrepancy::kind)
				.isEqualTo(Discrepancy.Kind.SPURIOUS);
	}

	@Test
	void overlapMatchingIsOneToOneAndTakesTheLargestOverlap() {
		GoldDocument document = GoldDocument.parse("q.txt", """
				#lang: en
				#title: Q

				“{{quote speaker=A|One two three four.}}” and “{{quote speaker=B|Five six.}}”""");
		int begin = document.text().indexOf("One");
		ExtractionScorer scorer = new ExtractionScorer(List.of("quote")).add(document, List.of(
				new AnnotationSpan("quote", begin, begin + 3, Map.of("speaker", "A")),
				new AnnotationSpan("quote", begin, begin + 13, Map.of("speaker", "A"))));

		Score score = scorer.score("quote", "en");
		assertThat(score.overlap()).isEqualTo(new Counts(2, 2, 1));
		Discrepancy boundary = scorer.discrepancies().get(0);
		assertThat(boundary.kind()).isEqualTo(Discrepancy.Kind.BOUNDARY);
		assertThat(boundary.produced().end()).isEqualTo(begin + 13);
	}

	@Test
	void quantitiesMatchWithinOnePartPerMillionAndNeedTheSameUnitAndKind() {
		AnnotationSpan gold = quantity("1250000", "people", "count");

		assertThat(ExtractionScorer.sameValue(gold, quantity("1250000.0", "people", "count"))).isTrue();
		assertThat(ExtractionScorer.sameValue(gold, quantity("1.2500011e6", "people", "count"))).isTrue();
		assertThat(ExtractionScorer.sameValue(gold, quantity("1250002", "people", "count"))).isFalse();
		assertThat(ExtractionScorer.sameValue(gold, quantity("1250000", "voters", "count"))).isFalse();
		assertThat(ExtractionScorer.sameValue(gold, quantity("1250000", "people", "measure"))).isFalse();
		assertThat(ExtractionScorer.sameValue(gold, quantity("1 250 000", "people", "count"))).isFalse();
		assertThat(ExtractionScorer.sameValue(quantity("0", "%", "percent"), quantity("0.0", "%", "percent"))).isTrue();
	}

	@Test
	void coordinatesMatchWithinAHundredthOfADegree() {
		AnnotationSpan gold = new AnnotationSpan("coordinate", 0, 5, Map.of("lat", "42.8667", "lon", "77.3667"));

		assertThat(ExtractionScorer.sameValue(gold, coordinate("42.87", "77.37"))).isTrue();
		assertThat(ExtractionScorer.sameValue(gold, coordinate("42.88", "77.37"))).isFalse();
		assertThat(ExtractionScorer.sameValue(gold, coordinate("42.87", "-77.37"))).isFalse();
		assertThat(ExtractionScorer.sameValue(gold, new AnnotationSpan("coordinate", 0, 5, Map.of("lat", "42.87"))))
				.isFalse();
	}

	@Test
	void anUnsetSpeakerIsNone() {
		AnnotationSpan nobody = new AnnotationSpan("quote", 0, 5, Map.of("speaker", "none"));
		Map<String, String> unset = new HashMap<>();
		unset.put("speaker", null);

		assertThat(ExtractionScorer.sameValue(nobody, new AnnotationSpan("quote", 0, 5, unset))).isTrue();
		assertThat(ExtractionScorer.sameValue(nobody, new AnnotationSpan("quote", 0, 5, Map.of("speaker", "")))).isTrue();
		assertThat(ExtractionScorer.sameValue(nobody, new AnnotationSpan("quote", 0, 5, Map.of("speaker", "Lavrov"))))
				.isFalse();
	}

	@Test
	void labelsMatchWhateverTheirBracketsAndDoisWhateverTheirPrefixOrCase() {
		AnnotationSpan citation = new AnnotationSpan("citation", 0, 3, Map.of("label", "[3]"));
		AnnotationSpan reference = new AnnotationSpan("reference", 0, 9, Map.of("label", "[3]", "doi", "10.5555/AB.1"));

		assertThat(ExtractionScorer.sameValue(citation, label("citation", "3."))).isTrue();
		assertThat(ExtractionScorer.sameValue(citation, label("citation", "(3)"))).isTrue();
		assertThat(ExtractionScorer.sameValue(citation, label("citation", "[13]"))).isFalse();
		assertThat(ExtractionScorer.sameValue(reference, new AnnotationSpan("reference", 0, 9,
				Map.of("label", "3.", "doi", "https://doi.org/10.5555/ab.1", "url", "https://x.example")))).isTrue();
		assertThat(ExtractionScorer.sameValue(reference, new AnnotationSpan("reference", 0, 9,
				Map.of("label", "3.", "doi", "doi: 10.5555/ab.2")))).isFalse();
		assertThat(ExtractionScorer.sameValue(reference, label("reference", "3."))).isFalse();
	}

	@Test
	void referencesWithAUrlInTheGoldNeedTheSameUrl() {
		AnnotationSpan gold = new AnnotationSpan("reference", 0, 9, Map.of("label", "[1]", "url", "https://a.example/x"));

		assertThat(ExtractionScorer.sameValue(gold, new AnnotationSpan("reference", 0, 9,
				Map.of("label", "[1]", "url", "https://a.example/x")))).isTrue();
		assertThat(ExtractionScorer.sameValue(gold, new AnnotationSpan("reference", 0, 9,
				Map.of("label", "[1]", "url", "https://a.example/y")))).isFalse();
	}

	@Test
	void tablesNeedTheirRowsColumnsAndLabel() {
		AnnotationSpan gold = new AnnotationSpan("table", 0, 40, Map.of("rows", "3", "columns", "5", "label", "Table 1"));

		assertThat(ExtractionScorer.sameValue(gold, new AnnotationSpan("table", 0, 40,
				Map.of("rows", "3", "columns", "5", "label", "Table 1")))).isTrue();
		assertThat(ExtractionScorer.sameValue(gold, new AnnotationSpan("table", 0, 40,
				Map.of("rows", "2", "columns", "5", "label", "Table 1")))).isFalse();
		assertThat(ExtractionScorer.sameValue(gold, new AnnotationSpan("table", 0, 40, Map.of("rows", "3", "columns", "5")))).isFalse();
		assertThat(ExtractionScorer.sameValue(new AnnotationSpan("table", 0, 40, Map.of("rows", "3", "columns", "4")),
				new AnnotationSpan("table", 0, 40, Map.of("rows", "3", "columns", "4")))).isTrue();
	}

	@Test
	void datesAndMentionsCompareTheirValueExactly() {
		assertThat(ExtractionScorer.sameValue(new AnnotationSpan("date", 0, 4, Map.of("value", "2019-05-02")),
				new AnnotationSpan("date", 0, 4, Map.of("value", "--05-02")))).isFalse();
		assertThat(ExtractionScorer.sameValue(new AnnotationSpan("mention", 0, 4, Map.of("entity", "Kyiv")),
				new AnnotationSpan("mention", 0, 4, Map.of("entity", "Kyiv", "kind", "location")))).isTrue();
	}

	@Test
	void printsOneLinePerTypeAndLanguageWithDashesForEmptyRatios() {
		ExtractionScorer scorer = new ExtractionScorer(List.of("date")).add(DATES, datesAsProduced())
				.add(GoldDocument.parse("empty.txt", "#lang: de\n#title: Leer\n\nNichts."), List.of());

		assertThat(scorer.table().lines()).containsExactly(
				"type       lang  gold  prod | exact      P      R     F1 | overl      P      R     F1 |    values    acc",
				"date       de       0     0 |     0      -      -      - |     0      -      -      - |       0/0      -",
				"date       en       4     4 |     2  0.500  0.500  0.500 |     3  0.750  0.750  0.750 |       1/2  0.500",
				"date       all      4     4 |     2  0.500  0.500  0.500 |     3  0.750  0.750  0.750 |       1/2  0.500");

		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		scorer.printTable(new PrintStream(bytes, true, StandardCharsets.UTF_8));
		assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(scorer.table());
	}

	/** The first occurrence of {@code surface} in the document, as a produced annotation. */
	private static AnnotationSpan at(GoldDocument document, String type, String surface, String... attributes) {
		int begin = document.text().indexOf(surface);
		assertThat(begin).as(surface).isNotNegative();
		Map<String, String> map = new HashMap<>();
		for (int i = 0; i < attributes.length; i += 2) {
			map.put(attributes[i], attributes[i + 1]);
		}
		return new AnnotationSpan(type, begin, begin + surface.length(), map);
	}

	private static AnnotationSpan quantity(String value, String unit, String kind) {
		return new AnnotationSpan("quantity", 0, 9, Map.of("value", value, "unit", unit, "kind", kind));
	}

	private static AnnotationSpan coordinate(String lat, String lon) {
		return new AnnotationSpan("coordinate", 0, 5, Map.of("lat", lat, "lon", lon));
	}

	private static AnnotationSpan label(String type, String label) {
		return new AnnotationSpan(type, 0, 3, Map.of("label", label));
	}
}
