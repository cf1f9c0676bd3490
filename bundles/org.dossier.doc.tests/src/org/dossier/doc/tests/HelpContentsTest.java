package org.dossier.doc.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleException;

/**
 * What Help > Help Contents shows, as the Eclipse help system reads it from the doc bundle: the tables
 * of contents through org.eclipse.help, the pages through org.eclipse.help.base, which serves them to
 * the help window (and which needs the Lucene bundles wrapped in the target to start).
 */
class HelpContentsTest {

	private static final String USER_GUIDE = "Dossier User Guide";
	private static final String EXTENDER_GUIDE = "Dossier Extender Guide";

	/** In the product the help window starts it; its start makes it the help system's page provider. */
	@BeforeAll
	static void startTheHelpServer() throws BundleException {
		Platform.getBundle("org.eclipse.help.base").start();
	}

	@Test
	void helpContentsHoldsTheUserGuideAndTheExtenderGuide() {
		assertThat(Arrays.stream(HelpSystem.getTocs()).map(IToc::getLabel)).contains(USER_GUIDE, EXTENDER_GUIDE);
	}

	@Test
	void theUserGuideCoversWhatTheUserMeets() {
		assertThat(labels(book(USER_GUIDE))).contains("Getting started with the sample dossier", "Importing documents",
				"The command line", "Exporting: dossier-json and CSV", "The Dossier Explorer", "What Dossier finds in a document",
				"Claims, evidence and grading", "Preferences", "Keyboard shortcuts");
	}

	@Test
	void theExtenderGuideHasAPagePerExtensionPointAndItsReference() {
		assertThat(labels(book(EXTENDER_GUIDE))).contains("Writing an importer", "Writing an extractor", "Writing an exporter",
				"The example plugin", "org.dossier.core.importers", "org.dossier.core.extractors", "org.dossier.core.exporters");
	}

	@Test
	void everyTopicOfBothGuidesIsServedAsAPageWithItsTitle() throws IOException {
		for (String label : List.of(USER_GUIDE, EXTENDER_GUIDE)) {
			for (ITopic topic : topics(book(label))) {
				if (topic.getHref() == null) {
					continue; // a heading that only groups topics
				}
				try (InputStream page = HelpSystem.getHelpContent(topic.getHref())) {
					assertThat(page).as("the page of topic \"%s\" (%s)", topic.getLabel(), topic.getHref()).isNotNull();
					assertThat(new String(page.readAllBytes(), StandardCharsets.UTF_8)).as(topic.getHref()).contains("<title>");
				}
			}
		}
	}

	private static IToc book(String label) {
		return Arrays.stream(HelpSystem.getTocs()).filter(toc -> label.equals(toc.getLabel())).findFirst()
				.orElseThrow(() -> new AssertionError("no book \"" + label + "\" in Help Contents"));
	}

	private static List<String> labels(IToc toc) {
		return topics(toc).stream().map(ITopic::getLabel).toList();
	}

	/** Every topic of a book, depth first. */
	private static List<ITopic> topics(IToc toc) {
		List<ITopic> all = new ArrayList<>();
		for (ITopic topic : toc.getTopics()) {
			collect(topic, all);
		}
		return all;
	}

	private static void collect(ITopic topic, List<ITopic> all) {
		all.add(topic);
		for (ITopic subtopic : topic.getSubtopics()) {
			collect(subtopic, all);
		}
	}
}
