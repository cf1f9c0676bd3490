package org.dossier.nlp;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

import org.dossier.internal.nlp.Characters;
import org.dossier.internal.nlp.FunctionWords;
import org.dossier.internal.nlp.HyphenationLexicon;
import org.dossier.internal.nlp.OffsetMap;
import org.dossier.internal.nlp.PageFurniture;
import org.dossier.internal.nlp.SymbolFont;
import org.dossier.internal.nlp.TextLine;

/**
 * Turns text as extractors deliver it (from PDFs above all) into text that reads as the author wrote it,
 * keeping a map from every normalised offset back to the original. It:
 * <ul>
 * <li>drops running headers and footers and page-number lines (see below);</li>
 * <li>joins words hyphenated across line breaks: "seismo-" + "logical" gives "seismological". The hyphen
 * stays when the next line starts with a capital ("Nord-" + "Süd") or when the document writes the same
 * word with a hyphen elsewhere; a soft hyphen never stays;</li>
 * <li>rejoins lines broken in mid-sentence with a single space: when the next line starts with a lower-case
 * letter (no sentence or paragraph starts so in the four languages, whatever ends the line before, which
 * is often an abbreviation such as "г." or "z. B."), when the line ends with a word no sentence ends with
 * ("and", "de", "und", "и"), or when a line ending in a lower-case letter or a comma is followed by one
 * starting with a number that is not a list or section number ("случилось" + "14 ноября 2014 г.",
 * "November 14," + "2014"), and, in hard-wrapped
 * text, when a line as wide as the text's lines usually are ends without closing a sentence (in a letter or
 * a comma): "Министерства иностранных дел Республики" + "Казахстан". Headings are shorter than the text's width
 * and table rows end with numbers, so they stay on their own lines. Lines are not joined when the next one
 * starts a list item ("1. ", "a) ", "– ") or when two blank lines or more stand between them (not counting
 * those around a page break or a dropped header), which PDF extractors write between paragraphs but never
 * inside one;</li>
 * <li>keeps other line breaks, writing a paragraph break (one blank line) where there were blank lines, and
 * removes the spaces at the start and end of each line;</li>
 * <li>maps the Symbol-font private-use characters U+F020 to U+F0FF to the characters they stand for (φ λ
 * ° ≥ × Δ Σ ...), and the Latin ligatures ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ to their letters;</li>
 * <li>removes soft hyphens, zero-width spaces, byte order marks and control characters;</li>
 * <li>unifies spaces into two: the no-break spaces U+00A0, U+202F (narrow) and U+2007 (figure) become
 * U+00A0, every other space (en, em, thin, hair, ideographic ...) becomes U+0020. The distinction is
 * kept because it means something: typesetters put no-break spaces inside numbers (1 250 000) and between a
 * number and its unit, where an ordinary space may separate two numbers. The recognisers accept both
 * kinds, and the thin space, wherever a space may stand, so they work on text that was never normalised
 * too. Tabs and runs of spaces inside a line stay, for they line up the columns of tables.</li>
 * </ul>
 * Running headers and footers are lines that repeat at the top or bottom of several pages, where form feeds
 * mark the pages; without form feeds, lines of up to 160 characters that repeat three times or more, each
 * at least a page (1000 characters) after the last, so that list items and repeated table cells stay. A
 * title that the document repeats as its running header keeps the occurrence that opens the document. A
 * page number is a line holding nothing but a number
 * ("12", "- 12 -", "Page 12", "Seite 12 von 40", "12/40"); a bare number only when it stands at the top or
 * bottom of a page or, without page breaks, between blank lines with a neighbour a page or two away that
 * counts up to it, so that a table cell on its own line is not taken for one.
 * <p>
 * Instances hold no state and can be shared between threads.
 */
public final class TextNormalizer {

	/** How the text of one line continues into the next one kept. */
	private enum Join {
		LINE_BREAK, PARAGRAPH_BREAK, SPACE, DIRECT, DROP_HYPHEN
	}

