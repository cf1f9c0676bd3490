package org.dossier.io.export.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dossier.io.export.tests.JsonExports.byId;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.dossier.core.store.DossierStore;
import org.dossier.internal.io.json.DossierJsonExporter;
import org.dossier.model.DocumentEntry;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The "dossier-json" version 1 export, as DESIGN.md, FORMAT.md and the schema promise it. */
class DossierJsonExporterTest {

	private static final Path SAMPLE = Path.of("../../samples/sample-dossier");
	private static final Path FORMAT_DOCUMENTATION = Path.of("../org.dossier.io.json/FORMAT.md");

	@TempDir
	Path temp;

	private JsonNode json;

	/** Exported as the command line exports: from a dossier just opened, no document loaded. */
	@BeforeEach
	void exportTheTestDossier() throws IOException {
		TestDossier.createIn(temp.resolve("dossier"));
		try (DossierStore store = DossierStore.openReadOnly(temp.resolve("dossier"))) {
			json = JsonExports.export(store, temp.resolve("export.json"));
		}
	}

	@Test
	void theExportValidatesAgainstThePublishedSchema() throws IOException {
		assertThat(JsonExports.violations(json)).isEmpty();
		assertThat(json.get("format").stringValue()).isEqualTo("dossier-json");
		assertThat(json.get("version").intValue()).isEqualTo(1);
		assertThat(json.get("documents")).extracting(document -> document.get("id").stringValue())
				.containsExactly(TestDossier.FR, TestDossier.DE, TestDossier.RU, TestDossier.EN, TestDossier.BULLETIN, TestDossier.BARE);
	}

	@Test
	void theSchemaRejectsWhatTheFormatDoesNotAllow() throws IOException {
		ObjectNode unknownField = (ObjectNode) json.deepCopy();
		((ObjectNode) unknownField.get("documents").get(0).get("annotations").get(0)).put("colour", "red");
		ObjectNode unknownType = (ObjectNode) json.deepCopy();
		((ObjectNode) unknownType.get("documents").get(0).get("annotations").get(0)).put("type", "dates");
		ObjectNode missingField = (ObjectNode) json.deepCopy();
		((ObjectNode) missingField.get("entities").get(0)).remove("aliases");
		ObjectNode otherVersion = (ObjectNode) json.deepCopy();
		otherVersion.put("version", 2);

		ObjectNode tableWithoutRows = (ObjectNode) json.deepCopy();
		((ObjectNode) byId(byId(tableWithoutRows.get("documents"), TestDossier.BULLETIN).get("annotations"), "d-bulletin-a2"))
				.remove("rowCount");

		for (JsonNode invalid : List.of(unknownField, unknownType, missingField, otherVersion, tableWithoutRows)) {
			assertThat(JsonExports.violations(invalid)).isNotEmpty();
		}
	}

	@Test
	void everyAnnotationTextIsTheDocumentTextBetweenItsOffsets() {
		Set<String> types = new TreeSet<>();
		for (JsonNode document : json.get("documents")) {
			String text = document.get("text").stringValue();
			for (JsonNode annotation : document.get("annotations")) {
				int begin = annotation.get("begin").intValue();
				int end = annotation.get("end").intValue();
				assertThat(annotation.get("text").stringValue()).as(annotation.get("id").stringValue()).isEqualTo(text.substring(begin, end));
				types.add(annotation.get("type").stringValue());
			}
		}
		assertThat(types).containsExactlyInAnyOrder("date", "quantity", "coordinate", "quote", "mention", "citation", "claim", "code", "comment",
				"table", "duplicate", "language");
	}

	@Test
	void offsetsCountUtf16UnitsAsJavaAndJavaScriptDo() {
		JsonNode en = byId(json.get("documents"), TestDossier.EN);
		JsonNode date = byId(en.get("annotations"), "d-en-a2");
		assertThat(date.get("text").stringValue()).isEqualTo("May 10, 2006");
		assertThat(date.get("begin").intValue()).isEqualTo(TestDossier.EN_TEXT.indexOf("May 10, 2006")).isEqualTo(11);
	}

