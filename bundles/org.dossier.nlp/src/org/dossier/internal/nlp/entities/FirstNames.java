package org.dossier.internal.nlp.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dossier.internal.nlp.entities.RussianInflection.Hint;

/**
 * Given names, from {@code first-names.tsv}: Russian and Ukrainian ones in all their case forms, with
 * their gender, and names of any language in Latin letters. A Latin-script word is looked up by its
 * {@link MatchKeys match key}, so that Sergueï, Sergej and Sergei are all the name Сергей.
 */
public final class FirstNames {

	private static final Map<String, String> NOMINATIVE_BY_CYRILLIC_FORM = new HashMap<>();
	private static final Map<String, Hint> GENDER_BY_NOMINATIVE = new HashMap<>();
	private static final Set<String> LATIN_KEYS = new HashSet<>();

	static {
		for (String[] fields : Resources.tabSeparated("first-names.tsv")) {
			String gender = fields[0];
			if (gender.equals("l")) {
				for (String name : fields[1].split(" ")) {
					if (!name.isBlank()) {
						LATIN_KEYS.add(MatchKeys.of(name));
					}
				}
				continue;
			}
			String nominative = fields[1].replace('ё', 'е');
			Hint hint = gender.equals("f") ? Hint.FEMININE : Hint.MASCULINE;
			GENDER_BY_NOMINATIVE.put(nominative, hint);
			List<String> forms = fields.length > 2 ? List.of((nominative + "|" + fields[2]).split("\\|"))
					: RussianInflection.firstNameForms(nominative, hint);
			for (String form : forms) {
				NOMINATIVE_BY_CYRILLIC_FORM.putIfAbsent(form.strip(), nominative);
			}
			LATIN_KEYS.add(MatchKeys.of(nominative));
		}
	}

	private FirstNames() {
	}

	/** Whether a word as written (any case form, any script) is a given name. */
	public static boolean isFirstName(String word) {
		if (word.length() < 2) {
			return false;
		}
		if (Transliteration.isCyrillic(word.charAt(0))) {
			return NOMINATIVE_BY_CYRILLIC_FORM.containsKey(word);
		}
		return LATIN_KEYS.contains(MatchKeys.of(word));
	}

	/** Whether a {@link MatchKeys match key} is the key of a given name written in Latin letters. */
	public static boolean isLatinFirstNameKey(String key) {
		return LATIN_KEYS.contains(key);
	}

	/** The nominative of a Cyrillic given name in any case, or null when the word is not one. */
	public static String nominative(String cyrillicForm) {
		return NOMINATIVE_BY_CYRILLIC_FORM.get(cyrillicForm);
	}

	/** The gender of a Cyrillic given name in any case; {@link Hint#NONE} when unknown. */
	public static Hint gender(String cyrillicForm) {
		String nominative = nominative(cyrillicForm);
		return nominative == null ? Hint.NONE : GENDER_BY_NOMINATIVE.get(nominative);
	}

	/** Whether a word is the nominative of a known Russian given name. */
	static boolean isKnown(String word) {
		return GENDER_BY_NOMINATIVE.containsKey(word.replace('ё', 'е'));
	}

	/** Men's names in "-а" or "-я" (Никита, Илья), which do not make a name feminine. */
	static boolean isMasculineInA(String lowerCaseName) {
		String capitalised = lowerCaseName.isEmpty() ? lowerCaseName
				: lowerCaseName.substring(0, 1).toUpperCase(Locale.ROOT) + lowerCaseName.substring(1);
		return GENDER_BY_NOMINATIVE.get(capitalised) == Hint.MASCULINE;
	}
}
