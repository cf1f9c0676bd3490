package org.dossier.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dossier.internal.nlp.Characters;

/**
 * Finds geographic coordinates: pairs of a latitude and a longitude, in the spellings of the four
 * languages and of the sciences:
 * <ul>
 * <li>decimal degrees with a hemisphere, with or without a degree sign: "49.56N, 72.97E", "42.87° N 77.37°
 * E", "49,56° N, 72,97° O" (French decimal comma and O for ouest);</li>
 * <li>degrees, minutes and seconds with any of the prime signs: "42°52′N 77°22′E", "42°52'30"N, 77°22'10"E",
 * "42° 52′ 30″ N";</li>
 * <li>labelled components: "φ=42.87°N, λ=77.37°E" (φ also as ϕ), "lat 42.87°, lon 77.37°", "широта 42.87°,
 * долгота 77.37°";</li>
 * <li>the hemisphere before the number: "N 42.87°, E 77.37°";</li>
 * <li>hemisphere words: N S E W; Nord Süd Ost West; nord sud est ouest (and O); north south east west;
 * "с.ш." "ю.ш." "в.д." "з.д." and their spelled-out forms "северной широты" ...; "nördlicher Breite" ...;
 * the Cyrillic Е that Russian typists write for E;</li>
 * <li>two degree values without hemisphere or label, taken as latitude then longitude, when they are as
 * precise as coordinates (minutes, or two decimals) and a comma separates them: "(42.87°, 77.37°)". This
 * leaves out temperatures and angles: "between 20° and 30°", "25.5°, 30°".</li>
 * </ul>
 * The longitude may come first when hemispheres or labels say so. South and west, or a minus sign, give
 * negative values. A pair is reported only when it is a point on the Earth (latitude within 90°, longitude
 * within 180°, minutes and seconds under 60). A component that is the end of a range ("40.50°–43.20°N", a
 * bounding box) is not a point and is left out, and so is a latitude or longitude on its own.
 * <p>
 * The single letter O means west in French and east in German; a recogniser for another language, or for
 * an unknown one, does not read it.
 * <p>
 * Instances are immutable and can be shared between threads.
 */
public final class CoordinateRecognizer {

	private static final String HEMISPHERE_WORDS = "(?iu:с\\.\\h?ш\\.|ю\\.\\h?ш\\.|в\\.\\h?д\\.|з\\.\\h?д\\."
			+ "|северной\\h+широты|южной\\h+широты|восточной\\h+долготы|западной\\h+долготы"
			+ "|nördlicher\\h+breite|südlicher\\h+breite|östlicher\\h+länge|westlicher\\h+länge"
			+ "|north|south|east|west|nord|süd|sud|ost|est|ouest)(?!\\p{L})";
	private static final String HEMISPHERE_LETTERS = "[NSEWOЕ](?!\\p{L})";
	private static final String NUMBER = "\\d{1,3}(?:[.,]\\d+)?";

	private static final Pattern COMPONENT = Pattern.compile(
			"(?<![\\p{L}\\p{N}.,])"
					+ "(?:(?<label>φ|ϕ|λ|(?iu:latitude|longitude|lat|lon|long|широта|долгота|breite|länge))"
					+ "\\h*[=:]?\\h*)?"
					+ "(?:(?<hemisphereBefore>[NSEWO])\\h?)?"
					+ "(?<sign>[-−])?"
					+ "(?<degrees>" + NUMBER + ")(?![\\p{N}])"
					+ "(?:\\h*(?<degreeSign>[°º˚])"
					+ "(?:\\h*(?<minutes>\\d{1,2}(?:[.,]\\d+)?)\\h*[′'’´]"
					+ "(?:\\h*(?<seconds>\\d{1,2}(?:[.,]\\d+)?)\\h*(?:″|\"|”|''|′′|’’))?)?)?"
					+ "(?:\\h*(?<hemisphereAfter>" + HEMISPHERE_WORDS + "|" + HEMISPHERE_LETTERS + "))?");