	@Test
	void theFileIsStrictUtf8WithTheTextAsWritten() throws IOException {
		byte[] bytes = Files.readAllBytes(temp.resolve("export.json"));
		String decoded = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
		assertThat(decoded).contains("Москва", "„Wir handeln schnell“", "\uD83C\uDF0D", "https://example.org/bulletin/12");
		assertThat(byId(json.get("documents"), TestDossier.RU).get("text").stringValue()).isEqualTo(TestDossier.RU_TEXT);
	}

	@Test
	void eachDocumentEntityAndClaimIsOneLine() throws IOException {
		List<String> lines = Files.readAllLines(temp.resolve("export.json"));
		assertThat(lines.get(0)).isEqualTo("{");
		assertThat(lines).contains("  \"format\": \"dossier-json\",", "  \"version\": 1,");
		assertThat(lines).filteredOn(line -> line.startsWith("    { \"id\": \"d-")).hasSize(6);
		assertThat(lines).filteredOn(line -> line.startsWith("    { \"id\": \"e-")).hasSize(5);
		assertThat(lines).filteredOn(line -> line.startsWith("    { \"id\": \"c-")).hasSize(2);
	}

	@Test
	void entitiesCountTheirMentionsAndTheDocumentsMentioningThem() {
		JsonNode entities = json.get("entities");
		assertThat(counts(byId(entities, "e-moscow"))).containsExactly(4, 4);
		assertThat(counts(byId(entities, "e-lavrov"))).containsExactly(3, 3);
		assertThat(counts(byId(entities, "e-bundestag"))).containsExactly(2, 1);
		assertThat(counts(byId(entities, "e-almaty"))).containsExactly(1, 1);
		assertThat(counts(byId(entities, "e-paris"))).containsExactly(0, 0);
		JsonNode moscow = byId(entities, "e-moscow");
		assertThat(moscow.get("aliases")).extracting(JsonNode::stringValue).containsExactly("Moscow", "Moscou", "Moskau", "Москва");
		assertThat(moscow.get("kind").stringValue()).isEqualTo("location");
		assertThat(moscow.get("lat").doubleValue()).isEqualTo(55.7558);
		assertThat(byId(entities, "e-almaty").get("externalIds")).extracting(JsonNode::stringValue).containsExactly("wikidata:Q35493");
	}

	@Test
	void documentsCarryTheWarningsOfTheirImport() {
		assertThat(byId(json.get("documents"), TestDossier.BARE).get("warnings")).extracting(JsonNode::stringValue)
				.containsExactly(TestDossier.BARE_WARNING);
		assertThat(byId(json.get("documents"), TestDossier.FR).get("warnings")).isEmpty();
	}

	@Test
	void annotationsCarryTheirTypeSpecificFields() {
		JsonNode fr = byId(json.get("documents"), TestDossier.FR).get("annotations");
		assertThat(byId(fr, "d-fr-a1").get("value").stringValue()).isEqualTo("2019-11-03");
		JsonNode voters = byId(fr, "d-fr-a5");
		assertThat(voters.get("text").stringValue()).isEqualTo("1\u00A0250\u00A0000");
		assertThat(voters.get("value").isIntegralNumber()).isTrue();
		assertThat(voters.get("value").longValue()).isEqualTo(1_250_000L);
		assertThat(voters.get("unit").stringValue()).isEqualTo("voters");
		assertThat(voters.get("kind").stringValue()).isEqualTo("count");
		assertThat(byId(fr, "d-fr-a7").get("value").longValue()).isEqualTo(2_000_000_000L);
		JsonNode quote = byId(fr, "d-fr-a4");
		assertThat(quote.get("speaker").stringValue()).isEqualTo("e-lavrov");
		assertThat(quote.get("speakerName").stringValue()).isEqualTo("Sergei Lavrov");
		assertThat(quote.get("speechVerb").stringValue()).isEqualTo("a déclaré");
		JsonNode mention = byId(fr, "d-fr-a3");
		assertThat(mention.get("entity").stringValue()).isEqualTo("e-moscow");
		assertThat(mention.get("kind").stringValue()).isEqualTo("location");
		assertThat(byId(fr, "d-fr-a8").get("tag").stringValue()).isEqualTo("t-turnout");
		assertThat(byId(fr, "d-fr-a9").get("claim").stringValue()).isEqualTo("c-turnout");

		JsonNode en = byId(json.get("documents"), TestDossier.EN).get("annotations");
		JsonNode magnitude = byId(en, "d-en-a3");
		assertThat(magnitude.get("value").doubleValue()).isEqualTo(5.1);
		assertThat(magnitude.get("kind").stringValue()).isEqualTo("magnitude");
		assertThat(magnitude.get("origin").stringValue()).isEqualTo("org.dossier.nlp.quantities");
		assertThat(magnitude.get("confidence").doubleValue()).isEqualTo(0.75);
		JsonNode coordinate = byId(en, "d-en-a5");
		assertThat(coordinate.get("lat").doubleValue()).isEqualTo(43.25);
		assertThat(coordinate.get("lon").doubleValue()).isEqualTo(76.95);
		assertThat(byId(en, "d-en-a6").get("reference").stringValue()).isEqualTo("r-en-1");
		assertThat(byId(en, "d-en-a9").get("comment").stringValue()).startsWith("=HYPERLINK(");
		assertThat(byId(en, "d-en-a1").get("confidence").intValue()).isEqualTo(1);
	}

