package org.dossier.internal.nlp.citations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the footnote lists, endnote lists and numbered bibliographies of a text: runs of lines that start
 * with a label numbering them one after the other ("[1] …", "[2] …"; "1. …", "2. …"; "1 https://…"),
 * each entry going on over the lines after its label until the next label.
 * <p>
 * A line after an entry's last line goes on with it when it starts in lower case, with a digit, "//" or a
 * dash; when that line ends with a comma, colon, dash or a word, as an entry broken by the PDF it came from
 * does; or when it ends with a web address cut at a '/' and the next line holds the rest. A line after one
 * closing a sentence, that starts with a capital, is not the entry's: a running header between two entries,
 * or the text after the list. A line with a label that does not follow on ends the list; years are no
 * labels, having four digits ("2011. – N. 47. – P. 215–224." goes on with its entry).
 * <p>
 * Numbered lists are everywhere in prose, so a run is taken for a reference list only when most of its
 * entries look bibliographic (a web address, a DOI, authors with initials, "//", "Ibid.", a year with pages
 * or a publisher) or a heading such as "References", "Notes", "Literatur", "Литература" stands before it.
 */
final class ReferenceLists {

	/** How a label is written. */
	enum LabelStyle {
		/** "[1]". */
		BRACKETS,
		/** "1.". */
		NUMBER_PERIOD,
		/** "1)". */
		NUMBER_PARENTHESIS,
		/** "(1)". */
		PARENTHESES,
		/** "1 https://…": a bare number, only before an address. */
		NUMBER_BEFORE_ADDRESS,
		/** "¹". */
		SUPERSCRIPT
	}

	/** A label at the start of a line: its offsets, number and style. */
	record Label(int begin, int end, int number, LabelStyle style) {
	}

	/** A list entry: its label, and where its text ends. */
	record Entry(Label label, int end) {
	}

	/** A run of entries with labels of one style numbered one after the other. */
	record ReferenceList(LabelStyle style, List<Entry> entries) {
	}

	private record Line(int begin, int end) {
	}

	/** Label numbers may skip this many entries lost to extraction and still follow on. */
	private static final int LARGEST_STEP = 3;
	private static final int LARGEST_LABEL = 999;
	/** Lines that belong to no entry (a running header) may stand inside a list, this many together. */
	private static final int MOST_LINES_BETWEEN_ENTRIES = 3;
	private static final int LINES_TO_HEADING = 3;
	/**
	 * No reference is longer: a longer "entry" is a numbered section of prose, "1. Introduction" and the
	 * paragraphs after it.
	 */
	private static final int LONGEST_ENTRY = 1500;
	/** A numbered line no longer than this, ending in a letter, may be a heading: "1. Introduction". */
	private static final int LONGEST_HEADING = 40;

	private static final Set<String> HEADINGS = Set.of("references", "reference", "bibliography", "notes", "endnotes",
			"footnotes", "sources", "literature", "works cited", "références", "bibliographie", "notes et références",
			"sources et références", "literatur", "literaturverzeichnis", "quellen", "quellenverzeichnis", "anmerkungen",
			"fußnoten", "einzelnachweise", "литература", "список литературы", "примечания", "источники",
			"список источников", "библиография", "сноски");

