package org.dossier.internal.nlp.entities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dossier.internal.nlp.entities.RussianInflection.Hint;
import org.dossier.nlp.EntityMention.Kind;
import org.dossier.nlp.Gazetteer;

/**
 * The gazetteer's names as a tree of tokens, for finding the longest name that starts at a word of a text,
 * and the generation of the forms a declared name takes in running text.
 * <p>
 * The data files have one entry per line, tab-separated: category, English canonical name, latitude,
 * longitude (empty for what is not a place), then the names in English, French, German and Russian. A
 * column holds several names separated by {@code |}. A name may carry flags: {@code ?} in front marks a name
 * that is also a common word, taken only in the middle of a sentence; {@code !} at the end stops the
 * generation of other forms; a Russian name may end in {@code :m}, {@code :f}, {@code :pl} or {@code :pl0}
 * (see {@link Hint}). Generated forms: every case of a Russian name ({@link RussianInflection}), the German
 * genitive in "-s" of a place or person (Deutschlands, Putins), a Latin name without its accents (Etats-Unis)
 * and, for places and organisations, in capitals as datelines write them (MOSCOW).
 */
public final class GazetteerIndex {

	public static final int ENGLISH = 1;
	public static final int FRENCH = 1 << 1;
	public static final int GERMAN = 1 << 2;
	public static final int RUSSIAN = 1 << 3;
	public static final int ALL_LANGUAGES = ENGLISH | FRENCH | GERMAN | RUSSIAN;
	private static final String[] LANGUAGES = { "en", "fr", "de", "ru" };
	private static final int FIRST_NAME_COLUMN = 4;

	/**
	 * One token of a name, and the names that go on from it. A name can stand for different entities in
	 * different languages ("Mexico" is the country in English, the city in French): each has its match.
	 */
	public static final class Node {
		private static final Match[] NONE = {};

		private Map<String, Node> next;
		private Match[] matches = NONE;

		public Node next(String token) {
			return next == null ? null : next.get(token);
		}

		/** The first entity given this name, or null. */
		public Match match() {
			return matches.length == 0 ? null : matches[0];
		}

		/** The entities given this name, in the order of the data files. */
		public Match[] matches() {
			return matches;
		}
	}

	/**
	 * A name in the tree.
	 *
	 * @param languages the languages whose columns gave the name, as a mask of {@link #ENGLISH} ...
	 * @param ambiguous whether the name is also a common word
	 */
	public record Match(Gazetteer.Entry entry, int languages, boolean ambiguous) {
	}

	private final Node root = new Node();
	private final List<Gazetteer.Entry> entries = new ArrayList<>();
	private final Map<String, Gazetteer.Entry> byCanonicalName = new HashMap<>();
	private final Map<String, List<Gazetteer.Entry>> byMatchKey = new HashMap<>();
	private final Map<String, Gazetteer.Entry> personBySurnameKey = new HashMap<>();
	private int formCount;

	public GazetteerIndex(List<String> resources) {
		for (String resource : resources) {
			for (String[] fields : Resources.tabSeparated(resource)) {
				add(resource, fields);
			}
		}
	}

	public Node root() {
		return root;
	}

	public List<Gazetteer.Entry> entries() {
		return Collections.unmodifiableList(entries);
	}

	public int formCount() {
		return formCount;
	}

	public Gazetteer.Entry byCanonicalName(String name) {
		return byCanonicalName.get(name);
	}

	public List<Gazetteer.Entry> byMatchKey(String key) {
		return byMatchKey.getOrDefault(key, List.of());
	}

	/** The person whose surname, in any spelling, has this match key; null when none or several. */
	public Gazetteer.Entry personBySurnameKey(String key) {
		return personBySurnameKey.get(key);
	}

