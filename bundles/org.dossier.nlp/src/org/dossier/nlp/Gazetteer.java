package org.dossier.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.dossier.internal.nlp.entities.GazetteerIndex;
import org.dossier.internal.nlp.entities.MatchKeys;
import org.dossier.nlp.EntityMention.Kind;

/**
 * The places, organisations and people Dossier knows by name in French, German, English and Russian: all
 * countries and their capitals, the larger and more newsworthy cities, regions, seas and rivers, major
 * international and national institutions, news agencies, companies and parties, and a few hundred
 * public figures. Each entry has an English canonical name, under which mentions in every language meet
 * (Moscou, Moskau, Москва and Moscow are all "Moscow"), and places have coordinates.
 * <p>
 * Names are found in all the forms running text gives them: every case of a Russian name (Москвы, Германию,
 * Южной Кореи, Сергея Лаврова), the German genitive (Deutschlands, Putins), French names without their
 * accents (Etats-Unis), place and organisation names in capitals (MOSCOW). French articles and elisions
 * stay outside the name: "l'Allemagne" is found as "Allemagne".
 * <p>
 * The gazetteer is read once from the bundle and immutable afterwards; it can be shared between threads.
 */
public final class Gazetteer {

	private static final List<String> RESOURCES = List.of("countries.tsv", "places.tsv", "organizations.tsv",
			"persons.tsv");

	private static final class Standard {
		static final Gazetteer INSTANCE = new Gazetteer(new GazetteerIndex(RESOURCES));
	}

	/**
	 * An entity the gazetteer knows.
	 *
	 * @param canonicalName the English name, unique in the gazetteer
	 * @param category what sort of entity: country, city, region, water, mountain, place, organization, party,
	 *            media, company, armed, person, event, other
	 * @param lat latitude in degrees (WGS 84) for a place, otherwise null
	 * @param lon longitude in degrees for a place, otherwise null
	 * @param names the names as the gazetteer declares them, by language code ("en", "fr", "de", "ru"); the
	 *            forms generated from them (cases, genitives, capitals) are not listed
	 */
	public record Entry(String canonicalName, Kind kind, String category, Double lat, Double lon,
			Map<String, List<String>> names) {

		public Entry {
			Objects.requireNonNull(canonicalName);
			Objects.requireNonNull(kind);
			Objects.requireNonNull(category);
			names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
		}

		/** The declared names in one language; empty when the gazetteer gives none. */
		public List<String> names(String language) {
			return names.getOrDefault(language, List.of());
		}

		/** The canonical name and every declared name in every language, without repeats. */
		public Set<String> aliases() {
			Set<String> aliases = new LinkedHashSet<>();
			aliases.add(canonicalName);
			names.values().forEach(aliases::addAll);
			return aliases;
		}
	}

	private final GazetteerIndex index;

	private Gazetteer(GazetteerIndex index) {
		this.index = index;
	}

	/** The gazetteer shipped with Dossier, read on first use. */
	public static Gazetteer standard() {
		return Standard.INSTANCE;
	}

	/** All entries, in the order of the data files. */
	public List<Entry> entries() {
		return index.entries();
	}

	/** The number of entries. */
	public int size() {
		return index.entries().size();
	}

	/** The number of distinct forms searched for in texts, generated forms included. */
	public int formCount() {
		return index.formCount();
	}

	/**
	 * The entry a name denotes, when the name is one of the forms searched for in texts, in any language and
	 * case: "Moskau", "Москвы", "Deutschlands", "Etats-Unis". Case-sensitive, as names are in texts;
	 * typographic apostrophes and hyphens and "ё" are taken for their plain forms.
	 */
	public Optional<Entry> lookup(String name) {
		GazetteerIndex.Node node = index.find(name);
		return node == null || node.match() == null ? Optional.empty() : Optional.of(node.match().entry());
	}

	/** The entry with this canonical name. */
	public Optional<Entry> entry(String canonicalName) {
		return Optional.ofNullable(index.byCanonicalName(canonicalName));
	}

	/**
	 * The entries one of whose declared names has the same {@link EntityRecognizer#matchKey(String) match key}
	 * as {@code name}: other spellings of a name ("Zelenskij", "Lawrow") find their entry. Usually one entry;
	 * several when different entities share a key.
	 */
	public List<Entry> findByMatchKey(String name) {
		return new ArrayList<>(index.byMatchKey(MatchKeys.of(name)));
	}

	GazetteerIndex index() {
		return index;
	}
}
