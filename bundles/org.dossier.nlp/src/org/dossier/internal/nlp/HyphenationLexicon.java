package org.dossier.internal.nlp;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a hyphen at the end of a line belongs to the word or was only put there to break it,
 * by looking at how the same document writes the word where it is not broken. "природно-\nтехногенный"
 * keeps its hyphen when the document also writes "природно-техногенного" on one line; "seis-\nmological"
 * loses it, and does so too when the document says nothing either way, since breaking words is what most
 * line-end hyphens in extracted text do.
 */
public final class HyphenationLexicon {

	/** Letters of the second half that are compared; few enough to look past inflected endings. */
	private static final int COMPARED_LETTERS = 4;

	/** The document's words in lower case, sorted to find those that start with a given prefix. */
	private final String[] words;

	public HyphenationLexicon(String text) {
		Set<String> distinct = new HashSet<>();
		int length = text.length();
		int i = 0;
		while (i < length) {
			if (!Character.isLetter(text.charAt(i))) {
				i++;
				continue;
			}
			int start = i;
			while (true) {
				while (i < length && Character.isLetter(text.charAt(i))) {
					i++;
				}
				if (i + 1 < length && isHyphen(text.charAt(i)) && Character.isLetter(text.charAt(i + 1))) {
					i++;
				} else {
					break;
				}
			}
			distinct.add(text.substring(start, i).replace('\u2010', '-').toLowerCase(Locale.ROOT));
		}
		words = distinct.toArray(String[]::new);
		Arrays.sort(words);
	}

	private static boolean isHyphen(char c) {
		return c == '-' || c == '\u2010';
	}

	/**
	 * Whether {@code left} at the end of one line, followed by a hyphen, and {@code right} at the start of
	 * the next, make a word that is written with its hyphen.
	 */
	public boolean keepsHyphen(String left, String right) {
		String start = left.toLowerCase(Locale.ROOT);
		String comparedRight = right.substring(0, Math.min(COMPARED_LETTERS, right.length())).toLowerCase(Locale.ROOT);
		return hasWordStartingWith(start + "-" + comparedRight) && !hasWordStartingWith(start + comparedRight);
	}

	private boolean hasWordStartingWith(String prefix) {
		int found = Arrays.binarySearch(words, prefix);
		int ceiling = found >= 0 ? found : -found - 1;
		return ceiling < words.length && words[ceiling].startsWith(prefix);
	}
}
