package org.dossier.doc.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * The extension point reference of the extender guide is generated from the schemas: every extension
 * point a Dossier bundle declares has its page under {@code reference/}, and each page is exactly what
 * its schema generates. Run with {@code -Ddossier.doc.regenerate=true} to write the pages.
 */
class ExtensionPointReferenceTest {

	private static final String HOW_TO_REGENERATE = "run the doc tests with -Ddossier.doc.regenerate=true (see bundles/org.dossier.doc/README.md)";

	@Test
	void everyDossierExtensionPointHasThePageItsSchemaGenerates() throws Exception {
		Path docBundle = Sources.docBundle();
		List<IExtensionPoint> points = Arrays.stream(Platform.getExtensionRegistry().getExtensionPoints())
				.filter(point -> point.getContributor().getName().startsWith("org.dossier."))
				.sorted(Comparator.comparing(IExtensionPoint::getUniqueIdentifier)).toList();
		assertThat(points).extracting(IExtensionPoint::getUniqueIdentifier).contains("org.dossier.core.importers",
				"org.dossier.core.extractors", "org.dossier.core.exporters");

		List<String> pages = new ArrayList<>();
		List<String> stale = new ArrayList<>();
		for (IExtensionPoint point : points) {
			String page = point.getUniqueIdentifier() + ".html";
			pages.add(page);
			Bundle bundle = Platform.getBundle(point.getContributor().getName());
			String schemaPath = point.getSchemaReference();
			URL schema = schemaPath == null || schemaPath.isBlank() ? null : bundle.getEntry(schemaPath);
			assertThat(schema).as("the schema of %s (%s), shipped in %s", point.getUniqueIdentifier(), schemaPath, bundle.getSymbolicName())
					.isNotNull();
			String generated = ExtensionPointPages.generate(docBundle, schema, bundle.getSymbolicName() + "/" + schemaPath);
			Path committed = docBundle.resolve("reference").resolve(page);
			if (Sources.regenerate()) {
				Files.writeString(committed, generated, StandardCharsets.UTF_8);
			} else if (!Files.isRegularFile(committed) || !Files.readString(committed).replace("\r\n", "\n").equals(generated)) {
				stale.add("reference/" + page + " (from " + bundle.getSymbolicName() + "/" + schemaPath + ")");
			}
		}
		assertThat(stale).as("pages that are not what their schemas generate; " + HOW_TO_REGENERATE).isEmpty();

		try (Stream<Path> files = Files.list(docBundle.resolve("reference"))) {
			assertThat(files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".html")))
					.as("reference pages of extension points that no longer exist: delete them").allMatch(pages::contains);
		}
	}
}
