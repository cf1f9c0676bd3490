package org.dossier.nlp;

import java.util.Locale;
import java.util.Objects;

/**
 * A person, organisation or place named in a text.
 *
 * @param canonicalName the name the entity goes by whatever the language of the mention: the gazetteer's
 *            English name for what it knows ("Moscow" for Moscou, Moskau, Москвы), otherwise the name in the
 *            nominative, in Latin letters for Cyrillic names ("Igor Sokolovsky" for Игоря Соколовского), and for a
 *            person named again by the surname alone, the full name given earlier in the text. Spellings of one
 *            name in different languages that no gazetteer knows share a {@link #matchKey()}
 * @param lat latitude in degrees (WGS 84) of a place the gazetteer knows; null otherwise
 * @param lon longitude in degrees of a place the gazetteer knows; null otherwise
 * @param confidence how sure the recogniser is, from 0 to 1: about 0.9 for a gazetteer name, 0.8 for a name
 *            after a title or a given name, 0.5 for a guess from a word in capitals or a preposition alone
 */
public record EntityMention(int begin, int end, String text, Kind kind, String canonicalName, Double lat, Double lon,
		double confidence) implements TextSpan {

	/** What an {@link EntityMention} names. */
	public enum Kind {
		PERSON, ORGANIZATION, LOCATION, OTHER;

		/** The kind's name in lower case, as exports write it: "person", "organization" ... */
		public String id() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	public EntityMention {
		Objects.requireNonNull(text);
		Objects.requireNonNull(kind);
		Objects.requireNonNull(canonicalName);
		if ((lat == null) != (lon == null)) {
			throw new IllegalArgumentException("latitude and longitude go together: " + lat + ", " + lon);
		}
	}

	/** {@link EntityRecognizer#matchKey(String)} of the canonical name. */
	public String matchKey() {
		return EntityRecognizer.matchKey(canonicalName);
	}

	/** Whether the mention carries the coordinates of a place. */
	public boolean hasCoordinates() {
		return lat != null;
	}
}
