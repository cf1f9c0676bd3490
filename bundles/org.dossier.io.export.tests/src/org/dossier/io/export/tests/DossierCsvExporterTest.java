package org.dossier.io.export.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dossier.core.store.DossierStore;
import org.dossier.internal.io.csv.DossierCsvExporter;
import org.dossier.model.DocumentEntry;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV export: a folder of tables a spreadsheet opens as they are. */
class DossierCsvExporterTest {

	private static final Path SAMPLE = Path.of("../../samples/sample-dossier");

	private static final Pattern QUOTED_CELL = Pattern.compile("\"(?:[^\"]|\"\")*\"");

	private static final List<String> ANNOTATION_COLUMNS = List.of("document", "id", "begin", "end", "text", "origin", "confidence");

	private static final Map<String, List<String>> TABLES = new LinkedHashMap<>();
	static {
		TABLES.put("documents.csv", List.of("id", "title", "origin", "language", "mediaType", "publishedAt", "authors", "publisher",
				"checksum", "annotations", "references", "warnings"));
		TABLES.put("dates.csv", annotationColumns("value"));
		TABLES.put("quantities.csv", annotationColumns("value", "unit", "kind", "table"));
		TABLES.put("coordinates.csv", annotationColumns("lat", "lon"));
		TABLES.put("quotes.csv", annotationColumns("speaker", "speakerName", "speechVerb"));
		TABLES.put("mentions.csv", annotationColumns("entity", "entityName", "kind"));
		TABLES.put("citations.csv", annotationColumns("reference"));
		TABLES.put("claim-mentions.csv", annotationColumns("claim"));
		TABLES.put("codes.csv", annotationColumns("tag", "tagName"));
		TABLES.put("comments.csv", annotationColumns("comment"));
		TABLES.put("tables.csv", annotationColumns("label", "caption", "bodyBegin", "rowCount", "columnCount"));
		TABLES.put("duplicates.csv", annotationColumns("firstBegin", "firstEnd"));
		TABLES.put("languages.csv", annotationColumns("language"));
		TABLES.put("references.csv", List.of("document", "id", "label", "text", "url", "doi", "title", "authors", "year", "resolvedDocument"));
		TABLES.put("entities.csv", List.of("id", "name", "kind", "aliases", "lat", "lon", "mentions", "documents", "externalIds"));
		TABLES.put("claims.csv", List.of("id", "statement", "claimant", "claimantName", "date", "credibility", "verdict", "tags"));
		TABLES.put("evidence.csv", List.of("claim", "relation", "annotation", "reference", "document", "note"));
		TABLES.put("sources.csv", List.of("id", "name", "kind", "reliability", "notes"));
		TABLES.put("tags.csv", List.of("id", "name", "description", "color", "parent"));
		TABLES.put("notes.csv", List.of("id", "title", "created", "text"));
	}

	private static final Map<String, String> TEXTS = Map.of(TestDossier.FR, TestDossier.FR_TEXT, TestDossier.DE, TestDossier.DE_TEXT,
			TestDossier.EN, TestDossier.EN_TEXT, TestDossier.RU, TestDossier.RU_TEXT, TestDossier.BULLETIN, TestDossier.BULLETIN_TEXT,
			TestDossier.BARE, TestDossier.BARE_TEXT);

	@TempDir
	Path temp;

	private Path folder;

	@BeforeEach
	void exportTheTestDossier() throws IOException {
		TestDossier.createIn(temp.resolve("dossier"));
		folder = temp.resolve("tables");
		try (DossierStore store = DossierStore.openReadOnly(temp.resolve("dossier"))) {
			new DossierCsvExporter().export(store, folder, new NullProgressMonitor());
		}
	}

