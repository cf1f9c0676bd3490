package org.dossier.nlp.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.dossier.nlp.Quantity;
import org.dossier.nlp.QuantityKind;
import org.dossier.nlp.Table;
import org.dossier.nlp.TableCell;
import org.dossier.nlp.TableRecognizer;
import org.dossier.nlp.TableRow;
import org.dossier.nlp.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tables in text as importers deliver it: captions, header lines, rows of numbers, and prose that is none. */
class TableRecognizerTest {

	private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	/** A bulletin table as a PDF text extractor delivers it: the caption and header broken over lines. */
	private static final String RUSSIAN_BULLETIN = """
			По данным трех станций сеть зарегистрировала 214 событий.

			Таблица 3. Параметры воздействий землетрясения 14.11.2015 г.

			в 03h12m с КР=12.8, MSрег=5.1

			Станция
			Δ,

			км

			A см/с2 A см/с2 V см/с T(A),

			с E-W N-S Z

			ALM1 115 3–4 3.1 2.4 0.12 0.8
			TLG2 231 – 1.1 0.7 0.06 0.9

			KRT3 540 – 0.2 0.1 0.01 0.6

			На рис. 6 приведены спектры реакции, а в 2015 г. сеть пополнилась 12 станциями.
			""";

	@Test
	void findsACaptionedTableWhoseCaptionAndHeaderAreBrokenOverLines() {
		String text = new TextNormalizer().normalize(RUSSIAN_BULLETIN).text();

		List<Table> tables = new TableRecognizer(RUSSIAN).recognize(text);

		assertThat(tables).hasSize(1);
		Table table = tables.get(0);
		assertThat(table.label()).contains("Таблица 3");
		assertThat(table.caption()).hasValueSatisfying(caption -> assertThat(caption)
				.startsWith("Таблица 3. Параметры").contains("14.11.2015 г.").endsWith("MSрег=5.1"));
		assertThat(text.substring(table.bodyBegin())).startsWith("Станция");
		assertThat(table.text()).startsWith("Таблица 3.").endsWith("KRT3 540 – 0.2 0.1 0.01 0.6");
		assertThat(table.rows()).extracting(TableRow::text).extracting(row -> row.substring(0, 4))
				.containsExactly("ALM1", "TLG2", "KRT3");
		assertThat(table.columnCount()).isEqualTo(7);
		assertThat(text.substring(table.end())).contains("приведены спектры");
	}

	@Test
	void readsRangesAndLeavesPlaceholdersAndLabelsWithoutNumber() {
		String text = new TextNormalizer().normalize(RUSSIAN_BULLETIN).text();

		Table table = new TableRecognizer(RUSSIAN).recognize(text).get(0);

		List<TableCell> first = table.rows().get(0).cells();
		assertThat(first.get(0).value()).isEmpty();
		Quantity range = first.get(2).value().orElseThrow();
		assertThat(range.text()).isEqualTo("3–4");
		assertThat(range.value()).isEqualTo(3);
		assertThat(range.upperValue()).hasValue(4);
		assertThat(table.rows().get(1).cells().get(2).text()).isEqualTo("–");
		assertThat(table.rows().get(1).cells().get(2).value()).isEmpty();
		assertThat(table.rows().get(2).cells()).filteredOn(TableCell::isNumber).extracting(cell -> cell.value().get().value())
				.containsExactly(540.0, 0.2, 0.1, 0.01, 0.6);
	}

	@Test
	void cellsAreTheTextBetweenTheirOffsets() {
		String text = new TextNormalizer().normalize(RUSSIAN_BULLETIN).text();

		for (Table table : new TableRecognizer(RUSSIAN).recognize(text)) {
			assertThat(text.substring(table.begin(), table.end())).isEqualTo(table.text());
			for (TableRow row : table.rows()) {
				assertThat(text.substring(row.begin(), row.end())).isEqualTo(row.text());
				for (TableCell cell : row.cells()) {
					assertThat(text.substring(cell.begin(), cell.end())).isEqualTo(cell.text());
					cell.value().ifPresent(value -> assertThat(text.substring(value.begin(), value.end())).isEqualTo(value.text()));
				}
			}
		}
	}

	@Test
	void anEnglishCaptionIsFollowedByItsHeaderAndRows() {
		String text = """
				The closest station recorded 41.3 cm/s2.
				Table 2. Peak ground acceleration at the stations of the network, 3 March 2019
				Station Distance, km PGA E-W, cm/s2 PGA Z, cm/s2
				EKB1 14 41.3 19.6
				PVL2 131 4.7 2.2
				The event was felt in Pavlodar, 131 km away.
				""";

		Table table = new TableRecognizer(Locale.ENGLISH).recognize(text).get(0);

		assertThat(table.label()).contains("Table 2");
		assertThat(table.caption()).contains("Table 2. Peak ground acceleration at the stations of the network, 3 March 2019");
		assertThat(text.substring(table.bodyBegin(), table.end())).startsWith("Station Distance").endsWith("PVL2 131 4.7 2.2");
		assertThat(table.rows()).hasSize(2);
		assertThat(table.columnCount()).isEqualTo(4);
		assertThat(table.rows().get(0).cells()).filteredOn(TableCell::isNumber).extracting(cell -> cell.value().get().value())
				.containsExactly(14.0, 41.3, 19.6);
	}

