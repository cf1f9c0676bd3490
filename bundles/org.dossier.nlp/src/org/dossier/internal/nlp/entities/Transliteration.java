package org.dossier.internal.nlp.entities;

/**
 * Russian (and Ukrainian) Cyrillic to Latin letters, after BGN/PCGN as the press simplifies it: no
 * apostrophes for the soft and hard signs, "-y" for the adjectival endings "-ий" and "-ый" (Dmitry, Zelensky,
 * Navalny), "ye" for "е" at the start of a word or after a vowel (Yevgeny, Sergeyev), "yo" for "ё" except
 * after ж ч ш щ, where the press writes "e" (Gorbachev). Characters that are not Cyrillic are kept.
 */
public final class Transliteration {

	private static final String VOWELS = "аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ";
	private static final String SIGNS = "ъьЪЬ";
	private static final String HUSHING = "жчшщЖЧШЩ";

	private Transliteration() {
	}

	/** Whether the text holds at least one Cyrillic letter. */
	public static boolean hasCyrillic(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			if (isCyrillic(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	public static boolean isCyrillic(char c) {
		return c >= '\u0400' && c <= '\u04FF';
	}

	public static String toLatin(String text) {
		if (!hasCyrillic(text)) {
			return text;
		}
		StringBuilder latin = new StringBuilder(text.length() + 8);
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (!isCyrillic(c)) {
				latin.append(c);
				continue;
			}
			char lower = Character.toLowerCase(c);
			char previous = i > 0 ? text.charAt(i - 1) : ' ';
			char next = i + 1 < length ? text.charAt(i + 1) : ' ';
			boolean wordStart = !Character.isLetter(previous);
			boolean wordEnd = !Character.isLetter(next);
			String letters = switch (lower) {
				case 'а' -> "a";
				case 'б' -> "b";
				case 'в' -> "v";
				case 'г', 'ґ' -> "g";
				case 'д' -> "d";
				case 'е' -> wordStart || VOWELS.indexOf(previous) >= 0 || SIGNS.indexOf(previous) >= 0 ? "ye" : "e";
				case 'ё' -> HUSHING.indexOf(previous) >= 0 ? "e" : "yo";
				case 'ж' -> "zh";
				case 'з' -> "z";
				case 'и' -> "i";
				case 'й' -> adjectivalEnding(previous, wordEnd) ? "" : "y";
				case 'к' -> "k";
				case 'л' -> "l";
				case 'м' -> "m";
				case 'н' -> "n";
				case 'о' -> "o";
				case 'п' -> "p";
				case 'р' -> "r";
				case 'с' -> "s";
				case 'т' -> "t";
				case 'у' -> "u";
				case 'ф' -> "f";
				case 'х' -> "kh";
				case 'ц' -> "ts";
				case 'ч' -> "ch";
				case 'ш' -> "sh";
				case 'щ' -> "shch";
				case 'ъ', 'ь' -> "";
				case 'ы' -> "y";
				case 'э' -> "e";
				case 'ю' -> "yu";
				case 'я' -> "ya";
				case 'і' -> "i";
				case 'ї' -> "yi";
				case 'є' -> "ye";
				case 'ў' -> "u";
				default -> String.valueOf(c);
			};
			if (lower == 'и' && Character.toLowerCase(next) == 'й' && !Character.isLetter(charAt(text, i + 2))) {
				letters = "y";
			}
			appendCased(latin, letters, Character.isUpperCase(c), Character.isUpperCase(next)
					|| isWordUpperCase(text, i));
		}
		return latin.toString();
	}

	private static char charAt(String text, int index) {
		return index < text.length() ? text.charAt(index) : ' ';
	}

	/** "-ий" and "-ый" at the end of a word become a single "y", written by the vowel. */
	private static boolean adjectivalEnding(char previous, boolean wordEnd) {
		return wordEnd && (previous == 'и' || previous == 'ы' || previous == 'И' || previous == 'Ы');
	}

	private static boolean isWordUpperCase(String text, int index) {
		char previous = index > 0 ? text.charAt(index - 1) : ' ';
		return Character.isUpperCase(previous) && Character.isLetter(previous);
	}

	private static void appendCased(StringBuilder latin, String letters, boolean upperCase,
			boolean wholeWordUpperCase) {
		if (letters.isEmpty()) {
			return;
		}
		if (!upperCase) {
			latin.append(letters);
		} else if (wholeWordUpperCase) {
			latin.append(letters.toUpperCase(java.util.Locale.ROOT));
		} else {
			latin.append(Character.toUpperCase(letters.charAt(0))).append(letters, 1, letters.length());
		}
	}
}
