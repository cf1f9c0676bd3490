package org.dossier.internal.nlp.citations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dossier.internal.nlp.citations.ReferenceLists.Entry;
import org.dossier.internal.nlp.citations.ReferenceLists.LabelStyle;
import org.dossier.internal.nlp.citations.ReferenceLists.ReferenceList;
import org.dossier.nlp.CitationMarker;
import org.dossier.nlp.CitationMarker.Style;
import org.dossier.nlp.Citations;
import org.dossier.nlp.ReferenceEntry;

/** Finds the reference lists and citation markers of one text; see {@code CitationRecognizer} for the rules. */
public final class CitationAnalysis {

	private static final Pattern BRACKETED = Pattern.compile("\\[\\h*(\\d{1,3}(?:\\h*[,;–—-]\\h*\\d{1,3})*)\\h*\\]");
	private static final Pattern PARENTHESISED = Pattern.compile("\\((\\d{1,3}(?:\\h*[,;–—-]\\h*\\d{1,3})*)\\)");
	private static final Pattern CARET = Pattern.compile("\\^(\\d{1,3})(?!\\d)");
	private static final Pattern KEY_OR_RANGE = Pattern.compile("(\\d{1,3})(?:\\h*[–—-]\\h*(\\d{1,3}))?");
	/** A range longer than this is no citation: "[1–500]" is something else. */
	private static final int LONGEST_RANGE = 50;
	/** Units that take a superscript 2 or 3: "km²", "m³", "cm/s²" are no footnotes. */
	private static final Set<String> UNITS = Set.of("m", "km", "cm", "mm", "dm", "nm", "µm", "μm", "ft", "in", "mi", "yd",
			"ha", "s", "g", "kg", "м", "км", "см", "мм", "дм", "с", "г", "кг", "x", "y", "z", "n");
	/** Words before which a number in parentheses counts an item: "(1) to announce …, or (2) to send …". */
	private static final Set<String> ENUMERATING_WORDS = Set.of("and", "or", "et", "ou", "und", "oder", "и", "или", "either",
			"soit");
	/** A line whose words are mostly numbers is a table row: its numbers cite nothing. */
	private static final double TABLE_ROW_NUMBER_SHARE = 0.6;
	/** A longer line is running text, whatever numbers it holds. */
	private static final int LONGEST_TABLE_ROW = 300;

	private final String text;
	private final List<ReferenceList> lists;
	private final List<List<ReferenceEntry>> entriesByList = new ArrayList<>();
	private final List<Map<String, ReferenceEntry>> entryByKeyByList = new ArrayList<>();
	/** The lists holding each key, in text order. */
	private final Map<String, List<Integer>> listsByKey = new HashMap<>();
	/** Where each list begins and ends, in text order: {@code [begin0, end0, begin1, end1, ...]}. */
	private final int[] listRanges;

	public CitationAnalysis(String text) {
		this.text = text;
		this.lists = ReferenceLists.find(text);
		this.listRanges = new int[lists.size() * 2];
		for (ReferenceList list : lists) {
			List<ReferenceEntry> entries = new ArrayList<>();
			Map<String, ReferenceEntry> byKey = new HashMap<>();
			for (Entry entry : list.entries()) {
				ReferenceEntry parsed = ReferenceParser.parse(text, entry);
				entries.add(parsed);
				if (byKey.putIfAbsent(parsed.key(), parsed) == null) {
					listsByKey.computeIfAbsent(parsed.key(), key -> new ArrayList<>()).add(entriesByList.size());
				}
			}
			listRanges[entriesByList.size() * 2] = entries.get(0).begin();
			listRanges[entriesByList.size() * 2 + 1] = entries.get(entries.size() - 1).end();
			entriesByList.add(entries);
			entryByKeyByList.add(byKey);
		}
	}

	public Citations run() {
		List<CitationMarker> markers = new ArrayList<>();
		bracketed(markers);
		if (!lists.isEmpty()) {
			parenthesised(markers);
		}
		superscripts(markers);
		carets(markers);
		markers.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
		List<ReferenceEntry> references = new ArrayList<>();
		entriesByList.forEach(references::addAll);
		return new Citations(markers, references);
	}