	@Test
	void aGermanTableIsReadWithTheTextsDecimalComma() {
		String text = """
				Die Speicher waren am 1. März zu 59,5 Prozent gefüllt.

				Tabelle 1: Füllstand der Speicher in Prozent
				Woche 1 2 3 4
				Füllstand 71,5 66,25 63,0 59,5
				Entnahme 5,2 4,8 – 1,9
				""";

		Table table = new TableRecognizer(Locale.GERMAN).recognize(text).get(0);

		assertThat(table.label()).contains("Tabelle 1");
		assertThat(table.rows()).extracting(row -> row.cells().get(0).text()).containsExactly("Woche", "Füllstand", "Entnahme");
		assertThat(table.rows().get(1).cells()).filteredOn(TableCell::isNumber).extracting(cell -> cell.value().get().value())
				.containsExactly(71.5, 66.25, 63.0, 59.5);
	}

	@Test
	void tabSeparatedRowsWithoutCaptionAreATableWithTheirHeader() {
		String text = "Les terminaux ont reçu davantage de cargaisons.\n"
				+ "Terminal\tCapacité, Gm3\tTaux d'utilisation\n"
				+ "nord\t13,5\t72 %\n"
				+ "ouest\t10\t64 %\n"
				+ "sud-est\t8,25\t81 %\n"
				+ "Le taux moyen était de 70 %.\n";

		List<Table> tables = new TableRecognizer(Locale.FRENCH).recognize(text);

		assertThat(tables).hasSize(1);
		Table table = tables.get(0);
		assertThat(table.label()).isEmpty();
		assertThat(table.caption()).isEmpty();
		assertThat(table.bodyBegin()).isEqualTo(table.begin());
		assertThat(table.text()).startsWith("Terminal\tCapacité").endsWith("81 %");
		assertThat(table.columnCount()).isEqualTo(3);
		assertThat(table.rows().get(2).cells()).extracting(TableCell::text, cell -> cell.value().map(Quantity::kind),
				cell -> cell.value().map(Quantity::value))
				.containsExactly(tuple("sud-est", Optional.empty(), Optional.empty()),
						tuple("8,25", Optional.of(QuantityKind.OTHER), Optional.of(8.25)),
						tuple("81 %", Optional.of(QuantityKind.PERCENT), Optional.of(81.0)));
	}

	@Test
	void singleSpacedRowsOfOneWidthWithoutCaptionAreATable() {
		String text = "Counts per class:\n\nKR 7 8 9 10\nN 61 42 25 11\nE 0.3 0.9 2.6 7.7\n";

		List<Table> tables = new TableRecognizer(Locale.ENGLISH).recognize(text);

		assertThat(tables).singleElement().satisfies(table -> {
			assertThat(table.rows()).hasSize(3);
			assertThat(table.text()).startsWith("KR 7").endsWith("7.7");
		});
	}

	@Test
	void readsAPowerOfTenThatPdfExtractionLeftWithoutItsRaise() {
		String text = "Таблица 2. Число землетрясений и энергия\nКР 7 8 9 10 11 ΣЕ, Дж\nN 332 103 29 15 8 4.22⋅1013\n";

		Table table = new TableRecognizer(RUSSIAN).recognize(text).get(0);

		TableCell energy = table.rows().get(1).cells().get(6);
		assertThat(energy.text()).isEqualTo("4.22⋅1013");
		assertThat(energy.value().orElseThrow().value()).isCloseTo(4.22e13, offset(1e6));
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// prose with many figures
			"Le 3 octobre 2023, le ministre a annoncé 2 milliards d'euros, soit 7,5 % de plus, pour 1 250 000 foyers.\n",
			// a caption that names a table, then prose
			"Table 1 lists the stations.\nThe network had 23 stations in 2019 and 25 in 2020, 14 km apart on average.\n",
			// a caption followed by a paragraph, not by rows
			"Tabelle 3. Ergebnisse\nDie Ergebnisse der Messungen vom 12. März 2024 zeigen, dass die Werte zwischen 3 und 5 lagen, was bereits 2019 beobachtet worden war.\n12 14 16\n",
			// two rows without caption
			"Station 12 14\nStation 13 15\n",
			// single-spaced lines of different widths without caption
			"Site 12 14\nSite 13 15 17\nSite 1 2\n",
			// a bibliography
			"1. Orlov P.K. Catalogue // Bulletin. – 2016. – Vol. 12, No. 3. – P. 45–61.\n2. Zimin I. Seismicity. – 2019. – 212 p.\n3. Bekov T. Notes. – 2020. – 14 p.\n" })
	void proseAndListsAreNoTables(String text) {
		assertThat(new TableRecognizer(Locale.ROOT).recognize(text)).isEmpty();
	}

	@Test
	void twoTablesOfADocumentAreTwo() {
		String text = "Tableau 1. Stocks\nsite 12 14\nsite 13 15\n\nLes stocks baissent.\n\nTableau 2. Prix\nmois 10,5 11,5\nprix 9,5 8,5\n";

		assertThat(new TableRecognizer(Locale.FRENCH).recognize(text)).extracting(table -> table.label().orElseThrow(),
				table -> table.rows().size()).containsExactly(tuple("Tableau 1", 2), tuple("Tableau 2", 2));
	}
}
