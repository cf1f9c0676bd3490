package org.dossier.internal.nlp;

import java.util.regex.Pattern;

/**
 * Web addresses, e-mail addresses and DOIs: the dates and numbers inside them ("/2024-08-13/", "10.3103/")
 * are part of a name, not something the text states. An address runs from the start of the word that
 * holds "://", "www.", "@" or "doi:", or from a DOI prefix ("10.1234/"), to the next space, less the
 * punctuation that closes a sentence or a bracket around it.
 */
public final class WebAddresses {

	private static final String[] MARKERS = { "://", "www.", "@", "doi:", "DOI:", "10." };
	private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\S*",
			Pattern.UNICODE_CHARACTER_CLASS);

	private WebAddresses() {
	}

	/** Adds the range of every address in {@code text} to {@code ranges}. */
	public static void addTo(Spans.Ranges ranges, String text) {
		for (String marker : MARKERS) {
			int found = text.indexOf(marker);
			while (found >= 0) {
				int start = found;
				while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
					start--;
				}
				int end = found + marker.length();
				while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
					end++;
				}
				if (marker.equals("10.")) {
					start = found;
				}
				if (isAddress(text, marker, start, end)) {
					ranges.add(start, trimClosingPunctuation(text, start, end));
				}
				found = text.indexOf(marker, end);
			}
		}
	}

	private static boolean isAddress(String text, String marker, int start, int end) {
		return switch (marker) {
			case "@" -> EMAIL.matcher(text).region(start, end).matches();
			case "10." -> !Characters.isLetterOrDigit(text, start - 1) && !(start > 0 && text.charAt(start - 1) == '.')
					&& DOI.matcher(text).region(start, end).matches();
			default -> true;
		};
	}

	/** An address at the end of a sentence or in brackets leaves the punctuation after it to the sentence. */
	private static int trimClosingPunctuation(String text, int start, int end) {
		int trimmed = end;
		while (trimmed > start && ".,;:)]»”\"'".indexOf(text.charAt(trimmed - 1)) >= 0) {
			trimmed--;
		}
		return trimmed;
	}
}