	@Test
	void theFolderHoldsOneTableOfEachKindEachWithItsHeader() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrderElementsOf(TABLES.keySet());
		}
		for (Map.Entry<String, List<String>> table : TABLES.entrySet()) {
			assertThat(read(table.getKey()).header).as(table.getKey()).isEqualTo(table.getValue());
		}
	}

	@Test
	void filesAreUtf8WithAByteOrderMarkAndCrlfLines() throws IOException {
		for (String table : TABLES.keySet()) {
			byte[] bytes = Files.readAllBytes(folder.resolve(table));
			assertThat(bytes).as(table).startsWith(0xEF, 0xBB, 0xBF);
			String content = new String(bytes, StandardCharsets.UTF_8);
			// A quoted cell keeps the line breaks of the text it quotes (a table's rows); records end in CR LF.
			String outsideQuotes = QUOTED_CELL.matcher(content).replaceAll("");
			assertThat(outsideQuotes).as(table).contains("\r\n").doesNotContainPattern("[^\r]\n");
		}
		assertThat(Files.readString(folder.resolve("tables.csv"))).contains("\"Table 3. Energy classes\nKR 7 8 9\nN 198 71 28\"");
		assertThat(Files.readString(folder.resolve("mentions.csv"))).contains("Москва", "Sergueï Lavrov", "Deutschen Bundestages");
	}

	@Test
	void everyAnnotationIsARowQuotingItsPassageExactly() throws IOException {
		Map<String, Integer> expectedRows = Map.ofEntries(Map.entry("dates.csv", 5), Map.entry("quantities.csv", 11),
				Map.entry("coordinates.csv", 2), Map.entry("quotes.csv", 3), Map.entry("mentions.csv", 10), Map.entry("citations.csv", 3),
				Map.entry("claim-mentions.csv", 1), Map.entry("codes.csv", 1), Map.entry("comments.csv", 2), Map.entry("tables.csv", 1),
				Map.entry("duplicates.csv", 1), Map.entry("languages.csv", 1));
		for (Map.Entry<String, Integer> table : expectedRows.entrySet()) {
			List<CSVRecord> rows = read(table.getKey()).rows;
			assertThat(rows).as(table.getKey()).hasSize(table.getValue());
			for (CSVRecord row : rows) {
				String text = TEXTS.get(row.get("document"));
				assertThat(row.get("text")).as(row.get("id"))
						.isEqualTo(text.substring(Integer.parseInt(row.get("begin")), Integer.parseInt(row.get("end"))));
			}
		}
		assertThat(read("dates.csv").rows).noneMatch(row -> row.get("document").equals(TestDossier.BARE));
	}

	@Test
	void numbersArePlainDecimalsAndUnknownValuesEmptyCells() throws IOException {
		Map<String, CSVRecord> quantities = byId(read("quantities.csv").rows);
		assertThat(quantities.get("d-fr-a5").get("value")).isEqualTo("1250000");
		assertThat(quantities.get("d-fr-a5").get("kind")).isEqualTo("count");
		assertThat(quantities.get("d-fr-a7").get("value")).isEqualTo("2000000000");
		assertThat(quantities.get("d-de-a3").get("value")).isEqualTo("3700000");
		assertThat(quantities.get("d-en-a3").get("value")).isEqualTo("5.1");
		assertThat(quantities.get("d-en-a3").get("unit")).isEmpty();
		assertThat(quantities.get("d-en-a3").get("confidence")).isEqualTo("0.75");
		assertThat(quantities.get("d-fr-a5").get("confidence")).isEqualTo("1");
		Map<String, CSVRecord> coordinates = byId(read("coordinates.csv").rows);
		assertThat(coordinates.get("d-ru-a7").get("lat")).isEqualTo("42.87");
		assertThat(coordinates.get("d-ru-a7").get("lon")).isEqualTo("77.37");
		CSVRecord anonymousQuote = byId(read("quotes.csv").rows).get("d-de-a5");
		assertThat(anonymousQuote.get("speaker")).isEmpty();
		assertThat(anonymousQuote.get("speechVerb")).isEmpty();
	}

	@Test
	void tablesTheirCellsRepeatedPassagesAndOtherLanguagesHaveTheirTables() throws IOException {
		CSVRecord table = byId(read("tables.csv").rows).get("d-bulletin-a2");
		assertThat(List.of(table.get("label"), table.get("caption"), table.get("rowCount"), table.get("columnCount")))
				.containsExactly("Table 3", "Table 3. Energy classes", "2", "4");
		assertThat(table.get("bodyBegin")).isEqualTo(Integer.toString(TestDossier.BULLETIN_TEXT.indexOf("KR 7")));
		Map<String, CSVRecord> quantities = byId(read("quantities.csv").rows);
		assertThat(quantities.get("d-bulletin-a3").get("table")).isEqualTo("d-bulletin-a2");
		assertThat(quantities.get("d-bulletin-a1").get("table")).isEmpty();
		CSVRecord duplicate = byId(read("duplicates.csv").rows).get("d-bulletin-a5");
		assertThat(TestDossier.BULLETIN_TEXT.substring(Integer.parseInt(duplicate.get("firstBegin")), Integer.parseInt(duplicate.get("firstEnd"))))
				.isEqualTo(duplicate.get("text"));
		assertThat(byId(read("languages.csv").rows).get("d-bulletin-a4").get("language")).isEqualTo("ru");
	}

	@Test
	void entitiesListTheirAliasesPlaceAndMentionCounts() throws IOException {
		Map<String, CSVRecord> entities = byId(read("entities.csv").rows);
		CSVRecord moscow = entities.get("e-moscow");
		assertThat(moscow.get("name")).isEqualTo("Moscow");
		assertThat(moscow.get("kind")).isEqualTo("location");
		assertThat(moscow.get("aliases")).isEqualTo("Moscow | Moscou | Moskau | Москва");
		assertThat(moscow.get("lat")).isEqualTo("55.7558");
		assertThat(moscow.get("lon")).isEqualTo("37.6173");
		assertThat(List.of(moscow.get("mentions"), moscow.get("documents"))).containsExactly("4", "4");
		CSVRecord bundestag = entities.get("e-bundestag");
		assertThat(List.of(bundestag.get("mentions"), bundestag.get("documents"))).containsExactly("2", "1");
		assertThat(bundestag.get("lat")).isEmpty();
		assertThat(List.of(entities.get("e-paris").get("mentions"), entities.get("e-paris").get("documents"))).containsExactly("0", "0");
		assertThat(entities.get("e-almaty").get("externalIds")).isEqualTo("wikidata:Q35493");
		CSVRecord mention = byId(read("mentions.csv").rows).get("d-ru-a3");
		assertThat(List.of(mention.get("entity"), mention.get("entityName"), mention.get("kind"))).containsExactly("e-lavrov", "Sergei Lavrov",
				"person");
	}

	@Test
	void documentsAndReferencesCarryTheirMetadata() throws IOException {
		Map<String, CSVRecord> documents = byId(read("documents.csv").rows);
		assertThat(documents.keySet()).containsExactlyInAnyOrder(TestDossier.FR, TestDossier.DE, TestDossier.EN, TestDossier.RU,
				TestDossier.BULLETIN, TestDossier.BARE);
		assertThat(documents.get(TestDossier.BULLETIN).get("annotations")).isEqualTo("5");
		assertThat(documents.get(TestDossier.FR).get("publisher")).isEqualTo("s-agence");
		assertThat(documents.get(TestDossier.FR).get("annotations")).isEqualTo("9");
		assertThat(documents.get(TestDossier.EN).get("authors")).isEqualTo("A. Field | B. Report");
		assertThat(documents.get(TestDossier.EN).get("references")).isEqualTo("2");
		CSVRecord bare = documents.get(TestDossier.BARE);
		assertThat(List.of(bare.get("title"), bare.get("language"), bare.get("publishedAt"), bare.get("checksum"))).allMatch(String::isEmpty);
		assertThat(bare.get("annotations")).as("the annotation outside the text is left out").isEqualTo("0");
		assertThat(bare.get("warnings")).isEqualTo(TestDossier.BARE_WARNING);
		assertThat(documents.get(TestDossier.FR).get("warnings")).isEmpty();
		Map<String, CSVRecord> references = byId(read("references.csv").rows);
		assertThat(references.get("r-en-2").get("document")).isEqualTo(TestDossier.EN);
		assertThat(references.get("r-en-2").get("doi")).isEqualTo("10.1000/xyz123");
		assertThat(references.get("r-en-2").get("resolvedDocument")).isEqualTo(TestDossier.RU);
		assertThat(references.get("r-ru-1").get("authors")).isEqualTo("Н.Н. Михайлова");
	}

	@Test
	void claimsEvidenceSourcesCodesAndNotes() throws IOException {
		Map<String, CSVRecord> claims = byId(read("claims.csv").rows);
		CSVRecord turnout = claims.get("c-turnout");
		assertThat(List.of(turnout.get("claimant"), turnout.get("claimantName"), turnout.get("credibility"), turnout.get("verdict"), turnout.get("tags")))
				.containsExactly("e-lavrov", "Sergei Lavrov", "2", "mixed", "t-turnout");
		assertThat(claims.get("c-damage").get("credibility")).isEmpty();
		assertThat(read("evidence.csv").rows).extracting(row -> row.get("claim") + " " + row.get("relation") + " " + row.get("annotation") + "/"
				+ row.get("reference") + "/" + row.get("document")).containsExactly("c-turnout supports d-fr-a5//d-fr", "c-turnout refutes //d-de",
						"c-turnout context /r-en-2/d-en");
		Map<String, CSVRecord> sources = byId(read("sources.csv").rows);
		assertThat(sources.get("s-agence").get("reliability")).isEqualTo("B");
		assertThat(sources.get("s-blog").get("reliability")).isEmpty();
		assertThat(read("tags.csv").rows).extracting(row -> row.get("id") + "<" + row.get("parent"))
				.containsExactly("t-elections<", "t-turnout<t-elections", "t-fraud<t-elections", "t-disasters<");
		assertThat(read("notes.csv").rows).extracting(row -> row.get("title")).containsExactly("To check");
	}

	@Test
	void aCellThatASpreadsheetWouldRunAsAFormulaIsDefused() throws IOException {
		CSVRecord comment = byId(read("comments.csv").rows).get("d-en-a9");
		assertThat(comment.get("comment")).isEqualTo("'=HYPERLINK(\"https://example.org\",\"which officials?\")");
	}

	@Test
	void exportingAgainReplacesTheTablesAndLeavesOtherFilesAlone() throws IOException {
		Files.writeString(folder.resolve("dates.csv"), "stale");
		Files.writeString(folder.resolve("my-notes.txt"), "mine");
		try (DossierStore store = DossierStore.openReadOnly(temp.resolve("dossier"))) {
			new DossierCsvExporter().export(store, folder, new NullProgressMonitor());
		}
		assertThat(read("dates.csv").rows).hasSize(5);
		assertThat(folder.resolve("my-notes.txt")).hasContent("mine");
		try (Stream<Path> files = Files.list(folder)) {
			assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
		}
	}

	@Test
	void aFailedExportLeavesTheTablesOfTheEarlierOne() throws IOException {
		Files.delete(temp.resolve("dossier/documents/d-en.xmi"));
		try (DossierStore store = DossierStore.openReadOnly(temp.resolve("dossier"))) {
			assertThatThrownBy(() -> new DossierCsvExporter().export(store, folder, new NullProgressMonitor())).isInstanceOf(IOException.class)
					.hasMessageContaining("d-en.xmi");
		}
		assertThat(read("dates.csv").rows).hasSize(5);
		try (Stream<Path> files = Files.list(folder)) {
			assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrderElementsOf(TABLES.keySet());
		}
	}

	@Test
	void aFileInPlaceOfTheFolderIsRefused() throws IOException {
		Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
		try (DossierStore store = DossierStore.openReadOnly(temp.resolve("dossier"))) {
			assertThatThrownBy(() -> new DossierCsvExporter().export(store, file, new NullProgressMonitor())).isInstanceOf(IOException.class)
					.hasMessageContaining("is a file");
		}
		assertThat(file).hasContent("x");
	}

	@Test
	void theSampleDossierExportsEveryAnnotation() throws IOException {
		Path sampleTables = temp.resolve("sample");
		try (DossierStore store = DossierStore.openReadOnly(SAMPLE)) {
			new DossierCsvExporter().export(store, sampleTables, new NullProgressMonitor());
			int annotations = store.getDossier().getDocuments().stream().mapToInt(DocumentEntry::getAnnotationCount).sum();
			int rows = 0;
			for (String table : TABLES.keySet()) {
				if (isAnnotationTable(table)) {
					rows += read(sampleTables.resolve(table)).rows.size();
				}
			}
			assertThat(rows).isEqualTo(annotations);
			assertThat(read(sampleTables.resolve("documents.csv")).rows).hasSize(store.getDossier().getDocuments().size());
		}
	}

	private static boolean isAnnotationTable(String table) {
		List<String> header = TABLES.get(table);
		return header.size() > ANNOTATION_COLUMNS.size() && header.subList(0, ANNOTATION_COLUMNS.size()).equals(ANNOTATION_COLUMNS);
	}

	private static List<String> annotationColumns(String... specific) {
		return Stream.concat(ANNOTATION_COLUMNS.stream(), Stream.of(specific)).toList();
	}

	private record Table(List<String> header, List<CSVRecord> rows) {
	}

	private Table read(String table) throws IOException {
		return read(folder.resolve(table));
	}

	/** Reads a table back as RFC 4180, its byte order mark skipped. */
	private static Table read(Path file) throws IOException {
		String content = Files.readString(file, StandardCharsets.UTF_8);
		assertThat(content).startsWith("\uFEFF");
		try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(new StringReader(content.substring(1)))) {
			return new Table(parser.getHeaderNames(), parser.getRecords());
		}
	}

	private static Map<String, CSVRecord> byId(List<CSVRecord> rows) {
		Map<String, CSVRecord> byId = new LinkedHashMap<>();
		for (CSVRecord row : rows) {
			byId.put(row.get("id"), row);
		}
		return byId;
	}
}
