package org.dossier.nlp;

import java.util.Objects;

/**
 * A point on the Earth found in a text.
 *
 * @param latitude decimal degrees, north positive, -90 to 90
 * @param longitude decimal degrees, east positive, -180 to 180
 */
public record GeoCoordinate(int begin, int end, String text, double latitude, double longitude) implements TextSpan {

	public GeoCoordinate {
		Objects.requireNonNull(text);
		if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
			throw new IllegalArgumentException("not a point on the Earth: " + latitude + ", " + longitude);
		}
	}
}
