package org.dossier.extraction.tests.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gold corpus itself: every file parses, its annotations sit where their surfaces are, and the
 * annotations follow the guidelines of {@code gold/README.md} as far as a program can tell.
 */
class GoldCorpusTest {

	/** Tycho runs tests in the bundle folder. */
	private static final Path GOLD = Path.of("gold");
	private static final List<String> LANGUAGES = List.of("de", "en", "fr", "ru");
	private static final Set<String> GENRES = Set.of("news", "report", "paper", "essay");

	/** Heads and closings of annotations, for a second, naive way of stripping the markup. */
	private static final Pattern MARKUP = Pattern.compile(
			"\\{\\{[a-z]+(?:[ \\t]+[a-z]+=(?:\"(?:[^\"\\\\]|\\\\.)*\"|[^\\s|]+))*\\||}}");
	private static final Pattern QUOTATION_MARK = Pattern.compile("^[«»“”„\"‘’]|[«»“”„\"‘’]$");

	static Stream<Arguments> documents() throws IOException {
		return GoldDocument.readAll(GOLD).stream().map(document -> Arguments.of(Named.of(document.name(), document)));
	}

	private static List<GoldDocument> corpus() {
		try {
			return GoldDocument.readAll(GOLD);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Test
	void holdsAtLeastThreeDocumentsPerLanguage() {
		Map<String, Long> perLanguage = corpus().stream()
				.collect(Collectors.groupingBy(GoldDocument::language, TreeMap::new, Collectors.counting()));

		assertThat(perLanguage.keySet()).containsExactlyElementsOf(LANGUAGES);
		assertThat(perLanguage.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(3));
	}

	@ParameterizedTest
	@MethodSource("documents")
	void hasAHeaderAndTheAgreedLength(GoldDocument document) {
		assertThat(document.language()).isIn(LANGUAGES);
		assertThat(document.genre()).isIn(GENRES);
		assertThat(document.name()).startsWith(document.language() + "-" + document.genre() + "-");
		assertThat(document.title()).isNotBlank();
		assertThat(document.text().strip().split("\\s+")).hasSizeBetween(200, 400);
	}

	@ParameterizedTest
	@MethodSource("documents")
	void stripsToTheSameTextAsANaiveReading(GoldDocument document) throws IOException {
		String markup = Files.readString(GOLD.resolve(document.name()), StandardCharsets.UTF_8);
		String body = markup.replaceFirst("\\A(#[^\\n]*\\n)+\\n?", "");

		assertThat(body).doesNotContain("\\");
		assertThat(MARKUP.matcher(body).replaceAll("")).isEqualTo(document.text());
	}

	@ParameterizedTest
	@MethodSource("documents")
	void everySurfaceIsTheTextBetweenItsOffsets(GoldDocument document) {
		assertThat(document.annotations()).isNotEmpty().allSatisfy(annotation -> {
			assertThat(annotation.begin()).isLessThan(annotation.end());
			assertThat(annotation.end()).isLessThanOrEqualTo(document.text().length());
			String surface = document.text().substring(annotation.begin(), annotation.end());
			assertThat(document.surface(annotation)).isEqualTo(surface);
			assertThat(surface).as(annotation.toString()).isEqualTo(surface.strip()).doesNotContain("{{", "}}");
		});
	}

	@ParameterizedTest
	@MethodSource("documents")
	void annotationsOfOneTypeNeverOverlap(GoldDocument document) {
		for (String type : AnnotationSpan.TYPES) {
			List<AnnotationSpan> annotations = document.annotations(type);
			for (int i = 1; i < annotations.size(); i++) {
				assertThat(annotations.get(i).begin()).as(annotations.get(i) + " after " + annotations.get(i - 1))
						.isGreaterThanOrEqualTo(annotations.get(i - 1).end());
			}
		}
	}

	@ParameterizedTest
	@MethodSource("documents")
	void surfacesHaveTheShapeOfTheirType(GoldDocument document) {
		for (AnnotationSpan annotation : document.annotations()) {
			String surface = document.surface(annotation);
			switch (annotation.type()) {
			case AnnotationSpan.QUANTITY, AnnotationSpan.COORDINATE, AnnotationSpan.CITATION ->
				assertThat(surface).as(annotation.toString()).containsPattern("\\d");
			case AnnotationSpan.QUOTE -> assertThat(QUOTATION_MARK.matcher(surface).find())
					.as(surface + " starts or ends with a quotation mark").isFalse();
			case AnnotationSpan.MENTION -> assertThat(surface).as(annotation.toString()).matches("^[\\p{L}\\d].*");
			default -> {
				// dates may be month names alone; references are checked with their citations
			}
			}
		}
	}

	@ParameterizedTest
	@MethodSource("documents")
	void quantityUnitsFollowTheirKind(GoldDocument document) {
		for (AnnotationSpan quantity : document.annotations(AnnotationSpan.QUANTITY)) {
			String unit = quantity.attribute("unit");
			switch (quantity.attribute("kind")) {
			case "percent" -> assertThat(unit).as(quantity.toString()).isEqualTo("%");
			case "money" -> assertThat(unit).as(quantity.toString()).matches("[A-Z]{3}(/\\w+)?");
			case "magnitude" -> assertThat(unit).as(quantity.toString()).isIn("MPVA", "Mw", "MS", "mb", "ML", "KR");
			case "count" -> assertThat(unit).as(quantity.toString()).matches("[a-z]+s|people");
			default -> assertThat(unit).as(quantity.toString()).matches("[\\x21-\\x7e]+");
			}
		}
	}

	@ParameterizedTest
	@MethodSource("documents")
	void everyCitationPointsAtAReferenceOfItsDocument(GoldDocument document) {
		List<String> labels = document.annotations(AnnotationSpan.REFERENCE).stream()
				.map(reference -> reference.attribute("label")).toList();

		assertThat(labels).doesNotHaveDuplicates();
		assertThat(document.annotations(AnnotationSpan.CITATION)).allSatisfy(
				citation -> assertThat(labels).as(citation.toString()).contains(citation.attribute("label")));
		assertThat(document.annotations(AnnotationSpan.REFERENCE)).allSatisfy(reference -> {
			String number = reference.attribute("label").replaceAll("[\\[\\]]", "");
			assertThat(document.surface(reference)).matches("(\\[" + number + "\\]|" + number + "\\.) .+");
		});
	}

	@Test
	void everyEntityHasOneKindAcrossTheCorpus() {
		Map<String, Set<String>> kinds = new TreeMap<>();
		for (GoldDocument document : corpus()) {
			for (AnnotationSpan mention : document.annotations(AnnotationSpan.MENTION)) {
				kinds.computeIfAbsent(mention.attribute("entity"), entity -> new TreeSet<>()).add(mention.attribute("kind"));
			}
		}

		assertThat(kinds).allSatisfy((entity, kindsOfEntity) -> assertThat(kindsOfEntity).as(entity).hasSize(1));
	}

	@Test
	void theRecurringActorsAreNamedInEveryLanguage() {
		Map<String, Set<String>> languagesPerEntity = new HashMap<>();
		for (GoldDocument document : corpus()) {
			for (AnnotationSpan mention : document.annotations(AnnotationSpan.MENTION)) {
				languagesPerEntity.computeIfAbsent(mention.attribute("entity"), entity -> new TreeSet<>())
						.add(document.language());
			}
		}

		for (String entity : List.of("Moscow", "Germany", "Russia", "Sergei Lavrov", "Volodymyr Zelensky",
				"Klaus Brenner")) {
			assertThat(languagesPerEntity.get(entity)).as(entity).containsExactlyElementsOf(LANGUAGES);
		}
	}

	@Test
	void everyNamedSpeakerIsAnEntityOfTheCorpus() {
		Set<String> entities = new HashSet<>();
		List<String> speakers = new ArrayList<>();
		for (GoldDocument document : corpus()) {
			document.annotations(AnnotationSpan.MENTION).forEach(mention -> entities.add(mention.attribute("entity")));
			document.annotations(AnnotationSpan.QUOTE).forEach(quote -> speakers.add(quote.attribute("speaker")));
		}

		assertThat(speakers).contains("none");
		assertThat(speakers).filteredOn(speaker -> !speaker.equals("none")).allSatisfy(
				speaker -> assertThat(entities).contains(speaker));
	}

	@Test
	void everyLanguageHasDatesQuantitiesQuotesAndMentionsAndTheCorpusEveryType() {
		List<GoldDocument> corpus = corpus();
		for (String language : LANGUAGES) {
			Set<String> types = corpus.stream().filter(document -> document.language().equals(language))
					.flatMap(document -> document.annotations().stream()).map(AnnotationSpan::type)
					.collect(Collectors.toSet());
			assertThat(types).as(language).contains(AnnotationSpan.DATE, AnnotationSpan.QUANTITY, AnnotationSpan.QUOTE,
					AnnotationSpan.MENTION, AnnotationSpan.CITATION, AnnotationSpan.REFERENCE);
		}
		assertThat(corpus.stream().flatMap(document -> document.annotations().stream()).map(AnnotationSpan::type))
				.containsAll(AnnotationSpan.TYPES);
	}

	@Test
	void quantitiesUseBothKindsOfNoBreakSpaceAsThousandsSeparator() {
		List<String> surfaces = corpus().stream().flatMap(document -> document.annotations(AnnotationSpan.QUANTITY)
				.stream().map(document::surface)).toList();

		assertThat(surfaces).anyMatch(surface -> surface.matches("\\d{1,3}(\u00a0\\d{3})+"));
		assertThat(surfaces).anyMatch(surface -> surface.matches("\\d{1,3}(\u202f\\d{3})+.*"));
	}

	@Test
	void theGoldScoredAgainstItselfIsPerfect() {
		ExtractionScorer scorer = new ExtractionScorer();
		for (GoldDocument document : corpus()) {
			scorer.add(document, document.annotations());
		}
		System.out.println("Gold standard scored against itself (annotation counts per type and language):");
		scorer.printTable(System.out);

		assertThat(scorer.discrepancies()).isEmpty();
		assertThat(scorer.scores()).allSatisfy(score -> {
			assertThat(score.exact().f1()).isEqualTo(1);
			assertThat(score.valueAccuracy()).isEqualTo(1);
		});
		assertThat(scorer.score(AnnotationSpan.MENTION, ExtractionScorer.ALL_LANGUAGES).exact().gold())
				.isGreaterThan(150);
	}
}
