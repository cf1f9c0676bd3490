package org.dossier.internal.nlp;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the lines that a printed page adds around its text: running headers and footers, and page
 * numbers. Text extracted from PDFs keeps them, and they cut sentences in two wherever a page ends.
 * <p>
 * Form feeds, where the extractor wrote them, say where pages end; a line is then furniture when it
 * repeats at the top or bottom of several pages. Without form feeds, a line is furniture when it repeats
 * three times or more, at least {@value #MIN_CHARS_BETWEEN_REPEATS} characters apart: a page's worth, so that
 * the items of a list or a table's repeated cells are not taken for headers. Lines that repeat together
 * with more than {@value #MAX_FURNITURE_LINES_IN_A_ROW} neighbours are a passage the document repeats, which a
 * later step marks as a duplicate, and stay. A title that a document repeats as its running header keeps
 * its first occurrence when it opens the document.
 */
public final class PageFurniture {

	static final int MIN_CHARS_BETWEEN_REPEATS = 1000;
	private static final int MIN_CHARS_BETWEEN_PAGE_NUMBERS = 500;
	private static final int MIN_REPEATS_WITHOUT_PAGES = 3;
	private static final int MIN_PAGES_WITH_REPEAT = 2;
	private static final int EDGE_LINES = 3;
	private static final int TITLE_LINES = 5;
	private static final int MAX_FURNITURE_LINES_IN_A_ROW = 4;
	private static final int MAX_HEADER_LENGTH = 160;
	private static final int MAX_PAGE_NUMBER_LINE_LENGTH = 24;

	private static final Pattern BARE_PAGE_NUMBER = Pattern.compile("\\d{1,4}");
	private static final Pattern DECORATED_PAGE_NUMBER = Pattern.compile("(?iu)"
			+ "(?:page|p\\.|seite|s\\.|страница|стр\\.|с\\.) ?\\d{1,4}(?: ?(?:of|sur|de|von|из|/) ?\\d{1,4})?"
			+ "|[-–—] ?\\d{1,4} ?[-–—]"
			+ "|\\d{1,4} ?(?:/|of|sur|von|из) ?\\d{1,4}");
	private static final Pattern PAGE_NUMBER_AT_EDGE = Pattern.compile("^\\d{1,4} | \\d{1,4}$");

	private final String text;
	private final List<TextLine> lines;
	private final boolean hasPages;
	private final int[] pageOfLine;
	private final BitSet pageEdge = new BitSet();
	private final BitSet furniture = new BitSet();

	private PageFurniture(String text, List<TextLine> lines) {
		this.text = text;
		this.lines = lines;
		this.hasPages = lines.stream().anyMatch(TextLine::endsPage);
		this.pageOfLine = new int[lines.size()];
		markPagesAndEdges();
	}

	/** The indexes, in {@code lines}, of the lines to drop. */
	public static BitSet find(String text, List<TextLine> lines) {
		PageFurniture finder = new PageFurniture(text, lines);
		finder.findPageNumbers();
		finder.findRepeatedHeaders();
		return finder.furniture;
	}

	private void markPagesAndEdges() {
		List<Integer> contentLinesOfPage = new ArrayList<>();
		int page = 0;
		for (int i = 0; i < lines.size(); i++) {
			pageOfLine[i] = page;
			if (!lines.get(i).isBlank(text)) {
				contentLinesOfPage.add(i);
			}
			if (lines.get(i).endsPage() || i == lines.size() - 1) {
				markEdges(contentLinesOfPage);
				contentLinesOfPage.clear();
				page++;
			}
		}
	}

	private void markEdges(List<Integer> contentLinesOfPage) {
		int count = contentLinesOfPage.size();
		for (int k = 0; k < count; k++) {
			if (k < EDGE_LINES || k >= count - EDGE_LINES) {
				pageEdge.set(contentLinesOfPage.get(k));
			}
		}
	}

	private void findPageNumbers() {
		List<Integer> isolatedNumbers = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (!couldBePageNumber(lines.get(i))) {
				continue;
			}
			String content = lines.get(i).collapsedContent(text);
			if (DECORATED_PAGE_NUMBER.matcher(content).matches()) {
				furniture.set(i);
			} else if (BARE_PAGE_NUMBER.matcher(content).matches()) {
				if (hasPages && isFirstOrLastOfPage(i)) {
					furniture.set(i);
				} else if (isBetweenBlankLines(i)) {
					isolatedNumbers.add(i);
				}
			}
		}
		for (int candidate : isolatedNumbers) {
			if (continuesPageNumbering(candidate, isolatedNumbers)) {
				furniture.set(candidate);
			}
		}
	}

	private boolean couldBePageNumber(TextLine line) {
		int start = line.contentStart(text);
		int end = line.contentEnd(text);
		if (end - start > MAX_PAGE_NUMBER_LINE_LENGTH) {
			return false;
		}
		for (int i = start; i < end; i++) {
			if (Characters.isAsciiDigit(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private boolean isFirstOrLastOfPage(int line) {
		return isBlankUpTo(line, -1) || isBlankUpTo(line, +1);
	}

	private boolean isBlankUpTo(int line, int direction) {
		for (int i = line + direction; i >= 0 && i < lines.size() && pageOfLine[i] == pageOfLine[line]; i += direction) {
			if (!lines.get(i).isBlank(text)) {
				return false;
			}
		}
		return true;
	}

	private boolean isBetweenBlankLines(int line) {
		return (line == 0 || lines.get(line - 1).isBlank(text))
				&& (line == lines.size() - 1 || lines.get(line + 1).isBlank(text));
	}

	/** Whether another isolated number a page or two away counts up to or from this one. */
	private boolean continuesPageNumbering(int candidate, List<Integer> isolatedNumbers) {
		int value = Integer.parseInt(lines.get(candidate).collapsedContent(text));
		int offset = lines.get(candidate).start();
		for (int other : isolatedNumbers) {
			int step = Integer.parseInt(lines.get(other).collapsedContent(text)) - value;
			int distance = lines.get(other).start() - offset;
			boolean countsOn = Integer.signum(step) == Integer.signum(distance) && Math.abs(step) <= 2;
			if (step != 0 && countsOn && Math.abs(distance) >= MIN_CHARS_BETWEEN_PAGE_NUMBERS) {
				return true;
			}
		}
		return false;
	}

	private void findRepeatedHeaders() {
		Map<String, List<Integer>> linesByKey = new HashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			TextLine line = lines.get(i);
			boolean tooLong = line.contentEnd(text) - line.contentStart(text) > MAX_HEADER_LENGTH;
			if (tooLong || furniture.get(i) || hasPages && !pageEdge.get(i)) {
				continue;
			}
			String content = line.collapsedContent(text);
			if (couldBeHeader(content)) {
				String key = withoutPageNumber(content);
				linesByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
			}
		}
		List<List<Integer>> headers = new ArrayList<>();
		BitSet repeated = new BitSet();
		for (List<Integer> repeats : linesByKey.values()) {
			if (hasPages ? onSeveralPages(repeats) : farApartAndFrequent(repeats)) {
				headers.add(repeats);
				repeats.forEach(repeated::set);
			}
		}
		int[] run = runsOfRepeatedLines(repeated);
		for (List<Integer> repeats : headers) {
			repeats.stream().filter(line -> run[line] <= MAX_FURNITURE_LINES_IN_A_ROW).forEach(furniture::set);
			keepOpeningTitle(repeats.get(0));
		}
	}

	/**
	 * For each line, how many content lines in a row around it repeat elsewhere or are page numbers; blank
	 * lines do not break a row. Running headers and footers make short rows (a footer, a page number, the
	 * next page's header); a passage the document repeats, which must stay, makes long ones.
	 */
	private int[] runsOfRepeatedLines(BitSet repeated) {
		int[] run = new int[lines.size()];
		int rowStart = -1;
		int rowLength = 0;
		for (int i = 0; i <= lines.size(); i++) {
			if (i < lines.size() && lines.get(i).isBlank(text)) {
				continue;
			}
			boolean inRow = i < lines.size() && (repeated.get(i) || furniture.get(i));
			if (inRow) {
				rowStart = rowLength == 0 ? i : rowStart;
				rowLength++;
			} else if (rowLength > 0) {
				for (int k = rowStart; k < i; k++) {
					run[k] = rowLength;
				}
				rowLength = 0;
			}
		}
		return run;
	}

	private static boolean couldBeHeader(String content) {
		int letters = 0;
		for (int i = 0; i < content.length() && letters < 3; i++) {
			if (Character.isLetter(content.charAt(i))) {
				letters++;
			}
		}
		return letters >= 3 && !content.contains("://") && !content.contains("www.") && content.indexOf('@') < 0;
	}

	/** The header with the page number it may carry at either end replaced by '#'. */
	private static String withoutPageNumber(String content) {
		boolean numberAtAnEnd = Characters.isDigit(content, 0) || Characters.isDigit(content, content.length() - 1);
		return numberAtAnEnd ? PAGE_NUMBER_AT_EDGE.matcher(content).replaceAll("#") : content;
	}

	private boolean onSeveralPages(List<Integer> repeats) {
		return repeats.stream().mapToInt(line -> pageOfLine[line]).distinct().count() >= MIN_PAGES_WITH_REPEAT;
	}

	private boolean farApartAndFrequent(List<Integer> repeats) {
		if (repeats.size() < MIN_REPEATS_WITHOUT_PAGES) {
			return false;
		}
		for (int k = 1; k < repeats.size(); k++) {
			int gap = lines.get(repeats.get(k)).start() - lines.get(repeats.get(k - 1)).end();
			if (gap < MIN_CHARS_BETWEEN_REPEATS) {
				return false;
			}
		}
		return true;
	}

	private void keepOpeningTitle(int firstRepeat) {
		boolean opensDocument = hasPages ? pageOfLine[firstRepeat] == 0 : isAmongFirstContentLines(firstRepeat);
		if (opensDocument) {
			furniture.clear(firstRepeat);
		}
	}

	private boolean isAmongFirstContentLines(int line) {
		int contentLinesBefore = 0;
		for (int i = 0; i < line && contentLinesBefore < TITLE_LINES; i++) {
			if (!lines.get(i).isBlank(text)) {
				contentLinesBefore++;
			}
		}
		return contentLinesBefore < TITLE_LINES;
	}
}
