package org.dossier.extraction.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.dossier.model.DateMention;
import org.dossier.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plain text saved from a PDF, with a blank line after every line: its sentences are rejoined, so that a
 * date broken over two lines is found whole. Text written as text keeps its paragraphs. (Invented text.)
 */
class LaidOutTextExtractionTest {

	private static final String SAVED_FROM_A_PDF = """
			Seismic bulletin of the northern valleys

			The strongest earthquake of the year occurred on November 14,

			2014 near the southern shore of the lake, and it was felt

			in the capital, where windows broke in several

			districts and the old market

			hall lost its roof.

			The network recorded 312 events in all.
			""";

	@TempDir
	Path temp;

	@Test
	void sentencesBrokenByBlankLinesAreRejoined() throws Exception {
		try (ImportedText imported = ImportedText.of(temp, "bulletin.txt", SAVED_FROM_A_PDF)) {
			Document document = imported.document();
			assertThat(document.getText()).contains("occurred on November 14, 2014 near the southern shore")
					.contains("in the capital, where windows broke in several districts and the old market hall lost its roof.")
					.contains("roof.\n\nThe network recorded 312 events in all.");
			assertThat(document.getAnnotations()).filteredOn(DateMention.class::isInstance).map(DateMention.class::cast)
					.extracting(DateMention::getValue).contains("2014-11-14");
		}
	}
}