	private static final String DEGREE_SIGNS = "°º˚";
	private static final String HEMISPHERE_LETTERS_BEFORE = "NSEWO";
	/** The labels of {@link #COMPONENT} in lower case. */
	private static final List<String> LABELS = List.of("φ", "ϕ", "λ", "latitude", "longitude", "lat", "lon", "long", "широта",
			"долгота", "breite", "länge");
	/** The longest label with its sign before the degrees: "longitude = −". */
	private static final int MAX_PREFIX_LENGTH = 14;
	/** The longest degrees, minutes, seconds and hemisphere words: "42° 52′ 30.5″ восточной долготы". */
	private static final int MAX_LENGTH_FROM_DEGREES = 64;
	private static final Pattern SEPARATOR = Pattern.compile("\\h*(?:[,/]|(?iu:and|et|und|и)(?!\\p{L}))?\\h*");
	private static final Pattern RANGE_BEFORE = Pattern.compile("[\\p{N}°º˚NSEWOЕ]\\h*[-–—]\\h*$");
	private static final Pattern RANGE_AFTER = Pattern.compile("\\h*[-–—]\\h*\\d");

	/** Which of the two axes a component gives, when its hemisphere or label says. */
	private enum Axis {
		LATITUDE, LONGITUDE, UNKNOWN
	}

	/**
	 * One half of a coordinate: a signed number of degrees on an axis.
	 *
	 * @param precise whether the degrees have minutes or two decimals at least, as coordinates have and the
	 *            temperatures and angles that share their degree sign ("between 20° and 30°") seldom do
	 */
	private record Component(int begin, int end, Axis axis, double degrees, boolean hasDegreeSign, boolean precise) {
	}

	private final String language;

	/** A recogniser for a text whose language is not known. */
	public CoordinateRecognizer() {
		this(Locale.ROOT);
	}

	/** A recogniser for a text in {@code language}, which decides what the hemisphere letter O means. */
	public CoordinateRecognizer(Locale language) {
		this.language = Objects.requireNonNull(language).getLanguage();
	}

	/** The coordinates in {@code text}, in text order. */
	public List<GeoCoordinate> recognize(String text) {
		List<GeoCoordinate> coordinates = new ArrayList<>();
		Matcher first = componentMatcher(text);
		Matcher second = componentMatcher(text);
		Matcher separator = SEPARATOR.matcher(text);
		int searchedTo = 0;
		for (int digit = 0; digit < text.length(); digit++) {
			if (digit < searchedTo || !startsNumber(text, digit) || !mayHaveDegreesAt(text, digit)
					|| !findComponentWithDegreesAt(first, text, digit, searchedTo)) {
				continue;
			}
			Component latitudeOrLongitude = component(first);
			if (latitudeOrLongitude == null || endsRange(text, first.start()) || startsRange(text, first.end())) {
				continue;
			}
			separator.region(first.end(), text.length()).lookingAt();
			second.region(separator.end(), text.length());
			if (!second.lookingAt()) {
				continue;
			}
			Component other = component(second);
			if (other == null || startsRange(text, second.end())) {
				continue;
			}
			boolean commaBetween = text.substring(first.end(), separator.end()).contains(",");
			GeoCoordinate coordinate = pair(text, latitudeOrLongitude, other, commaBetween);
			if (coordinate != null) {
				coordinates.add(coordinate);
				searchedTo = second.end();
			}
		}
		return coordinates;
	}

	/** A matcher whose look-behinds see the text before the regions it is given. */
	private static Matcher componentMatcher(String text) {
		return COMPONENT.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
	}

	private static boolean startsNumber(String text, int i) {
		if (!Characters.isAsciiDigit(text.charAt(i)) || Characters.isLetterOrDigit(text, i - 1)) {
			return false;
		}
		boolean afterDecimalSeparator = i >= 2 && (text.charAt(i - 1) == '.' || text.charAt(i - 1) == ',')
				&& Characters.isDigit(text, i - 2);
		return !afterDecimalSeparator;
	}

	/**
	 * Whether a component may have its degrees at {@code digit}. Only one with a degree sign, a label, or a
	 * hemisphere and decimals is taken (see {@link #component}), so a number with none of them around it
	 * is passed over without trying the component's pattern, as most numbers of a text are. Errs on the side
	 * of yes: the pattern decides.
	 */
	private static boolean mayHaveDegreesAt(String text, int digit) {
		int end = digit;
		while (Characters.isDigit(text, end)) {
			end++;
		}
		boolean fraction = end + 1 < text.length() && (text.charAt(end) == '.' || text.charAt(end) == ',')
				&& Characters.isDigit(text, end + 1);
		if (fraction) {
			end++;
			while (Characters.isDigit(text, end)) {
				end++;
			}
		}
		int after = end;
		while (after < text.length() && Characters.isSpace(text.charAt(after))) {
			after++;
		}
		if (after < text.length() && DEGREE_SIGNS.indexOf(text.charAt(after)) >= 0) {
			return true;
		}
		if (fraction && (Characters.isLetter(text, after) || hemisphereLetterBefore(text, digit))) {
			return true;
		}
		return labelBefore(text, digit);
	}

