package org.dossier.nlp;

import java.util.List;
import java.util.Objects;

import org.dossier.internal.nlp.entities.EntitySearch;
import org.dossier.internal.nlp.entities.MatchKeys;
import org.dossier.internal.nlp.entities.Transliteration;

/**
 * Finds the people, organisations and places named in French, German, English and Russian text, without a
 * statistical model: from the {@link Gazetteer} and from the words around names.
 * <ul>
 * <li>Places, organisations and well-known people the gazetteer lists, in any case and spelling it
 * generates (Москвы, Deutschlands, l'Allemagne, Сергея Лаврова), with the gazetteer's English name and a
 * place's coordinates.</li>
 * <li>People: capitalised words after a title or function (M., Mme, Präsident, Bundeskanzler, President,
 * министр, "le ministre russe des Affaires étrangères"), after a given name, with initials (J. Smith,
 * Н.Н. Михайлова), or next to a verb of saying ("a déclaré", "said", "sagte", "заявил", "according to");
 * and a surname alone where the text names the person in full elsewhere.</li>
 * <li>Organisations: names built on nouns such as Ministry, Ministère, Ministerium, Министерство, Agence,
 * Institut, Bank; legal forms (GmbH, Inc., ООО «…»); acronyms in brackets after a name; as a weak guess,
 * other words of two to six capitals.</li>
 * <li>Places: names after place words (г., с., оз., Lake, région de, Oblast) and, as a weak guess, after
 * "in", "à", "в".</li>
 * </ul>
 * Capitalised words with nothing around them that marks a name are left out: the first word of a sentence,
 * German nouns, month and day names, words in headings. Precision is preferred to recall.
 * <p>
 * The language code ("fr", "de", "en", "ru", or "und" when unknown) selects which gazetteer names are taken
 * ("Island" is Iceland only in German text) and a few rules (German capitalises every noun). Instances are
 * immutable and can be shared between threads.
 */
public final class EntityRecognizer {

	private final Gazetteer gazetteer;

	/** A recogniser using the {@link Gazetteer#standard() standard gazetteer}. */
	public EntityRecognizer() {
		this.gazetteer = Gazetteer.standard();
	}

	/**
	 * The entities named in {@code text}, in text order, none overlapping another.
	 *
	 * @param language a BCP 47 language code such as "fr" or "ru-RU"; "und" or null when unknown
	 */
	public List<EntityMention> recognize(String text, String language) {
		Objects.requireNonNull(text);
		return List.copyOf(EntitySearch.run(text, language, gazetteer.index()));
	}

	/**
	 * A key under which spellings of one name in different languages and scripts meet: Zelensky, Zelenskyy,
	 * Zelenskij, Selenskyj and Зеленский have one key; so have Sergueï Lavrov, Sergei Lavrov, Sergej Lawrow
	 * and Сергей Лавров. Cyrillic is transliterated, then accents, case, punctuation and the letters
	 * transliterations disagree on are folded (y/i/j, sh/ch/sch/tch, w/v/f, ou/u, k/c, z/s, doubled letters,
	 * a French final "-e"). The key is lossy: use it to merge entities of the same kind, not to find names.
	 */
	public static String matchKey(String name) {
		return MatchKeys.of(name);
	}

	/**
	 * Russian (and Ukrainian) Cyrillic in Latin letters, as the press transliterates it (BGN/PCGN without
	 * apostrophes, "-y" for "-ий"/"-ый"): "Сергей Лавров" is "Sergey Lavrov", "Зеленский" is "Zelensky".
	 * Other characters are kept.
	 */
	public static String transliterate(String text) {
		return Transliteration.toLatin(text);
	}
}