	private static final Pattern LIST_OR_SECTION_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)*[.)]\\s.*|\\d+\\s+\\p{Lu}.*");
	private static final Pattern LIST_ITEM = Pattern.compile("(?:[-–—•·▪*]|\\p{L}[.)]|\\d+(?:\\.\\d+)*[.)])\\s.*");

	/**
	 * PDF extractors often put a blank line between the lines of a paragraph, never two: two blank lines
	 * end a paragraph whatever follows. In text written as text (plain text, HTML, DOCX) one blank line
	 * already ends a paragraph: see {@link #forParagraphText()}.
	 */
	private static final int MAX_BLANK_LINES_INSIDE_PARAGRAPH_OF_LAYOUT_TEXT = 1;
	/** How many blank lines inside sentences, at least, tell plain text extracted from a page layout. */
	private static final int MIN_BLANK_LINES_INSIDE_SENTENCES = 3;
	/** And how many breaks between paragraphs, at most, there may be for each of those. */
	private static final int BLANK_LINE_BREAKS_PER_ONE_INSIDE_A_SENTENCE = 10;
	/** Below this many lines, the width a text is wrapped at cannot be told. */
	private static final int MIN_LINES_FOR_WIDTH = 8;
	/** Lines longer than this hold whole paragraphs: the text is not hard-wrapped. */
	private static final int MAX_WRAP_WIDTH = 160;
	/** The share of lines not longer than the width the text is wrapped at. */
	private static final double WIDTH_PERCENTILE = 0.8;
	/** How close to that width a line must come to be taken for a full one. */
	private static final double FULL_LINE_SHARE = 0.75;

	private final int maxBlankLinesInsideParagraph;

	/** A normaliser for text extracted from a page layout (PDF), where blank lines may fall inside paragraphs. */
	public TextNormalizer() {
		this(MAX_BLANK_LINES_INSIDE_PARAGRAPH_OF_LAYOUT_TEXT);
	}

	private TextNormalizer(int maxBlankLinesInsideParagraph) {
		this.maxBlankLinesInsideParagraph = maxBlankLinesInsideParagraph;
	}

	/**
	 * Whether plain text looks extracted from a page layout (a PDF saved as text) rather than written as text:
	 * at least {@value #MIN_BLANK_LINES_INSIDE_SENTENCES} times, and at least one time in
	 * {@value #BLANK_LINE_BREAKS_PER_ONE_INSIDE_A_SENTENCE}, a blank line stands inside a sentence, between a
	 * line that ends in a lower-case letter or a comma and one that starts with a lower-case letter. Text
	 * written as text ends its paragraphs with their sentences.
	 */
	public static boolean looksLaidOut(String text) {
		int breaks = 0;
		int insideSentences = 0;
		String previous = null;
		boolean blankBefore = false;
		for (String line : text.split("\\R", -1)) {
			String stripped = line.strip();
			if (stripped.isEmpty()) {
				blankBefore = previous != null;
				continue;
			}
			if (blankBefore) {
				breaks++;
				char last = previous.charAt(previous.length() - 1);
				if ((Character.isLowerCase(last) || last == ',') && Character.isLowerCase(stripped.charAt(0))) {
					insideSentences++;
				}
			}
			previous = stripped;
			blankBefore = false;
		}
		return insideSentences >= MIN_BLANK_LINES_INSIDE_SENTENCES
				&& insideSentences * BLANK_LINE_BREAKS_PER_ONE_INSIDE_A_SENTENCE >= breaks;
	}

	/** A normaliser for text that was written as text, where every blank line ends a paragraph. */
	public static TextNormalizer forParagraphText() {
		return new TextNormalizer(0);
	}

	/** The normalised form of {@code original}, with the way back to it. */
	public NormalizedText normalize(String original) {
		return new Normalization(original, maxBlankLinesInsideParagraph).run();
	}

	/** The state of one call to {@link TextNormalizer#normalize(String)}. */
	private static final class Normalization {

		private final String original;
		private final List<TextLine> lines;
		private final StringBuilder text;
		private final OffsetMap.Builder offsets = new OffsetMap.Builder();
		private HyphenationLexicon lexicon;
		private final int maxBlankLinesInsideParagraph;
		private int fullLineLength;

		Normalization(String original, int maxBlankLinesInsideParagraph) {
			this.original = original;
			this.maxBlankLinesInsideParagraph = maxBlankLinesInsideParagraph;
			this.lines = TextLine.split(original);
			this.text = new StringBuilder(original.length());
		}

		NormalizedText run() {
			BitSet dropped = PageFurniture.find(original, lines);
			fullLineLength = fullLineLength(dropped);
			int previous = -1;
			for (int current = 0; current < lines.size(); current++) {
				if (dropped.get(current) || lines.get(current).isBlank(original)) {
					continue;
				}
				if (previous >= 0) {
					Join join = join(previous, current, dropped);
					writeLine(previous, join);
					writeJoin(previous, current, join);
				}
				previous = current;
			}
			if (previous >= 0) {
				writeLine(previous, Join.LINE_BREAK);
			}
			return new NormalizedText(original, text.toString(), offsets.build());
		}

		private Join join(int line, int next, BitSet dropped) {
			int start = lines.get(line).contentStart(original);
			int end = lines.get(line).contentEnd(original);
			int nextStart = lines.get(next).contentStart(original);
			char last = SymbolFont.toUnicode(original.charAt(end - 1));
			char first = SymbolFont.toUnicode(original.charAt(nextStart));
			boolean letterBeforeLast = end - 2 >= start && Characters.isLetter(original, end - 2);
			if (Characters.isHyphen(last) && letterBeforeLast && Character.isLetter(first)) {
				return hyphenatedJoin(last, end - 1, nextStart);
			}
			int blankLines = blankLinesBetween(line, next, dropped);
			if (blankLines <= maxBlankLinesInsideParagraph && endsWithBrokenWebAddress(start, end)
					&& !Character.isWhitespace(first)) {
				return Join.DIRECT;
			}
			boolean continues = Character.isLowerCase(first) || FunctionWords.neverEndsSentence(lastWord(end))
					|| (Character.isLowerCase(last) || last == ',') && startsWithNumberInSentence(next)
					|| end - start >= fullLineLength && continuesSentence(last);
			if (continues && blankLines <= maxBlankLinesInsideParagraph && !startsListItem(next)) {
				return Join.SPACE;
			}
			return blankLines > 0 ? Join.PARAGRAPH_BREAK : Join.LINE_BREAK;
		}

		private Join hyphenatedJoin(char hyphen, int hyphenIndex, int nextStart) {
			if (hyphen == '\u00AD') {
				return Join.DROP_HYPHEN;
			}
			if (!Character.isLowerCase(original.charAt(nextStart))) {
				return Join.DIRECT;
			}
			int leftStart = hyphenIndex;
			while (Characters.isLetter(original, leftStart - 1)) {
				leftStart--;
			}
			int rightEnd = nextStart;
			while (Characters.isLetter(original, rightEnd)) {
				rightEnd++;
			}
			if (lexicon == null) {
				lexicon = new HyphenationLexicon(original);
			}
			boolean keep = lexicon.keepsHyphen(original.substring(leftStart, hyphenIndex),
					original.substring(nextStart, rightEnd));
			return keep ? Join.DIRECT : Join.DROP_HYPHEN;
		}

		private boolean endsWithBrokenWebAddress(int start, int end) {
			int tokenStart = end;
			while (tokenStart > start && !Characters.isSpace(original.charAt(tokenStart - 1))) {
				tokenStart--;
			}
			String token = original.substring(tokenStart, end);
			boolean webAddress = token.contains("://") || token.startsWith("www.");
			return webAddress && "/-_.?&=#".indexOf(token.charAt(token.length() - 1)) >= 0;
		}

		private String lastWord(int end) {
			int start = end;
			while (Characters.isLetter(original, start - 1)) {
				start--;
			}
			return original.substring(start, end);
		}

		private boolean startsWithNumberInSentence(int line) {
			TextLine next = lines.get(line);
			int start = next.contentStart(original);
			return Characters.isDigit(original, start)
					&& !LIST_OR_SECTION_NUMBER.matcher(original).region(start, next.end()).matches();
		}

		/**
		 * The length from which a line counts as full in a hard-wrapped text, or {@link Integer#MAX_VALUE}
		 * when the text is not hard-wrapped.
		 */
		private int fullLineLength(BitSet dropped) {
			int[] lengths = new int[lines.size()];
			int count = 0;
			for (int i = 0; i < lines.size(); i++) {
				TextLine line = lines.get(i);
				if (!dropped.get(i) && !line.isBlank(original)) {
					lengths[count++] = line.contentEnd(original) - line.contentStart(original);
				}
			}
			if (count < MIN_LINES_FOR_WIDTH) {
				return Integer.MAX_VALUE;
			}
			Arrays.sort(lengths, 0, count);
			int width = lengths[(int) (count * WIDTH_PERCENTILE)];
			return width > MAX_WRAP_WIDTH ? Integer.MAX_VALUE : (int) Math.ceil(width * FULL_LINE_SHARE);
		}

		private static boolean continuesSentence(char last) {
			return Character.isLetter(last) || last == ',';
		}

		private boolean startsListItem(int line) {
			TextLine next = lines.get(line);
			return LIST_ITEM.matcher(original).region(next.contentStart(original), next.end()).matches();
		}

		/**
		 * The longest run of blank lines between two lines. A page break or a dropped header ends a run: the
		 * blank lines around a page's furniture are no paragraph break.
		 */
		private int blankLinesBetween(int line, int next, BitSet dropped) {
			int longestRun = 0;
			int run = 0;
			for (int i = line + 1; i < next; i++) {
				if (dropped.get(i) || lines.get(i - 1).endsPage()) {
					run = 0;
				}
				if (!dropped.get(i) && lines.get(i).isBlank(original)) {
					run++;
					longestRun = Math.max(longestRun, run);
				}
			}
			return longestRun;
		}

		private void writeLine(int index, Join toNext) {
			TextLine line = lines.get(index);
			int start = line.contentStart(original);
			int end = line.contentEnd(original);
			if (toNext == Join.DROP_HYPHEN) {
				end--;
			}
			writeCharacters(start, end);
		}

		private void writeJoin(int line, int next, Join join) {
			int end = lines.get(line).contentEnd(original);
			int nextStart = lines.get(next).contentStart(original);
			String separator = switch (join) {
				case LINE_BREAK -> "\n";
				case PARAGRAPH_BREAK -> "\n\n";
				case SPACE -> " ";
				case DIRECT, DROP_HYPHEN -> "";
			};
			write(separator, end, nextStart);
		}

		private void writeCharacters(int start, int end) {
			int unchangedFrom = start;
			for (int i = start; i < end; i++) {
				char c = original.charAt(i);
				String ligature = ligature(c);
				boolean invisible = Characters.isInvisible(c);
				char normalized = normalizedCharacter(c);
				if (invisible || ligature != null || normalized != c) {
					writeUnchanged(unchangedFrom, i);
					unchangedFrom = i + 1;
					if (ligature != null) {
						write(ligature, i, i + 1);
					} else if (!invisible) {
						write(String.valueOf(normalized), i, i + 1);
					}
				}
			}
			writeUnchanged(unchangedFrom, end);
		}

		private void writeUnchanged(int start, int end) {
			text.append(original, start, end);
			offsets.add(start, end, end - start);
		}

		private void write(String replacement, int originalStart, int originalEnd) {
			text.append(replacement);
			offsets.add(originalStart, originalEnd, replacement.length());
		}

		private static char normalizedCharacter(char c) {
			if (Characters.isNoBreakSpace(c)) {
				return '\u00A0';
			}
			if (c != '\t' && Characters.isSpace(c)) {
				return ' ';
			}
			return SymbolFont.toUnicode(c);
		}

		private static String ligature(char c) {
			return switch (c) {
				case '\uFB00' -> "ff";
				case '\uFB01' -> "fi";
				case '\uFB02' -> "fl";
				case '\uFB03' -> "ffi";
				case '\uFB04' -> "ffl";
				case '\uFB05', '\uFB06' -> "st";
				default -> null;
			};
		}
	}
}
