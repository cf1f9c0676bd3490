package org.dossier.io.export.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.core.exporting.ExportFormats;
import org.dossier.core.exporting.ExportFormats.Format;
import org.junit.jupiter.api.Test;

/** The formats are contributed under the ids users type after --format, which are permanent. */
class ExporterContributionsTest {

	@Test
	void jsonAndCsvAreInstalledWithTheirOutputKind() {
		assertThat(ExportFormats.all()).contains(new Format("json", "dossier-json (version 1)", false, "json"),
				new Format("csv", "CSV tables (version 1)", true, null));
	}
}