	private static final Pattern URL = Pattern.compile("(?:https?://|ftp://|www\\.)\\S+", Pattern.CASE_INSENSITIVE);
	private static final Pattern DOI = Pattern.compile("\\b10\\.\\d{4,9}/\\S+");
	/** "Иванов И.И.", "Smith J.", "Smith J.A.", "N.N. Mikhailova", "И. И. Иванов". */
	private static final Pattern AUTHOR_WITH_INITIALS = Pattern.compile(
			"\\p{Lu}[\\p{L}'’-]+\\h+(?:\\p{Lu}\\.\\h?){1,3}|(?:\\p{Lu}\\.\\h?){1,3}\\h?\\p{Lu}[\\p{L}'’-]+");
	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:1[5-9]\\d\\d|20\\d\\d)(?!\\d)");
	private static final Pattern PUBLICATION_WORDS = Pattern.compile(
			"(?iu)\\b(?:pp?\\.|vol\\.|no\\.|ed\\.|eds\\.|press|journal|verlag|hrsg\\.|bd\\.|s\\.\\h?\\d"
					+ "|с\\.\\h?\\d|т\\.\\h?\\d|вып\\.|изд|журнал|\\d+\\h?(?:p|pp|с|s)\\.)");
	private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.-?)+");
	/** Numbering before a heading and punctuation after it: "5. References:". */
	private static final Pattern HEADING_PUNCTUATION = Pattern.compile("[\\p{P}&&[^'’-]]+$|^[\\p{P}\\d\\h]+");
	private static final Pattern SPACED_LETTERS = Pattern.compile("(?:\\p{L}\\h+)+\\p{L}");
	private static final Pattern SPACES = Pattern.compile("\\h+");
	private static final Pattern SEE_ABOVE = Pattern.compile("(?iu)^(?:ibid|ibidem|idem|ebd|ebenda|там же|op\\. cit)\\b");

	private final String text;
	private final List<Line> lines;

	private ReferenceLists(String text) {
		this.text = text;
		this.lines = lines(text);
	}

	/** The reference lists of the text, in text order. */
	static List<ReferenceList> find(String text) {
		return new ReferenceLists(text).run();
	}

	private List<ReferenceList> run() {
		List<ReferenceList> lists = new ArrayList<>();
		int k = 0;
		while (k < lines.size()) {
			Label label = label(lines.get(k));
			if (label == null) {
				k++;
				continue;
			}
			int firstLine = k;
			List<Entry> entries = new ArrayList<>();
			Label current = label;
			int lastLineOfEntry = k;
			k++;
			while (k < lines.size()) {
				Label next = label(lines.get(k));
				if (next != null && next.style() == current.style() && followsOn(current, next)) {
					entries.add(new Entry(current, lines.get(lastLineOfEntry).end()));
					current = next;
					lastLineOfEntry = k;
					k++;
				} else if (next == null && !isHeading(current, lastLineOfEntry, k)
						&& continues(lines.get(lastLineOfEntry), lines.get(k))) {
					lastLineOfEntry = k;
					k++;
				} else if (nextLabelWithin(k, current)) {
					k++;
				} else {
					break;
				}
			}
			entries.add(new Entry(current, lines.get(lastLineOfEntry).end()));
			k = lastLineOfEntry + 1;
			if (isReferenceList(entries, firstLine)) {
				lists.add(new ReferenceList(label.style(), entries));
			}
		}
		return lists;
	}

	private static boolean followsOn(Label current, Label next) {
		int step = next.number() - current.number();
		return step >= 1 && step <= LARGEST_STEP;
	}

	/** Whether an entry of the list, following on from {@code current}, comes within the next few lines. */
	private boolean nextLabelWithin(int k, Label current) {
		for (int j = k; j < lines.size() && j < k + MOST_LINES_BETWEEN_ENTRIES; j++) {
			Label label = label(lines.get(j));
			if (label != null && label.style() == current.style() && label.number() == current.number() + 1) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the entry is a numbered heading, "1. Introduction", which the line after it does not
	 * continue: a short label line, with a capital starting the next one.
	 */
	private boolean isHeading(Label label, int entryLine, int nextLine) {
		Line line = lines.get(entryLine);
		return line.begin() == label.begin() && line.end() - label.end() <= LONGEST_HEADING
				&& Character.isUpperCase(text.charAt(lines.get(nextLine).begin()))
				&& Character.isLetter(text.charAt(line.end() - 1));
	}

	/** Whether {@code next} goes on with the entry whose last line so far is {@code previous}. */
	private boolean continues(Line previous, Line next) {
		char first = text.charAt(next.begin());
		if (Character.isLowerCase(first) || Character.isDigit(first) || first == '/' || first == '–' || first == '—'
				|| first == '-' || first == '(') {
			return true;
		}
		char last = text.charAt(previous.end() - 1);
		String lastWord = lastWord(previous);
		if (isInitial(lastWord)) {
			return true;
		}
		if (URL.matcher(lastWord).lookingAt() || DOI.matcher(lastWord).lookingAt()) {
			return "/-_=?&%#".indexOf(last) >= 0 && text.substring(next.begin(), next.end()).indexOf(' ') < 0;
		}
		return last == ',' || last == ':' || last == ';' || last == '–' || last == '—' || last == '-' || last == '/'
				|| Character.isLetterOrDigit(last);
	}

	/** "С.", "И.Н.", "J.-C.": an entry whose line ends with the initials of its last author goes on. */
	private static boolean isInitial(String word) {
		return word.length() >= 2 && INITIALS.matcher(word).matches();
	}

	private String lastWord(Line line) {
		int k = line.end();
		while (k > line.begin() && !Character.isWhitespace(text.charAt(k - 1))) {
			k--;
		}
		return text.substring(k, line.end());
	}

	private boolean isReferenceList(List<Entry> entries, int firstLine) {
		int bibliographic = 0;
		for (Entry entry : entries) {
			if (entry.end() - entry.label().begin() > LONGEST_ENTRY) {
				return false;
			}
			if (looksBibliographic(text.substring(entry.label().end(), entry.end()))) {
				bibliographic++;
			}
		}
		if (hasHeadingBefore(firstLine)) {
			return bibliographic > 0 || entries.size() > 1;
		}
		return entries.size() > 1 && bibliographic * 2 >= entries.size();
	}

	private static boolean looksBibliographic(String entry) {
		String body = entry.strip();
		if (body.contains("//") || body.contains("www.") || body.contains("10.") && DOI.matcher(body).find()
				|| SEE_ABOVE.matcher(body).lookingAt()) {
			return true;
		}
		boolean authors = AUTHOR_WITH_INITIALS.matcher(body).lookingAt();
		boolean year = YEAR.matcher(body).find();
		return authors && year || year && PUBLICATION_WORDS.matcher(body).find();
	}

	private boolean hasHeadingBefore(int firstLine) {
		for (int k = firstLine - 1; k >= 0 && k >= firstLine - LINES_TO_HEADING; k--) {
			String line = text.substring(lines.get(k).begin(), lines.get(k).end());
			if (HEADINGS.contains(headingKey(line))) {
				return true;
			}
		}
		return false;
	}

	/** A heading in lower case, without its punctuation, its letters joined if spaced out: "Л и т е р а т у р а". */
	private static String headingKey(String line) {
		String key = HEADING_PUNCTUATION.matcher(line.strip().toLowerCase(Locale.ROOT)).replaceAll("");
		if (SPACED_LETTERS.matcher(key).matches()) {
			key = SPACES.matcher(key).replaceAll("");
		}
		return SPACES.matcher(key).replaceAll(" ");
	}

	/** The label at the start of a line, or null. */
	private Label label(Line line) {
		int b = line.begin();
		int e = line.end();
		char c = text.charAt(b);
		if (c == '[' || c == '(') {
			int close = digitsEnd(b + 1, e);
			char closing = c == '[' ? ']' : ')';
			if (close > b + 1 && close < e && text.charAt(close) == closing && close + 1 < e
					&& (c == '[' ? isLabelEnd(close + 1) : Character.isWhitespace(text.charAt(close + 1)))) {
				return label(b, close + 1, b + 1, close, c == '[' ? LabelStyle.BRACKETS : LabelStyle.PARENTHESES);
			}
			return null;
		}
		if (Character.isDigit(c)) {
			int digitsEnd = digitsEnd(b, e);
			if (digitsEnd + 2 >= e) {
				return null;
			}
			char after = text.charAt(digitsEnd);
			char next = text.charAt(digitsEnd + 1);
			if (after == '.' && Character.isWhitespace(next) && !Character.isDigit(firstAfterSpace(digitsEnd + 1, e))) {
				return label(b, digitsEnd + 1, b, digitsEnd, LabelStyle.NUMBER_PERIOD);
			}
			if (after == ')' && Character.isWhitespace(next)) {
				return label(b, digitsEnd + 1, b, digitsEnd, LabelStyle.NUMBER_PARENTHESIS);
			}
			if (Character.isWhitespace(after)) {
				int address = skipSpace(digitsEnd, e);
				if (URL.matcher(text).region(address, e).lookingAt()) {
					return label(b, digitsEnd, b, digitsEnd, LabelStyle.NUMBER_BEFORE_ADDRESS);
				}
			}
			return null;
		}
		if (Superscripts.isDigit(c)) {
			int end = b;
			while (end < e && Superscripts.isDigit(text.charAt(end))) {
				end++;
			}
			if (end < e && end - b <= 3) {
				return new Label(b, end, Integer.parseInt(Superscripts.toDigits(text.substring(b, end))), LabelStyle.SUPERSCRIPT);
			}
		}
		return null;
	}

	/**
	 * Whether what follows "[1]" at the start of a line makes it a label: a space, a letter, a digit or an
	 * address, not punctuation, which makes it a citation at the start of a line: "[12]. Автоматический".
	 */
	private boolean isLabelEnd(int afterBracket) {
		char next = text.charAt(afterBracket);
		return Character.isWhitespace(next) || Character.isLetterOrDigit(next) || next == '«' || next == '“' || next == '"';
	}

	private Label label(int begin, int end, int digitsBegin, int digitsEnd, LabelStyle style) {
		if (digitsEnd - digitsBegin > 3) {
			return null;
		}
		int number = Integer.parseInt(text.substring(digitsBegin, digitsEnd));
		return number == 0 || number > LARGEST_LABEL ? null : new Label(begin, end, number, style);
	}

	private int digitsEnd(int from, int to) {
		int k = from;
		while (k < to && text.charAt(k) >= '0' && text.charAt(k) <= '9') {
			k++;
		}
		return k;
	}

	private int skipSpace(int from, int to) {
		int k = from;
		while (k < to && Character.isWhitespace(text.charAt(k))) {
			k++;
		}
		return k;
	}

	private char firstAfterSpace(int from, int to) {
		int k = skipSpace(from, to);
		return k < to ? text.charAt(k) : ' ';
	}

	/** The lines of the text that hold something, trimmed. */
	private static List<Line> lines(String text) {
		List<Line> lines = new ArrayList<>();
		int lineStart = 0;
		int length = text.length();
		while (lineStart < length) {
			int lineEnd = text.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = length;
			}
			int begin = lineStart;
			while (begin < lineEnd && isSpace(text.charAt(begin))) {
				begin++;
			}
			int end = lineEnd;
			while (end > begin && isSpace(text.charAt(end - 1))) {
				end--;
			}
			if (begin < end) {
				lines.add(new Line(begin, end));
			}
			lineStart = lineEnd + 1;
		}
		return lines;
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}
}
