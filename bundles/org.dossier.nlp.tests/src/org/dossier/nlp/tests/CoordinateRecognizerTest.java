package org.dossier.nlp.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;

import org.dossier.nlp.CoordinateRecognizer;
import org.dossier.nlp.GeoCoordinate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoordinateRecognizerTest {

	private static final double PRECISION = 1e-9;

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
			en | The epicentre lay at 49.56N, 72.97E near the mine.              | 49.56N, 72.97E                  | 49.56     | 72.97
			ru | Эпицентр с φ=42.87°N, λ=77.37°E находился в горах.              | φ=42.87°N, λ=77.37°E            | 42.87     | 77.37
			ru | Эпицентр с ϕ=43.12°N, λ=76.81°Е, h=7 км.                        | ϕ=43.12°N, λ=76.81°Е            | 43.12     | 76.81
			en | The summit stands at 42°52′N 77°22′E above the valley.          | 42°52′N 77°22′E                 | 42.866666666666667 | 77.366666666666667
			en | The station is at 42°52'30"N, 77°22'12"E on the ridge.          | 42°52'30"N, 77°22'12"E          | 42.875    | 77.37
			en | The station is at 42° 52′ 30″ N 77° 22′ 12″ E on the ridge.     | 42° 52′ 30″ N 77° 22′ 12″ E     | 42.875    | 77.37
			ru | Станция находится в точке 42.87° с.ш., 77.37° в.д. у озера.     | 42.87° с.ш., 77.37° в.д.        | 42.87     | 77.37
			ru | Судно затонуло в точке 33.9° ю.ш. 18.4° з.д. ночью.             | 33.9° ю.ш. 18.4° з.д.           | -33.9     | -18.4
			ru | Точка 55.75 северной широты, 37.62 восточной долготы известна.  | 55.75 северной широты, 37.62 восточной долготы | 55.75 | 37.62
			de | Der Ort liegt bei 52.52° Nord, 13.40° Ost an der Spree.         | 52.52° Nord, 13.40° Ost         | 52.52     | 13.4
			de | Der Ort liegt bei 52,52° N, 13,40° O an der Spree.              | 52,52° N, 13,40° O              | 52.52     | 13.4
			de | Die Insel liegt bei 15,5° nördlicher Breite, 61,3° westlicher Länge. | 15,5° nördlicher Breite, 61,3° westlicher Länge | 15.5 | -61.3
			fr | La ville se trouve à 48,85° N, 2,35° E sur la Seine.            | 48,85° N, 2,35° E               | 48.85     | 2.35
			fr | Le phare est à 47,5° N, 5,1° O au large.                        | 47,5° N, 5,1° O                 | 47.5      | -5.1
			fr | Le cap est situé par 34,36° sud et 18,47° est.                  | 34,36° sud et 18,47° est        | -34.36    | 18.47
			en | Cape Town lies at 33.92° S, 18.42° E on the coast.              | 33.92° S, 18.42° E              | -33.92    | 18.42
			en | The buoy drifted to 40.7 N, 74.0 W overnight.                   | 40.7 N, 74.0 W                  | 40.7      | -74.0
			en | The site N 42.87°, E 77.37° was surveyed.                       | N 42.87°, E 77.37°              | 42.87     | 77.37
			en | The camp (42.87°, 77.37°) was moved.                            | 42.87°, 77.37°                  | 42.87     | 77.37
			en | The report gives lat 42.87, lon 77.37 for the crater.           | lat 42.87, lon 77.37            | 42.87     | 77.37
			en | The report gives longitude = −77.37, latitude = 42.87 there.    | longitude = −77.37, latitude = 42.87 | 42.87 | -77.37
			en | The list gives 77.37°E, 42.87°N for the crater.                 | 77.37°E, 42.87°N                | 42.87     | 77.37
			ru | Координаты: широта 43.25°, долгота 76.95° по GPS.               | широта 43.25°, долгота 76.95°   | 43.25     | 76.95
			""")
	void findsCoordinates(String language, String sentence, String text, double latitude, double longitude) {
		List<GeoCoordinate> coordinates = new CoordinateRecognizer(Locale.forLanguageTag(language)).recognize(sentence);
		assertThat(coordinates).hasSize(1);
		GeoCoordinate coordinate = coordinates.get(0);
		assertThat(coordinate.text()).isEqualTo(text);
		assertThat(coordinate.latitude()).isCloseTo(latitude, within(PRECISION));
		assertThat(coordinate.longitude()).isCloseTo(longitude, within(PRECISION));
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
			en | The area between 40.50°–43.20°N and 70.00°–74.50°E was studied.
			ru | Район 40.50–43.20N и 70.00–74.50E изучен подробно.
			en | Temperatures were between 20° and 30° all week.
			en | Temperatures of 25.5°, 30° were measured.
			en | A point at 95.2°N, 10°E cannot exist.
			en | A point at 42°75′N, 10°E cannot exist.
			en | The forces of 5 N and 3 E were applied.
			en | The latitude 42.87°N alone is no point.
			en | Both 42.87°N, 43.10°N are latitudes.
			""")
	void findsNoCoordinatesWhereThereAreNone(String language, String sentence) {
		assertThat(new CoordinateRecognizer(Locale.forLanguageTag(language)).recognize(sentence)).isEmpty();
	}

	@Test
	void readsTheLetterOByTheLanguage() {
		String sentence = "52,52° N, 13,40° O";
		assertThat(new CoordinateRecognizer(Locale.GERMAN).recognize(sentence)).extracting(GeoCoordinate::longitude)
				.containsExactly(13.4);
		assertThat(new CoordinateRecognizer(Locale.FRENCH).recognize(sentence)).extracting(GeoCoordinate::longitude)
				.containsExactly(-13.4);
		assertThat(new CoordinateRecognizer().recognize(sentence)).isEmpty();
	}

	@Test
	void findsSeveralCoordinatesInAText() {
		String text = "Толчок 3 апреля с КР=10.4, ϕ=43.15°N, λ=76.90°Е, h=8 км; повторный толчок 5 апреля c ϕ=43.21°N, λ=77.02°Е.";
		assertThat(new CoordinateRecognizer(Locale.forLanguageTag("ru")).recognize(text))
				.extracting(GeoCoordinate::latitude, GeoCoordinate::longitude)
				.containsExactly(tuple(43.15, 76.90), tuple(43.21, 77.02));
	}

	@Test
	void refusesAPointOffTheEarth() {
		assertThatThrownBy(() -> new GeoCoordinate(0, 1, "x", 91, 0)).isInstanceOf(IllegalArgumentException.class);
	}
}
