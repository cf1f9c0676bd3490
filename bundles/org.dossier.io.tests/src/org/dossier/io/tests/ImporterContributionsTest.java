package org.dossier.io.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.dossier.core.importing.ImportSource;
import org.dossier.core.importing.Importer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The importers as the four bundles contribute them to {@code org.dossier.core.importers}: which
 * extensions go where, and that each class can be created as the registry creates it and produces
 * documents of the media type it declares. Read from the bundles' plugin.xml beside this one (tests run
 * in the bundle folder of the reactor).
 */
class ImporterContributionsTest {

	private record Contribution(String id, String name, String className, List<String> extensions, String mediaType) {
	}

	private static final List<String> BUNDLES = List.of("org.dossier.io.text", "org.dossier.io.html", "org.dossier.io.pdf", "org.dossier.io.docx");

	@Test
	void eachExtensionHasOneImporter() throws Exception {
		Map<String, String> importerByExtension = new TreeMap<>();
		for (Contribution contribution : contributions()) {
			for (String extension : contribution.extensions()) {
				assertThat(importerByExtension.put(extension, contribution.id())).as("." + extension + " is read by one importer").isNull();
			}
		}

		assertThat(importerByExtension).containsExactlyInAnyOrderEntriesOf(Map.of("txt", "org.dossier.io.text.plain", "text",
				"org.dossier.io.text.plain", "md", "org.dossier.io.text.markdown", "markdown", "org.dossier.io.text.markdown", "html",
				"org.dossier.io.html", "htm", "org.dossier.io.html", "xhtml", "org.dossier.io.html", "pdf", "org.dossier.io.pdf", "docx",
				"org.dossier.io.docx"));
	}

	@Test
	void extensionsAreLowerCaseWithoutDots() throws Exception {
		for (Contribution contribution : contributions()) {
			assertThat(contribution.extensions()).allMatch(extension -> extension.matches("[a-z0-9]+"), "lower case, no dot");
			assertThat(contribution.name()).isNotBlank();
		}
	}

	@Test
	void eachImporterIsCreatedAsTheRegistryCreatesItAndProducesItsMediaType() throws Exception {
		Map<String, ImportSource> samples = Map.of("org.dossier.io.text.plain", Sources.data("text/en-brief.txt"),
				"org.dossier.io.text.markdown", Sources.data("markdown/en-field-notes.md"), "org.dossier.io.html",
				Sources.data("html/en-report.html"), "org.dossier.io.pdf",
				ImportSource.of("sample.pdf", PdfFixtures.pdf().page("Sample.").bytes()), "org.dossier.io.docx",
				ImportSource.of("sample.docx", DocxFixtures.docx().body(DocxFixtures.p(DocxFixtures.r("Sample."))).bytes()));
		List<Contribution> contributions = contributions();
		assertThat(contributions).extracting(Contribution::id).containsExactlyInAnyOrderElementsOf(samples.keySet());

		for (Contribution contribution : contributions) {
			Importer importer = create(contribution.className());
			assertThat(importer.read(samples.get(contribution.id())).getMediaType()).as(contribution.id()).isEqualTo(contribution.mediaType());
		}
	}

	private static Importer create(String className) throws ReflectiveOperationException {
		Class<?> type = Class.forName(className);
		assertThat(Importer.class).as(className).isAssignableFrom(type);
		return (Importer) type.getConstructor().newInstance();
	}

	private static List<Contribution> contributions() throws ParserConfigurationException, SAXException, IOException {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		List<Contribution> contributions = new ArrayList<>();
		for (String bundle : BUNDLES) {
			org.w3c.dom.Document plugin = factory.newDocumentBuilder().parse(Path.of("..", bundle, "plugin.xml").toFile());
			NodeList extensions = plugin.getElementsByTagName("extension");
			for (int i = 0; i < extensions.getLength(); i++) {
				Element extension = (Element) extensions.item(i);
				assertThat(extension.getAttribute("point")).isEqualTo("org.dossier.core.importers");
				NodeList importers = extension.getElementsByTagName("importer");
				for (int j = 0; j < importers.getLength(); j++) {
					Element importer = (Element) importers.item(j);
					contributions.add(new Contribution(importer.getAttribute("id"), importer.getAttribute("name"), importer.getAttribute("class"),
							List.of(importer.getAttribute("extensions").split(",")), importer.getAttribute("mediaType")));
				}
			}
		}
		return contributions;
	}
}