	/** "[11]", "[11, 12]", "[3–5]", not at the start of a line, where it labels a list entry. */
	private void bracketed(List<CitationMarker> markers) {
		Matcher matcher = BRACKETED.matcher(text);
		for (int begin = text.indexOf('['); begin >= 0; begin = text.indexOf('[', begin + 1)) {
			if (matcher.region(begin, text.length()).lookingAt() && !(startsLine(begin) && labelsLine(matcher.end()))
					&& isMarkerPlace(begin)) {
				add(markers, begin, matcher.end(), Style.BRACKETS, matcher.group(1));
			}
		}
	}

	/**
	 * "(1)" right after a word or sentence, when a reference list holds that number; not an item number in
	 * running text ("options: (1) to announce …, or (2) to send …"), nor a year, which has four digits.
	 */
	private void parenthesised(List<CitationMarker> markers) {
		Matcher matcher = PARENTHESISED.matcher(text);
		for (int begin = text.indexOf('('); begin >= 0; begin = text.indexOf('(', begin + 1)) {
			if (!matcher.region(begin, text.length()).lookingAt() || startsLine(begin) || !isMarkerPlace(begin)
					|| enumerates(begin)) {
				continue;
			}
			List<String> keys = keys(matcher.group(1));
			if (!keys.isEmpty() && keys.stream().allMatch(this::isListed)) {
				add(markers, begin, matcher.end(), Style.PARENTHESES, matcher.group(1));
			}
		}
	}