	/** The language mask for a language code, or all languages for "und" and codes the gazetteer lacks. */
	public static int languageMask(String language) {
		String primary = language == null ? "" : language.toLowerCase(Locale.ROOT);
		int dash = primary.indexOf('-');
		if (dash > 0) {
			primary = primary.substring(0, dash);
		}
		for (int i = 0; i < LANGUAGES.length; i++) {
			if (LANGUAGES[i].equals(primary)) {
				return 1 << i;
			}
		}
		return ALL_LANGUAGES;
	}

	/** The node that the whole of {@code name}, cut into tokens, leads to; null when none. */
	public Node find(String name) {
		Tokens tokens = new Tokens(name);
		Node node = root;
		for (int t = 0; t < tokens.size() && node != null; t++) {
			node = node.next(tokens.key(t));
		}
		return node;
	}

	private void add(String resource, String[] fields) {
		if (fields.length < FIRST_NAME_COLUMN + 1) {
			throw new IllegalStateException(resource + ": too few fields in " + String.join(" | ", fields));
		}
		String category = fields[0].strip();
		String canonicalName = fields[1].strip();
		Kind kind = kindOf(category);
		Double lat = fields[2].isBlank() ? null : Double.valueOf(fields[2].strip());
		Double lon = fields[3].isBlank() ? null : Double.valueOf(fields[3].strip());
		Map<String, List<String>> names = new LinkedHashMap<>();
		List<String[]> rawForms = new ArrayList<>();
		for (int column = FIRST_NAME_COLUMN; column < fields.length
				&& column - FIRST_NAME_COLUMN < LANGUAGES.length; column++) {
			String language = LANGUAGES[column - FIRST_NAME_COLUMN];
			List<String> declared = new ArrayList<>();
			for (String raw : fields[column].split("\\|")) {
				String form = raw.strip();
				if (!form.isEmpty()) {
					declared.add(bare(form));
					rawForms.add(new String[] { language, form });
				}
			}
			names.put(language, List.copyOf(declared));
		}
		Gazetteer.Entry entry = new Gazetteer.Entry(canonicalName, kind, category, lat, lon,
				Collections.unmodifiableMap(names));
		if (byCanonicalName.putIfAbsent(canonicalName, entry) != null) {
			throw new IllegalStateException(resource + ": canonical name given twice: " + canonicalName);
		}
		entries.add(entry);
		indexKeys(entry);
		for (String[] raw : rawForms) {
			addForms(entry, raw[0], raw[1]);
		}
	}

	private static Kind kindOf(String category) {
		return switch (category) {
			case "country", "city", "region", "water", "mountain", "place" -> Kind.LOCATION;
			case "organization", "party", "media", "company", "armed" -> Kind.ORGANIZATION;
			case "person" -> Kind.PERSON;
			case "other", "event" -> Kind.OTHER;
			default -> throw new IllegalStateException("unknown gazetteer category " + category);
		};
	}

	private static String bare(String form) {
		String bare = form.startsWith("?") ? form.substring(1) : form;
		int colon = bare.lastIndexOf(':');
		if (colon > 0 && bare.substring(colon + 1).matches("m|f|pl|pl0")) {
			bare = bare.substring(0, colon);
		}
		return bare.endsWith("!") ? bare.substring(0, bare.length() - 1) : bare;
	}

	private void indexKeys(Gazetteer.Entry entry) {
		java.util.Set<String> keys = new java.util.HashSet<>();
		keys.add(MatchKeys.of(entry.canonicalName()));
		for (List<String> declared : entry.names().values()) {
			for (String name : declared) {
				keys.add(MatchKeys.of(name));
				if (entry.kind() == Kind.PERSON) {
					String[] words = MatchKeys.of(name).split(" ");
					String surname = words[words.length - 1];
					if (surname.length() >= 4) {
						Gazetteer.Entry previous = personBySurnameKey.putIfAbsent(surname, entry);
						if (previous != null && previous != entry) {
							personBySurnameKey.put(surname, null);
						}
					}
				}
			}
		}
		for (String key : keys) {
			byMatchKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(entry);
		}
	}

