package org.dossier.extraction.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.dossier.model.Document;
import org.dossier.model.Quantity;
import org.dossier.model.TableRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document with a table, through the installed importers and extractors, saved and read back. */
class TableExtractionTest {

	private static final String BULLETIN = """
			Seismic bulletin, spring 2021

			The network recorded 312 earthquakes; the strongest, with KR=11.4, was felt 40 km away.

			Table 3. Energy classes of the earthquakes of 2021, from KR=7.0
			KR 7 8 9 10 11
			N 198 71 28 12 3

			Both of the strongest events were felt in the capital.
			""";

	@TempDir
	Path temp;

	@Test
	void theNumbersOfATableAreCellsOfItAndTheProseKeepsItsFigures() throws Exception {
		try (ImportedText imported = ImportedText.of(temp, "bulletin.txt", BULLETIN)) {
			Document document = imported.document();
			List<TableRegion> tables = document.getAnnotations().stream().filter(TableRegion.class::isInstance)
					.map(TableRegion.class::cast).toList();
			assertThat(tables).singleElement().satisfies(table -> {
				assertThat(table.getLabel()).isEqualTo("Table 3");
				assertThat(table.getCaption()).isEqualTo("Table 3. Energy classes of the earthquakes of 2021, from KR=7.0");
				assertThat(table.getRowCount()).isEqualTo(2);
				assertThat(table.getColumnCount()).isEqualTo(6);
				assertThat(table.getCoveredText()).endsWith("N 198 71 28 12 3");
				assertThat(table.getOrigin()).isEqualTo("org.dossier.nlp.tables");
			});
			TableRegion table = tables.get(0);
			List<Quantity> quantities = document.getAnnotations().stream().filter(Quantity.class::isInstance)
					.map(Quantity.class::cast).toList();
			assertThat(quantities).filteredOn(quantity -> quantity.getTable() == table).extracting(Quantity::getValue)
					.containsExactly(7.0, 8.0, 9.0, 10.0, 11.0, 198.0, 71.0, 28.0, 12.0, 3.0);
			assertThat(quantities).filteredOn(quantity -> quantity.getTable() == table)
					.allSatisfy(cell -> assertThat(cell.getOrigin()).isEqualTo("org.dossier.nlp.tables"))
					.allSatisfy(cell -> assertThat(cell.getBegin()).isGreaterThanOrEqualTo(table.getBodyBegin()));
			assertThat(quantities).filteredOn(quantity -> quantity.getTable() == null).extracting(Quantity::getCoveredText)
					.containsExactly("312", "KR=11.4", "40 km", "KR=7.0");
		}
	}
}
