package org.dossier.doc.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The pages as the installed doc bundle ships them: well-formed (they are HTML5 written as XML), every
 * one reachable from a table of contents, every link and image resolving to something shipped, and the
 * code the extender guide shows being the example plugin's code.
 */
class DocumentationPagesTest {

	private static final List<String> PAGE_FOLDERS = List.of("guide", "extending", "reference");
	private static final List<String> TOCS = List.of("toc-guide.xml", "toc-extending.xml");

	private static Bundle doc;
	private static Map<String, Document> pages;

	@BeforeAll
	static void readPages() throws Exception {
		doc = Platform.getBundle("org.dossier.doc");
		assertThat(doc).as("the doc bundle is installed").isNotNull();
		pages = new LinkedHashMap<>();
		for (String folder : PAGE_FOLDERS) {
			Enumeration<URL> entries = doc.findEntries(folder, "*.html", true);
			for (URL entry : entries == null ? List.<URL>of() : Collections.list(entries)) {
				String path = entry.getPath().substring(1);
				pages.put(path, parse(entry, path));
			}
		}
		assertThat(pages.keySet()).as("pages shipped").contains("guide/index.html", "extending/index.html",
				"reference/org.dossier.core.importers.html");
	}

	@Test
	void everyPageIsInATableOfContents() throws Exception {
		Set<String> listed = new TreeSet<>();
		for (String toc : TOCS) {
			Document contents = parse(doc.getEntry(toc), toc);
			for (String attribute : List.of("href", "topic")) {
				NodeList elements = contents.getElementsByTagName("*");
				for (int i = 0; i < elements.getLength(); i++) {
					String href = ((Element) elements.item(i)).getAttribute(attribute);
					if (!href.isEmpty()) {
						assertThat(doc.getEntry(href)).as("%s of %s: %s is shipped", attribute, toc, href).isNotNull();
						listed.add(href);
					}
				}
			}
		}
		assertThat(listed).as("pages listed in %s", TOCS).containsAll(pages.keySet());
	}

	@Test
	void everyLinkAndImageResolvesToSomethingShipped() {
		List<String> broken = new ArrayList<>();
		pages.forEach((path, page) -> {
			for (String attribute : List.of("href", "src")) {
				NodeList elements = page.getElementsByTagName("*");
				for (int i = 0; i < elements.getLength(); i++) {
					String link = ((Element) elements.item(i)).getAttribute(attribute);
					if (!link.isEmpty() && !isExternal(link)) {
						String problem = resolve(path, link);
						if (problem != null) {
							broken.add(path + ": " + link + " (" + problem + ")");
						}
					}
				}
			}
		});
		assertThat(broken).as("broken links").isEmpty();
	}

	@Test
	void theCodeTheExtenderGuideShowsIsTheExamplePluginsCode() throws IOException {
		Path examples = Sources.examplesBundle();
		List<String> outdated = new ArrayList<>();
		int excerpts = 0;
		for (Map.Entry<String, Document> page : pages.entrySet()) {
			NodeList blocks = page.getValue().getElementsByTagName("pre");
			for (int i = 0; i < blocks.getLength(); i++) {
				Element block = (Element) blocks.item(i);
				String file = block.getAttribute("data-source");
				if (file.isEmpty()) {
					continue;
				}
				excerpts++;
				Path source = examples.resolve(file);
				assertThat(source).as("%s shows %s of the example plugin", page.getKey(), file).isRegularFile();
				String code = Files.readString(source).replace("\r\n", "\n");
				String excerpt = block.getTextContent();
				if (!code.contains(excerpt)) {
					List<String> lines = code.lines().toList();
					String missing = excerpt.lines().filter(line -> !lines.contains(line)).findFirst().orElse("(its lines, in another order)");
					outdated.add(page.getKey() + " shows code of " + file + " that is not in it: " + missing.strip());
				}
			}
		}
		assertThat(excerpts).as("excerpts of the example plugin's code in the extender guide").isGreaterThanOrEqualTo(6);
		assertThat(outdated).as("the example plugin changed: update the pages").isEmpty();
	}

	private static boolean isExternal(String link) {
		return link.startsWith("http:") || link.startsWith("https:") || link.startsWith("mailto:");
	}

	/** @return what is wrong with a link of a page, or null when it leads to something shipped */
	private static String resolve(String page, String link) {
		int hash = link.indexOf('#');
		String target = hash < 0 ? link : link.substring(0, hash);
		String fragment = hash < 0 ? null : link.substring(hash + 1);
		String path = target.isEmpty() ? page : URI.create(page).resolve(target).normalize().getPath();
		if (path.startsWith("../") || doc.getEntry(path) == null) {
			return "no " + path + " in the doc bundle";
		}
		if (fragment != null) {
			Document targetPage = pages.get(path);
			if (targetPage == null || !hasId(targetPage, fragment)) {
				return "no id \"" + fragment + "\" in " + path;
			}
		}
		return null;
	}

	private static boolean hasId(Document page, String id) {
		NodeList elements = page.getElementsByTagName("*");
		for (int i = 0; i < elements.getLength(); i++) {
			if (id.equals(((Element) elements.item(i)).getAttribute("id"))) {
				return true;
			}
		}
		return false;
	}

	private static Document parse(URL entry, String path) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		// The pages declare <!DOCTYPE html SYSTEM "about:legacy-compat">: nothing to load.
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		DocumentBuilder builder = factory.newDocumentBuilder();
		try (InputStream in = entry.openStream()) {
			return builder.parse(in, path);
		} catch (org.xml.sax.SAXParseException e) {
			throw new AssertionError(path + " is not well-formed, line " + e.getLineNumber() + ": " + e.getMessage(), e);
		}
	}
}
