package org.dossier.io.export.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dossier.core.store.DossierStore;
import org.dossier.internal.io.json.DossierJsonExporter;
import org.eclipse.core.runtime.NullProgressMonitor;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Exports to dossier-json, reads the result back and checks it against the published schema. */
final class JsonExports {

	/** The schema as the project publishes it; tests run in their bundle's folder. */
	static final Path SCHEMA = Path.of("../org.dossier.io.json/schema/dossier-json-1.schema.json");

	private static final ObjectMapper JSON = JsonMapper.builder().build();
	private static Schema schema;

	private JsonExports() {
	}

	static JsonNode export(DossierStore store, Path file) throws IOException {
		new DossierJsonExporter().export(store, file, new NullProgressMonitor());
		return JSON.readTree(file);
	}

	static JsonNode read(String json) {
		return JSON.readTree(json);
	}

	static synchronized Schema schema() throws IOException {
		if (schema == null) {
			try (InputStream in = Files.newInputStream(SCHEMA)) {
				schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
			}
		}
		return schema;
	}

	/** The schema's complaints about a document, one line each; none when it is valid. */
	static List<String> violations(JsonNode json) throws IOException {
		return schema().validate(json).stream().map(Object::toString).toList();
	}

	static JsonNode byId(JsonNode array, String id) {
		for (JsonNode element : array) {
			if (id.equals(element.path("id").stringValue(null))) {
				return element;
			}
		}
		throw new AssertionError("no element with id " + id + " in " + array);
	}
}