	/** "¹²" after a word or punctuation, not after a unit ("km²") or a number ("10³"). */
	private void superscripts(List<CitationMarker> markers) {
		for (int k = Superscripts.indexOfFirst(text); k >= 0 && k < text.length(); k++) {
			char c = text.charAt(k);
			if (c < '²' || !Superscripts.isDigit(c)) {
				continue;
			}
			int end = k;
			while (end < text.length() && Superscripts.isDigit(text.charAt(end))) {
				end++;
			}
			if (end - k <= 3 && k > 0 && !startsLine(k) && isMarkerPlace(k) && followsWordOrPunctuation(k)
					&& (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
				add(markers, k, end, Style.SUPERSCRIPT, Superscripts.toDigits(text.substring(k, end)));
			}
			k = end - 1;
		}
	}

	/** "^12", as PDF extraction leaves a superscript, after a word or punctuation but not a number: "10^13". */
	private void carets(List<CitationMarker> markers) {
		Matcher matcher = CARET.matcher(text);
		for (int begin = text.indexOf('^'); begin >= 0; begin = text.indexOf('^', begin + 1)) {
			if (begin > 0 && matcher.region(begin, text.length()).lookingAt() && !Character.isDigit(text.charAt(begin - 1))
					&& !Character.isWhitespace(text.charAt(begin - 1)) && isMarkerPlace(begin)) {
				add(markers, begin, matcher.end(), Style.CARET, matcher.group(1));
			}
		}
	}

	private void add(List<CitationMarker> markers, int begin, int end, Style style, String numbers) {
		List<String> keys = keys(numbers);
		if (keys.isEmpty()) {
			return;
		}
		List<ReferenceEntry> references = new ArrayList<>();
		for (String key : keys) {
			ReferenceEntry entry = entry(key, style, begin);
			if (entry != null) {
				references.add(entry);
			}
		}
		markers.add(new CitationMarker(begin, end, text.substring(begin, end), style, keys, references));
	}

	/** "11, 12" gives 11 and 12, "3–5" gives 3, 4 and 5; nothing when a range runs backwards or too far. */
	private static List<String> keys(String numbers) {
		List<String> keys = new ArrayList<>();
		Matcher matcher = KEY_OR_RANGE.matcher(numbers);
		while (matcher.find()) {
			int first = Integer.parseInt(matcher.group(1));
			int last = matcher.group(2) == null ? first : Integer.parseInt(matcher.group(2));
			if (last < first || last - first > LONGEST_RANGE || first == 0) {
				return List.of();
			}
			for (int key = first; key <= last; key++) {
				keys.add(String.valueOf(key));
			}
		}
		return keys;
	}

	/**
	 * The entry with the key, from a list labelled like the marker ("[n]" for "[n]") when there is one, the
	 * first such list after the marker (endnotes follow the text that cites them), else the last before it.
	 */
	private ReferenceEntry entry(String key, Style style, int markerOffset) {
		List<Integer> holding = listsByKey.get(key);
		if (holding == null) {
			return null;
		}
		int firstAfter = 0;
		while (firstAfter < holding.size() && listRanges[holding.get(firstAfter) * 2] < markerOffset) {
			firstAfter++;
		}
		int list = -1;
		for (boolean sameStyle : new boolean[] { true, false }) {
			for (int k = firstAfter; list < 0 && k < holding.size(); k++) {
				list = hasStyle(holding.get(k), style) == sameStyle ? holding.get(k) : -1;
			}
			for (int k = firstAfter - 1; list < 0 && k >= 0; k--) {
				list = hasStyle(holding.get(k), style) == sameStyle ? holding.get(k) : -1;
			}
			if (list >= 0) {
				break;
			}
		}
		return entryByKeyByList.get(list).get(key);
	}

	/** Whether a list is labelled like a marker of the style: "[n]" for "[n]", any other way for the others. */
	private boolean hasStyle(int list, Style style) {
		return style == Style.BRACKETS == (lists.get(list).style() == LabelStyle.BRACKETS);
	}

	private boolean isListed(String key) {
		return listsByKey.containsKey(key);
	}

	/** Outside reference lists, web addresses and table rows. */
	private boolean isMarkerPlace(int offset) {
		int low = 0;
		int high = listRanges.length / 2;
		while (low < high) {
			int middle = low + high >>> 1;
			if (listRanges[middle * 2 + 1] <= offset) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		boolean inList = low < listRanges.length / 2 && listRanges[low * 2] <= offset;
		return !inList && !insideAddress(offset) && !inTableRow(offset);
	}

	private boolean insideAddress(int offset) {
		int wordStart = offset;
		while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
			wordStart--;
		}
		String before = text.substring(wordStart, offset);
		return before.contains("://") || before.startsWith("www.") || before.contains("doi:") || before.contains("10.")
				&& before.contains("/");
	}

	private boolean inTableRow(int offset) {
		int lineStart = text.lastIndexOf('\n', offset) + 1;
		int lineEnd = text.indexOf('\n', offset);
		if (lineEnd < 0) {
			lineEnd = text.length();
		}
		if (lineEnd - lineStart > LONGEST_TABLE_ROW) {
			return false;
		}
		int words = 0;
		int numbers = 0;
		boolean inWord = false;
		boolean letters = false;
		for (int k = lineStart; k <= lineEnd; k++) {
			boolean space = k == lineEnd || Character.isWhitespace(text.charAt(k));
			if (space) {
				if (inWord) {
					words++;
					numbers += letters ? 0 : 1;
				}
				inWord = false;
				letters = false;
			} else {
				inWord = true;
				letters |= Character.isLetter(text.charAt(k));
			}
		}
		return words >= 3 && numbers >= words * TABLE_ROW_NUMBER_SHARE;
	}

	/** Whether "[1]" at the start of a line labels it, being followed by words rather than punctuation. */
	private boolean labelsLine(int afterBracket) {
		return afterBracket < text.length() && ",.;:)".indexOf(text.charAt(afterBracket)) < 0
				&& text.charAt(afterBracket) != '\n';
	}

	private boolean startsLine(int offset) {
		for (int k = offset - 1; k >= 0; k--) {
			char c = text.charAt(k);
			if (c == '\n') {
				return true;
			}
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether the number in parentheses at {@code offset} counts an item: after a colon, semicolon or comma,
	 * at the start of a line, after "and", "or", "и" …
	 */
	private boolean enumerates(int offset) {
		int k = offset - 1;
		while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\u00A0')) {
			k--;
		}
		if (k < 0 || offset - k > 2) {
			return true;
		}
		char before = text.charAt(k);
		if (before == ':' || before == ';' || before == ',' || before == '\n') {
			return true;
		}
		if (!Character.isLetter(before) && ".!?»”’\")".indexOf(before) < 0) {
			return true;
		}
		int wordEnd = k + 1;
		while (k >= 0 && Character.isLetter(text.charAt(k))) {
			k--;
		}
		return ENUMERATING_WORDS.contains(text.substring(k + 1, wordEnd).toLowerCase(Locale.ROOT));
	}

	/** After a word that is not a unit, or after closing punctuation; not after a digit or a space. */
	private boolean followsWordOrPunctuation(int offset) {
		char before = text.charAt(offset - 1);
		if (Character.isLetter(before)) {
			int wordStart = offset - 1;
			while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
				wordStart--;
			}
			boolean afterSlash = wordStart > 0 && (text.charAt(wordStart - 1) == '/' || text.charAt(wordStart - 1) == '·');
			return !afterSlash && !UNITS.contains(text.substring(wordStart, offset).toLowerCase(Locale.ROOT));
		}
		return ".,;:!?)»”’\"".indexOf(before) >= 0;
	}
}
