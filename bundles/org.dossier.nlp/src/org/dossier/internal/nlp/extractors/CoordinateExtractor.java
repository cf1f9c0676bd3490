package org.dossier.internal.nlp.extractors;

import org.dossier.core.extracting.ExtractionContext;
import org.dossier.core.extracting.Extractor;
import org.dossier.model.Coordinate;
import org.dossier.model.DossierFactory;
import org.dossier.nlp.CoordinateRecognizer;
import org.dossier.nlp.GeoCoordinate;

/** Geographic coordinates in their many spellings, as latitude and longitude in decimal degrees. */
public final class CoordinateExtractor implements Extractor {

	@Override
	public void extract(ExtractionContext context) {
		for (GeoCoordinate found : new CoordinateRecognizer(Languages.locale(context.language())).recognize(context.text())) {
			Coordinate coordinate = DossierFactory.eINSTANCE.createCoordinate();
			coordinate.setBegin(found.begin());
			coordinate.setEnd(found.end());
			coordinate.setLat(found.latitude());
			coordinate.setLon(found.longitude());
			context.add(coordinate);
		}
	}
}
