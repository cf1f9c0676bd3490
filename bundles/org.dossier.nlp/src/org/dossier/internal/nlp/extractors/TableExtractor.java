package org.dossier.internal.nlp.extractors;

import org.dossier.core.extracting.ExtractionContext;
import org.dossier.core.extracting.Extractor;
import org.dossier.model.DossierFactory;
import org.dossier.model.Quantity;
import org.dossier.model.QuantityKind;
import org.dossier.model.TableRegion;
import org.dossier.nlp.Table;
import org.dossier.nlp.TableCell;
import org.dossier.nlp.TableRecognizer;
import org.dossier.nlp.TableRow;

/**
 * Tables, each with the numbers of its cells: a cell's number becomes a quantity that points to its table,
 * so that it can be found and compared with the prose, which quotes tables, but is not taken for a figure of
 * the prose. The quantity extractor leaves table bodies to this one.
 */
public final class TableExtractor implements Extractor {

	@Override
	public void extract(ExtractionContext context) {
		TableRecognizer recognizer = new TableRecognizer(Languages.locale(context.language()));
		for (Table table : recognizer.recognize(context.text())) {
			TableRegion region = DossierFactory.eINSTANCE.createTableRegion();
			region.setBegin(table.begin());
			region.setEnd(table.end());
			region.setBodyBegin(table.bodyBegin());
			region.setLabel(table.label().orElse(null));
			region.setRowCount(table.rows().size());
			region.setColumnCount(table.columnCount());
			context.add(region);
			for (TableRow row : table.rows()) {
				for (TableCell cell : row.cells()) {
					cell.value().ifPresent(value -> context.add(cellQuantity(value, region)));
				}
			}
		}
	}

	private static Quantity cellQuantity(org.dossier.nlp.Quantity value, TableRegion table) {
		Quantity quantity = DossierFactory.eINSTANCE.createQuantity();
		quantity.setBegin(value.begin());
		quantity.setEnd(value.end());
		quantity.setValue(value.value());
		quantity.setUnit(value.unit().orElse(null));
		quantity.setKind(QuantityKind.get(value.kind().id()));
		quantity.setTable(table);
		return quantity;
	}
}