	@Test
	void tablesTheirCellsRepeatedPassagesAndOtherLanguagesCarryTheirFields() {
		JsonNode bulletin = byId(json.get("documents"), TestDossier.BULLETIN).get("annotations");
		JsonNode table = byId(bulletin, "d-bulletin-a2");
		assertThat(table.get("type").stringValue()).isEqualTo("table");
		assertThat(table.get("label").stringValue()).isEqualTo("Table 3");
		assertThat(table.get("caption").stringValue()).isEqualTo("Table 3. Energy classes");
		assertThat(table.get("bodyBegin").intValue()).isEqualTo(TestDossier.BULLETIN_TEXT.indexOf("KR 7"));
		assertThat(table.get("rowCount").intValue()).isEqualTo(2);
		assertThat(table.get("columnCount").intValue()).isEqualTo(4);
		assertThat(byId(bulletin, "d-bulletin-a3").get("table").stringValue()).isEqualTo("d-bulletin-a2");
		assertThat(byId(bulletin, "d-bulletin-a1").get("table").isNull()).isTrue();
		JsonNode language = byId(bulletin, "d-bulletin-a4");
		assertThat(language.get("type").stringValue()).isEqualTo("language");
		assertThat(language.get("language").stringValue()).isEqualTo("ru");
		JsonNode duplicate = byId(bulletin, "d-bulletin-a5");
		assertThat(duplicate.get("type").stringValue()).isEqualTo("duplicate");
		String first = TestDossier.BULLETIN_TEXT.substring(duplicate.get("firstBegin").intValue(), duplicate.get("firstEnd").intValue());
		assertThat(first).isEqualTo(duplicate.get("text").stringValue());
		assertThat(duplicate.get("firstEnd").intValue()).isLessThan(duplicate.get("begin").intValue());
	}

	@Test
	void aFileWrittenBeforeTheAdditionsWithinVersionOneStillValidates() throws IOException {
		ObjectNode older = (ObjectNode) json.deepCopy();
		for (JsonNode document : older.get("documents")) {
			for (JsonNode annotation : document.get("annotations")) {
				if (annotation.get("type").stringValue().equals("quantity")) {
					((ObjectNode) annotation).remove("table");
				}
			}
		}

		assertThat(JsonExports.violations(older)).isEmpty();
	}

	@Test
	void documentsCarryMetadataAndReferences() {
		JsonNode fr = byId(json.get("documents"), TestDossier.FR);
		assertThat(fr.get("title").stringValue()).isEqualTo("Communiqué : le scrutin contesté");
		assertThat(fr.get("language").stringValue()).isEqualTo("fr");
		assertThat(fr.get("publishedAt").stringValue()).isEqualTo("2019-11-04");
		assertThat(fr.get("publisher").stringValue()).isEqualTo("s-agence");
		assertThat(fr.get("authors")).extracting(JsonNode::stringValue).containsExactly("Service de presse");
		JsonNode en = byId(json.get("documents"), TestDossier.EN);
		assertThat(en.get("mediaType").stringValue()).isEqualTo("text/html");
		JsonNode paper = byId(en.get("references"), "r-en-2");
		assertThat(paper.get("label").stringValue()).isEqualTo("[2]");
		assertThat(paper.get("doi").stringValue()).isEqualTo("10.1000/xyz123");
		assertThat(paper.get("resolvedDocument").stringValue()).isEqualTo(TestDossier.RU);
		assertThat(paper.get("url").isNull()).isTrue();
		assertThat(byId(en.get("references"), "r-en-1").get("doi").isNull()).isTrue();
	}

