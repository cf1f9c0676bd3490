package org.dossier.nlp.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.dossier.nlp.CoordinateRecognizer;
import org.dossier.nlp.DateMention;
import org.dossier.nlp.DateRecognizer;
import org.dossier.nlp.GeoCoordinate;
import org.dossier.nlp.NormalizedText;
import org.dossier.nlp.Quantity;
import org.dossier.nlp.QuantityKind;
import org.dossier.nlp.QuantityRecognizer;
import org.dossier.nlp.TextNormalizer;
import org.dossier.nlp.TextSpan;
import org.dossier.nlp.tests.TestDocuments.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The normaliser and the recognisers together, on whole documents. */
class RecognizersOnDocumentsTest {

	static Stream<Arguments> documentsAsExtractedAndNormalised() {
		return Stream.of(TestDocuments.ALL).flatMap(document -> Stream.of(
				Arguments.of(document, "as extracted", document.text()),
				Arguments.of(document, "normalised", new TextNormalizer().normalize(document.text()).text())));
	}

	@ParameterizedTest(name = "{0}, {1}")
	@MethodSource("documentsAsExtractedAndNormalised")
	void everyFindingIsTheTextBetweenItsOffsets(Document document, String state, String text) {
		List<TextSpan> findings = new ArrayList<>();
		findings.addAll(new DateRecognizer().withYearFromPrecedingDates().recognize(text));
		findings.addAll(new QuantityRecognizer(document.language()).recognize(text));
		findings.addAll(new CoordinateRecognizer(document.language()).recognize(text));
		assertThat(findings).isNotEmpty().allSatisfy(finding -> {
			assertThat(finding.begin()).isBetween(0, finding.end() - 1);
			assertThat(finding.end()).isLessThanOrEqualTo(text.length());
			assertThat(finding.text()).isEqualTo(text.substring(finding.begin(), finding.end()));
		});
	}

	@ParameterizedTest(name = "{0}, {1}")
	@MethodSource("documentsAsExtractedAndNormalised")
	void findingsOfOneKindComeInTextOrderWithoutOverlapping(Document document, String state, String text) {
		assertInOrderWithoutOverlap(new DateRecognizer().recognize(text));
		assertInOrderWithoutOverlap(new QuantityRecognizer(document.language()).recognize(text));
		assertInOrderWithoutOverlap(new CoordinateRecognizer(document.language()).recognize(text));
	}

