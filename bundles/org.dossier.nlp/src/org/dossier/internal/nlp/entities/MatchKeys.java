package org.dossier.internal.nlp.entities;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A phonetic key for names, so that the spellings French, German and English give to the same Russian or
 * Ukrainian name fall together: Zelensky, Zelenskyy, Zelenskij, Selenskyj and Зеленский; Sergueï Lavrov,
 * Sergei Lavrov, Sergej Lawrow and Сергей Лавров. Cyrillic is transliterated first, then the spellings that
 * differ between the languages are folded: accents, case, y/i/j, the ways of writing ш ч щ х (sh, ch, sch,
 * tch, tsch, kh), w/v/f, ou/u, k/c/q, z/s, ts/tz, doubled letters, a French "-e" after a final consonant
 * (Poutine), "-ev" and "-ov" (Gorbachev, Gorbatschow). Words keep their order and are separated by one
 * space; punctuation, hyphens and apostrophes separate words.
 * <p>
 * The key is lossy by design: different names can share one (Ш and Ч both fold to "h"). Use it to decide
 * that two names already believed to be of the same kind are the same entity, not to find names.
 */
public final class MatchKeys {

	/**
	 * Letter groups and what they fold to, longest first at each position. The result of a fold is final:
	 * "zh" gives "i" because it stands for the "j" that in turn folds to "i".
	 */
	private static final String[][] CLUSTERS = {
			{ "schtsch", "h" }, { "chtch", "h" }, { "shch", "h" }, { "tsch", "h" }, { "sch", "h" }, { "tch", "h" },
			{ "gue", "ge" }, { "gui", "gi" }, { "sh", "h" }, { "ch", "h" }, { "zh", "i" }, { "kh", "h" }, { "ph", "v" },
			{ "ck", "k" }, { "qu", "k" }, { "ou", "u" }, { "tz", "s" }, { "ts", "s" }, { "x", "ks" }, { "c", "k" },
			{ "w", "v" }, { "f", "v" }, { "y", "i" }, { "j", "i" }, { "z", "s" } };

	private MatchKeys() {
	}

	public static String of(String name) {
		String latin = Transliteration.toLatin(name);
		String plain = (isAscii(latin) ? latin : Normalizer.normalize(latin,
				Normalizer.Form.NFD)).toLowerCase(Locale.ROOT);
		StringBuilder key = new StringBuilder(plain.length());
		StringBuilder word = new StringBuilder();
		for (int i = 0; i <= plain.length(); i++) {
			char c = i < plain.length() ? plain.charAt(i) : ' ';
			if (Character.getType(c) == Character.NON_SPACING_MARK) {
				continue;
			}
			String letters = switch (c) {
				case 'ß' -> "ss";
				case 'æ' -> "ae";
				case 'œ' -> "oe";
				case 'ø' -> "o";
				case 'ł' -> "l";
				case 'đ', 'ð' -> "d";
				case 'ı' -> "i";
				case 'þ' -> "th";
				default -> Character.isLetterOrDigit(c) ? null : "";
			};
			if (letters == null) {
				word.append(c);
			} else if (!letters.isEmpty()) {
				word.append(letters);
			} else if (!word.isEmpty()) {
				if (!key.isEmpty()) {
					key.append(' ');
				}
				key.append(foldWord(word.toString()));
				word.setLength(0);
			}
		}
		return key.toString();
	}

	private static String foldWord(String word) {
		StringBuilder clusters = new StringBuilder(word.length() + 2);
		int at = 0;
		while (at < word.length()) {
			String replacement = null;
			for (String[] cluster : CLUSTERS) {
				if (word.startsWith(cluster[0], at)) {
					replacement = cluster[1];
					at += cluster[0].length();
					break;
				}
			}
			if (replacement == null) {
				clusters.append(word.charAt(at));
				at++;
			} else {
				clusters.append(replacement);
			}
		}
		String folded = clusters.toString();
		if (folded.length() > 2 && folded.startsWith("ie") && !isVowel(folded.charAt(2))) {
			folded = folded.substring(1);
		}
		StringBuilder single = new StringBuilder(folded.length());
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (single.isEmpty() || single.charAt(single.length() - 1) != c) {
				single.append(c);
			}
		}
		int length = single.length();
		if (length > 3 && single.charAt(length - 1) == 'e' && !isVowel(single.charAt(length - 2))
				&& Character.isLetter(single.charAt(length - 2))) {
			single.setLength(length - 1);
			length--;
		}
		if (length > 3 && single.charAt(length - 2) == 'e' && single.charAt(length - 1) == 'v') {
			single.setCharAt(length - 2, 'o');
		}
		return single.toString();
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	private static boolean isVowel(char c) {
		return "aeiou".indexOf(c) >= 0;
	}
}