	@Test
	void unknownValuesAreNullNotLeftOut() {
		JsonNode bare = byId(json.get("documents"), TestDossier.BARE);
		for (String field : List.of("title", "origin", "language", "mediaType", "publishedAt", "publisher", "checksum")) {
			assertThat(bare.has(field)).as(field).isTrue();
			assertThat(bare.get(field).isNull()).as(field).isTrue();
		}
		assertThat(bare.get("authors")).isEmpty();
		JsonNode anonymousQuote = byId(byId(json.get("documents"), TestDossier.DE).get("annotations"), "d-de-a5");
		assertThat(anonymousQuote.get("speaker").isNull()).isTrue();
		assertThat(anonymousQuote.get("speakerName").isNull()).isTrue();
		assertThat(anonymousQuote.get("speechVerb").isNull()).isTrue();
		assertThat(byId(byId(json.get("documents"), TestDossier.EN).get("annotations"), "d-en-a3").get("unit").isNull()).isTrue();
		assertThat(byId(json.get("entities"), "e-bundestag").get("lat").isNull()).isTrue();
		JsonNode damage = byId(json.get("claims"), "c-damage");
		assertThat(damage.get("claimant").isNull()).isTrue();
		assertThat(damage.get("date").isNull()).isTrue();
		assertThat(damage.get("credibility").isNull()).isTrue();
		assertThat(damage.get("verdict").stringValue()).isEqualTo("unverified");
		assertThat(byId(json.get("sources"), "s-blog").get("reliability").isNull()).isTrue();
	}

	@Test
	void anAnnotationOutsideItsDocumentsTextIsLeftOut() {
		assertThat(byId(json.get("documents"), TestDossier.BARE).get("annotations")).isEmpty();
	}

	@Test
	void claimsCarryGradesEvidenceAndCodes() {
		JsonNode claim = byId(json.get("claims"), "c-turnout");
		assertThat(claim.get("claimant").stringValue()).isEqualTo("e-lavrov");
		assertThat(claim.get("credibility").intValue()).isEqualTo(2);
		assertThat(claim.get("verdict").stringValue()).isEqualTo("mixed");
		assertThat(claim.get("tags")).extracting(JsonNode::stringValue).containsExactly("t-turnout");
		assertThat(claim.get("evidence")).containsExactly(
						JsonExports.read("""
								{"relation": "supports", "annotation": "d-fr-a5", "reference": null, "document": "d-fr", "note": "Figure given by the agency"}"""),
						JsonExports.read("""
								{"relation": "refutes", "annotation": null, "reference": null, "document": "d-de", "note": null}"""),
						JsonExports.read("""
								{"relation": "context", "annotation": null, "reference": "r-en-2", "document": "d-en", "note": "Background"}"""));
	}

	@Test
	void sourcesAndTheCodebookTreeAndNotes() {
		JsonNode agency = byId(json.get("sources"), "s-agence");
		assertThat(agency.get("kind").stringValue()).isEqualTo("outlet");
		assertThat(agency.get("reliability").stringValue()).isEqualTo("B");
		JsonNode elections = byId(json.get("tags"), "t-elections");
		assertThat(elections.get("color").stringValue()).isEqualTo("#336699");
		assertThat(elections.get("children")).extracting(tag -> tag.get("id").stringValue()).containsExactly("t-turnout", "t-fraud");
		assertThat(byId(elections.get("children"), "t-fraud").get("color").isNull()).isTrue();
		assertThat(byId(json.get("tags"), "t-disasters").get("children")).isEmpty();
		assertThat(json.get("notes").get(0).get("created").stringValue()).isEqualTo("2026-03-01T10:15:30Z");
	}