	private static void assertInOrderWithoutOverlap(List<? extends TextSpan> findings) {
		for (int i = 1; i < findings.size(); i++) {
			assertThat(findings.get(i).begin()).isGreaterThanOrEqualTo(findings.get(i - 1).end());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("allDocuments")
	void normalisedTextMapsBackToTheOriginal(Document document) {
		NormalizedText normalized = new TextNormalizer().normalize(document.text());
		for (DateMention date : new DateRecognizer().recognize(normalized.text())) {
			String original = normalized.originalText(date.begin(), date.end());
			assertThat(original.replaceAll("\\s+", " ")).isEqualTo(date.text().replaceAll("\\s+", " "));
		}
	}

	static Stream<Document> allDocuments() {
		return Stream.of(TestDocuments.ALL);
	}

	@Test
	void readsABulletinAsAPdfExtractorDeliversIt() {
		Document bulletin = TestDocuments.RUSSIAN_BULLETIN_AS_EXTRACTED;
		String text = new TextNormalizer().normalize(bulletin.text()).text();

		assertThat(text).startsWith("Сейсмичность Алтая в 2016 г.\n\nВ течение 2016 г.")
				.contains("энергетические классы которых составили КР=5.8–12.4. Самое сильное событие произошло 7 марта 2016 г.")
				.contains("ϕ=50.01°N, λ=88.67°E, h=12 км, с магнитудой MPVA=5.1")
				.contains("интенсивность сотрясений составила 4–5 баллов.\n\nДля событий с КР≥9.0")
				.contains("3.15⋅1012 Дж")
				.endsWith("Афтершок 9 марта с КР=9.3 зарегистрирован в 14 км от эпицентра.")
				.doesNotContain("\n2\n");
		assertThat(text.split("Сейсмичность Алтая", -1)).hasSize(2);

		assertThat(new DateRecognizer().withYearFromPrecedingDates().recognize(text))
				.extracting(DateMention::text, DateMention::value)
				.containsExactly(tuple("2016 г.", "2016"), tuple("2016 г.", "2016"), tuple("7 марта 2016 г.", "2016-03-07"),
						tuple("2015 г.", "2015"), tuple("9 марта", "2016-03-09"));

		assertThat(new CoordinateRecognizer(bulletin.language()).recognize(text))
				.extracting(GeoCoordinate::latitude, GeoCoordinate::longitude).containsExactly(tuple(50.01, 88.67));

		assertThat(new QuantityRecognizer(bulletin.language()).recognize(text))
				.extracting(Quantity::text, Quantity::kind, Quantity::unit).containsExactly(
						tuple("24", QuantityKind.COUNT, Optional.of("цифровых")),
						tuple("312", QuantityKind.COUNT, Optional.of("землетрясений")),
						tuple("КР=5.8–12.4", QuantityKind.MAGNITUDE, Optional.of("КР")),
						tuple("h=12 км", QuantityKind.MEASURE, Optional.of("km")),
						tuple("MPVA=5.1", QuantityKind.MAGNITUDE, Optional.of("MPVA")),
						tuple("КР=12.4", QuantityKind.MAGNITUDE, Optional.of("КР")),
						tuple("60 км", QuantityKind.MEASURE, Optional.of("km")),
						tuple("4–5 баллов", QuantityKind.MAGNITUDE, Optional.of("point")),
						tuple("КР≥9.0", QuantityKind.MAGNITUDE, Optional.of("КР")),
						tuple("3.15⋅1012 Дж", QuantityKind.MEASURE, Optional.of("J")),
						tuple("2 раза", QuantityKind.RATIO, Optional.of("×")),
						tuple("КР=9.3", QuantityKind.MAGNITUDE, Optional.of("КР")),
						tuple("14 км", QuantityKind.MEASURE, Optional.of("km")));
	}

	@Test
	void readsTheFiguresOfAReportAndLeavesItsFootnotesAlone() {
		Document report = TestDocuments.ENGLISH_REPORT;
		String text = new TextNormalizer().normalize(report.text()).text();
		assertThat(new QuantityRecognizer(report.language()).recognize(text))
				.extracting(Quantity::text, Quantity::value, Quantity::unit).containsExactly(
						tuple("320,000", 320000.0, Optional.of("homes")),
						tuple("2,000,000 roubles", 2000000.0, Optional.of("RUB")),
						tuple("US$ 22,250", 22250.0, Optional.of("USD")),
						tuple("185,000", 185000.0, Optional.of("claims")),
						tuple("65,000", 65000.0, Optional.of("pumps")),
						tuple("55,000", 55000.0, Optional.empty()),
						tuple("10,000–15,000", 10000.0, Optional.of("volunteers")),
						tuple("3-fold", 3.0, Optional.of("×")));
		assertThat(new DateRecognizer().recognize(text)).extracting(DateMention::value)
				.containsExactly("2021-03", "2023", "2024", "2006-05-10", "2024-08-06", "2024-09-27");
	}

	@Test
	void readsTheFiguresOfFrenchAndGermanTexts() {
		String french = new TextNormalizer().normalize(TestDocuments.FRENCH_NEWS.text()).text();
		assertThat(new QuantityRecognizer(TestDocuments.FRENCH_NEWS.language()).recognize(french))
				.extracting(Quantity::text, Quantity::kind).contains(
						tuple("2 milliards d'euros", QuantityKind.MONEY), tuple("7,5 %", QuantityKind.PERCENT),
						tuple("1 250 000", QuantityKind.COUNT), tuple("3 et 5 %", QuantityKind.PERCENT),
						tuple("4,8", QuantityKind.MAGNITUDE), tuple("10 km", QuantityKind.MEASURE));
		assertThat(new CoordinateRecognizer(TestDocuments.FRENCH_NEWS.language()).recognize(french))
				.extracting(GeoCoordinate::text).containsExactly("45,19° N, 5,72° E");

		String german = new TextNormalizer().normalize(TestDocuments.GERMAN_STATEMENT.text()).text();
		assertThat(new QuantityRecognizer(TestDocuments.GERMAN_STATEMENT.language()).recognize(german))
				.extracting(Quantity::text, Quantity::value).containsExactly(
						tuple("3,7 Millionen Euro", 3700000.0), tuple("80.000", 80000.0), tuple("12 Prozent", 12.0),
						tuple("€ 5 Mio.", 5000000.0), tuple("10 und 20 km", 10.0), tuple("2,5 m", 2.5));
		assertThat(new DateRecognizer().recognize(german)).extracting(DateMention::value)
				.containsExactly("2024-09-16", "2024-03-03", "1990", "2021-07");
	}
}