	private void addForms(Gazetteer.Entry entry, String language, String raw) {
		boolean ambiguous = raw.startsWith("?");
		String form = ambiguous ? raw.substring(1) : raw;
		Hint hint = Hint.NONE;
		int colon = form.lastIndexOf(':');
		if (colon > 0) {
			hint = switch (form.substring(colon + 1)) {
				case "m" -> Hint.MASCULINE;
				case "f" -> Hint.FEMININE;
				case "pl" -> Hint.PLURAL;
				case "pl0" -> Hint.PLURAL_BARE_GENITIVE;
				default -> Hint.NONE;
			};
			if (hint != Hint.NONE) {
				form = form.substring(0, colon);
			}
		}
		boolean literal = form.endsWith("!");
		if (literal) {
			form = form.substring(0, form.length() - 1);
		}
		int mask = 1 << List.of(LANGUAGES).indexOf(language);
		insert(form, entry, mask, ambiguous);
		if (literal) {
			return;
		}
		Kind kind = entry.kind();
		boolean cyrillic = Transliteration.hasCyrillic(form);
		if (cyrillic) {
			List<String> forms = kind == Kind.PERSON ? RussianInflection.personForms(form, hint)
					: RussianInflection.thingForms(form, hint);
			for (String inflected : forms) {
				insert(inflected, entry, mask, ambiguous);
			}
		} else {
			String plain = withoutAccents(form);
			if (!plain.equals(form)) {
				insert(plain, entry, mask, ambiguous);
			}
			if (language.equals("de") && (kind == Kind.LOCATION || kind == Kind.PERSON) && takesGenitiveS(form)) {
				insert(form + "s", entry, mask, ambiguous);
			}
		}
		if (kind != Kind.PERSON && !isUpperCase(form) && letterCount(form) >= 4) {
			insert(form.toUpperCase(Locale.ROOT), entry, mask, ambiguous);
		}
	}

	private static boolean takesGenitiveS(String form) {
		if (form.indexOf(' ') >= 0 || isUpperCase(form)) {
			return false;
		}
		String lower = form.toLowerCase(Locale.ROOT);
		char last = lower.charAt(lower.length() - 1);
		return Character.isLetter(last) && "sxzße".indexOf(last) < 0 && !lower.endsWith("ei");
	}

	private static String withoutAccents(String form) {
		return Normalizer.normalize(Normalizer.normalize(form, Normalizer.Form.NFD).replaceAll("\\p{Mn}+", ""),
				Normalizer.Form.NFC);
	}

	private static boolean isUpperCase(String form) {
		return !form.equals(form.toLowerCase(Locale.ROOT)) && form.equals(form.toUpperCase(Locale.ROOT));
	}

	private static int letterCount(String form) {
		int letters = 0;
		for (int i = 0; i < form.length(); i++) {
			if (Character.isLetter(form.charAt(i))) {
				letters++;
			}
		}
		return letters;
	}

	private void insert(String form, Gazetteer.Entry entry, int languageMask, boolean ambiguous) {
		Tokens tokens = new Tokens(form);
		if (tokens.size() == 0) {
			return;
		}
		Node node = root;
		for (int t = 0; t < tokens.size(); t++) {
			if (node.next == null) {
				node.next = new HashMap<>(4);
			}
			node = node.next.computeIfAbsent(tokens.key(t), k -> new Node());
		}
		for (int i = 0; i < node.matches.length; i++) {
			Match existing = node.matches[i];
			if (existing.entry() == entry) {
				node.matches[i] = new Match(entry, existing.languages() | languageMask, existing.ambiguous()
						&& ambiguous);
				return;
			}
		}
		if (node.matches.length == 0) {
			formCount++;
		}
		node.matches = java.util.Arrays.copyOf(node.matches, node.matches.length + 1);
		node.matches[node.matches.length - 1] = new Match(entry, languageMask, ambiguous);
	}
}