	@Test
	void theExportIsTheSameWhetherDocumentsAreLoadedOrNot() throws IOException {
		try (DossierStore store = TestDossier.createOpen(temp.resolve("open"))) {
			assertThat(store.getDossier().getDocuments()).allMatch(store::isLoaded);
			JsonNode fromLoaded = JsonExports.export(store, temp.resolve("loaded.json"));
			assertThat(fromLoaded).isEqualTo(json);
			assertThat(store.getDossier().getDocuments()).as("documents loaded before stay loaded").allMatch(store::isLoaded);
		}
	}

	@Test
	void anEarlierExportIsReplacedAndNoPartialFileIsLeft() throws IOException {
		Path file = temp.resolve("replaced.json");
		Files.writeString(file, "an earlier export");
		try (DossierStore store = DossierStore.openReadOnly(temp.resolve("dossier"))) {
			JsonExports.export(store, file);
		}
		assertThat(Files.readString(file)).startsWith("{");
		try (var files = Files.list(temp)) {
			assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
		}
	}

	@Test
	void anUnreadableDocumentStopsTheExportNamingItsFileAndLeavesNoFile() throws IOException {
		Files.delete(temp.resolve("dossier/documents/d-de.xmi"));
		Path file = temp.resolve("broken.json");
		try (DossierStore store = DossierStore.openReadOnly(temp.resolve("dossier"))) {
			assertThatThrownBy(() -> JsonExports.export(store, file)).isInstanceOf(IOException.class).hasMessageContaining("d-de.xmi");
		}
		try (var files = Files.list(temp)) {
			assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith(".broken.json") || name.equals("broken.json"));
		}
	}

	@Test
	void aCancelledExportLeavesTheEarlierFile() throws IOException {
		Path file = temp.resolve("cancelled.json");
		Files.writeString(file, "an earlier export");
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		try (DossierStore store = DossierStore.openReadOnly(temp.resolve("dossier"))) {
			assertThatThrownBy(() -> new DossierJsonExporter().export(store, file, cancelled)).isInstanceOf(OperationCanceledException.class);
			assertThat(store.getDossier().getDocuments()).noneMatch(store::isLoaded);
		}
		assertThat(file).hasContent("an earlier export");
	}

	@Test
	void theSampleDossierExportsAndValidates() throws IOException {
		try (DossierStore store = DossierStore.openReadOnly(SAMPLE)) {
			JsonNode sample = JsonExports.export(store, temp.resolve("sample.json"));
			assertThat(JsonExports.violations(sample)).isEmpty();
			List<String> ids = new ArrayList<>();
			int annotations = 0;
			for (JsonNode document : sample.get("documents")) {
				ids.add(document.get("id").stringValue());
				String text = document.get("text").stringValue();
				for (JsonNode annotation : document.get("annotations")) {
					assertThat(annotation.get("text").stringValue())
							.isEqualTo(text.substring(annotation.get("begin").intValue(), annotation.get("end").intValue()));
					annotations++;
				}
			}
			assertThat(ids).containsExactlyElementsOf(store.getDossier().getDocuments().stream().map(DocumentEntry::getId).toList());
			assertThat(annotations).isEqualTo(store.getDossier().getDocuments().stream().mapToInt(DocumentEntry::getAnnotationCount).sum());
			assertThat(byId(sample.get("entities"), "e-moscow").get("mentions").intValue()).isEqualTo(3);
			assertThat(store.getDossier().getDocuments()).noneMatch(store::isLoaded);
		}
	}

	@Test
	void theExampleInTheFormatDocumentationIsValid() throws IOException {
		String format = Files.readString(FORMAT_DOCUMENTATION);
		int start = format.indexOf("```json\n") + "```json\n".length();
		JsonNode example = JsonExports.read(format.substring(start, format.indexOf("```", start)));
		assertThat(JsonExports.violations(example)).isEmpty();
		for (JsonNode document : example.get("documents")) {
			String text = document.get("text").stringValue();
			for (JsonNode annotation : document.get("annotations")) {
				assertThat(annotation.get("text").stringValue())
						.isEqualTo(text.substring(annotation.get("begin").intValue(), annotation.get("end").intValue()));
			}
		}
	}

	private static List<Integer> counts(JsonNode entity) {
		return List.of(entity.get("mentions").intValue(), entity.get("documents").intValue());
	}
}