	private static boolean hemisphereLetterBefore(String text, int digit) {
		int i = digit - 1;
		if (i >= 0 && (text.charAt(i) == '-' || text.charAt(i) == '−')) {
			i--;
		}
		if (i >= 0 && Characters.isSpace(text.charAt(i))) {
			i--;
		}
		return i >= 0 && HEMISPHERE_LETTERS_BEFORE.indexOf(text.charAt(i)) >= 0;
	}

	/**
	 * Whether a label ("φ", "lat", "Breite" ...) stands before {@code digit}, with perhaps a hemisphere letter,
	 * a sign, "=" or ":" and spaces between them.
	 */
	private static boolean labelBefore(String text, int digit) {
		int limit = digit - MAX_PREFIX_LENGTH;
		int end = separatorsBefore(text, digit, limit);
		String word = wordBefore(text, end);
		if (isLabel(word)) {
			return true;
		}
		boolean endsWithHemisphere = !word.isEmpty()
				&& HEMISPHERE_LETTERS_BEFORE.indexOf(Character.toUpperCase(word.charAt(word.length() - 1))) >= 0;
		if (!endsWithHemisphere) {
			return false;
		}
		if (word.length() > 1) {
			return isLabel(word.substring(0, word.length() - 1));
		}
		return isLabel(wordBefore(text, separatorsBefore(text, end - 1, limit)));
	}

	/** The letters that end at {@code end}, in lower case. */
	private static String wordBefore(String text, int end) {
		int start = end;
		while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
			start--;
		}
		return text.substring(start, end).toLowerCase(Locale.ROOT);
	}

	private static int separatorsBefore(String text, int offset, int limit) {
		int i = offset;
		while (i > 0 && i > limit && (Characters.isSpace(text.charAt(i - 1)) || "=:-−".indexOf(text.charAt(i - 1)) >= 0)) {
			i--;
		}
		return i;
	}

	private static boolean isLabel(String word) {
		for (String label : LABELS) {
			if (word.endsWith(label)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a component has its degrees at {@code digit}; its label, hemisphere or sign start at most
	 * {@value #MAX_PREFIX_LENGTH} characters earlier. Searching only around numbers spares trying the
	 * component's many openings at every character of the text.
	 */
	private static boolean findComponentWithDegreesAt(Matcher component, String text, int digit, int searchedTo) {
		int windowStart = Math.max(searchedTo, digit - MAX_PREFIX_LENGTH);
		component.region(windowStart, Math.min(text.length(), digit + MAX_LENGTH_FROM_DEGREES));
		while (component.find()) {
			int degrees = component.start("degrees");
			if (degrees >= digit) {
				return degrees == digit;
			}
		}
		return false;
	}

	/** The component matched, or null when nothing in it says it is a coordinate or its parts are out of range. */
	private Component component(Matcher match) {
		String label = match.group("label");
		String hemisphere = match.group("hemisphereBefore") != null ? match.group("hemisphereBefore")
				: match.group("hemisphereAfter");
		boolean hasDegreeSign = match.group("degreeSign") != null;
		String degrees = match.group("degrees");
		boolean hasFraction = degrees.indexOf('.') >= 0 || degrees.indexOf(',') >= 0;
		boolean hasHemisphere = hemisphere != null;
		if (!hasDegreeSign && label == null && !(hasHemisphere && hasFraction)) {
			return null;
		}
		Axis axis = Axis.UNKNOWN;
		int sign = match.group("sign") != null ? -1 : 1;
		if (hasHemisphere) {
			int hemisphereSign = hemisphereSign(hemisphere);
			if (hemisphereSign == 0) {
				return null;
			}
			sign *= hemisphereSign;
			axis = isLatitudeHemisphere(hemisphere) ? Axis.LATITUDE : Axis.LONGITUDE;
		}
		if (label != null) {
			Axis labelled = labelAxis(label);
			if (axis != Axis.UNKNOWN && axis != labelled) {
				return null;
			}
			axis = labelled;
		}
		double value = degreesOf(match, hasFraction);
		if (Double.isNaN(value)) {
			return null;
		}
		int end = hasHemisphere || hasDegreeSign ? match.end() : match.end("degrees");
		int separator = Math.max(degrees.indexOf('.'), degrees.indexOf(','));
		int fractionDigits = hasFraction ? degrees.length() - 1 - separator : 0;
		boolean precise = match.group("minutes") != null || fractionDigits >= 2;
		return new Component(match.start(), end, axis, sign * value, hasDegreeSign, precise);
	}

	/** Degrees, minutes and seconds as decimal degrees, or NaN when minutes or seconds are out of range. */
	private static double degreesOf(Matcher match, boolean degreesHaveFraction) {
		double degrees = number(match.group("degrees"));
		String minutes = match.group("minutes");
		if (minutes == null) {
			return degrees;
		}
		double minuteValue = number(minutes);
		String seconds = match.group("seconds");
		double secondValue = seconds == null ? 0 : number(seconds);
		if (degreesHaveFraction || minuteValue >= 60 || secondValue >= 60) {
			return Double.NaN;
		}
		return degrees + minuteValue / 60 + secondValue / 3600;
	}

	private static double number(String digits) {
		return Double.parseDouble(digits.replace(',', '.'));
	}

	private static boolean isLatitudeHemisphere(String hemisphere) {
		String word = hemisphere.toLowerCase(Locale.ROOT);
		return word.equals("n") || word.equals("s") || word.startsWith("nord") || word.startsWith("north")
				|| word.startsWith("süd") || word.startsWith("sud") || word.startsWith("south") || word.contains("ш")
				|| word.contains("breite");
	}

	/** +1 for north and east, -1 for south and west, 0 when the letter cannot be read in this language. */
	private int hemisphereSign(String hemisphere) {
		String word = hemisphere.toLowerCase(Locale.ROOT);
		if (word.equals("o")) {
			return switch (language) {
				case "fr" -> -1;
				case "de" -> 1;
				default -> 0;
			};
		}
		boolean negative = word.equals("s") || word.equals("w") || word.startsWith("süd") || word.startsWith("sud")
				|| word.startsWith("south") || word.startsWith("west") || word.startsWith("ouest") || word.startsWith("ю")
				|| word.startsWith("з");
		return negative ? -1 : 1;
	}

	private static Axis labelAxis(String label) {
		String word = label.toLowerCase(Locale.ROOT);
		boolean latitude = word.equals("φ") || word.equals("ϕ") || word.startsWith("lat") || word.equals("широта")
				|| word.equals("breite");
		return latitude ? Axis.LATITUDE : Axis.LONGITUDE;
	}

	private static boolean endsRange(String text, int componentStart) {
		int lookBack = Math.max(0, componentStart - 8);
		return RANGE_BEFORE.matcher(text).region(lookBack, componentStart).find();
	}

	private static boolean startsRange(String text, int componentEnd) {
		return RANGE_AFTER.matcher(text).region(componentEnd, text.length()).lookingAt();
	}

	private static GeoCoordinate pair(String text, Component first, Component second, boolean commaBetween) {
		Axis firstAxis = first.axis();
		Axis secondAxis = second.axis();
		if (firstAxis == Axis.UNKNOWN && secondAxis == Axis.UNKNOWN) {
			boolean lookLikeCoordinates = first.hasDegreeSign() && second.hasDegreeSign() && first.precise()
					&& second.precise() && commaBetween;
			if (!lookLikeCoordinates) {
				return null;
			}
			firstAxis = Axis.LATITUDE;
			secondAxis = Axis.LONGITUDE;
		} else if (firstAxis == Axis.UNKNOWN) {
			firstAxis = other(secondAxis);
		} else if (secondAxis == Axis.UNKNOWN) {
			secondAxis = other(firstAxis);
		}
		if (firstAxis == secondAxis) {
			return null;
		}
		Component latitude = firstAxis == Axis.LATITUDE ? first : second;
		Component longitude = firstAxis == Axis.LATITUDE ? second : first;
		if (Math.abs(latitude.degrees()) > 90 || Math.abs(longitude.degrees()) > 180) {
			return null;
		}
		return new GeoCoordinate(first.begin(), second.end(), text.substring(first.begin(), second.end()),
				latitude.degrees(), longitude.degrees());
	}

	private static Axis other(Axis axis) {
		return axis == Axis.LATITUDE ? Axis.LONGITUDE : Axis.LATITUDE;
	}
}
