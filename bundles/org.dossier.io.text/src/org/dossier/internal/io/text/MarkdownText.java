package org.dossier.internal.io.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown to the plain text a reader sees, line for line: markup goes (heading marks, emphasis, code
 * fences and backticks, block quote marks, bullets, table pipes, HTML tags), the words stay, and so do the
 * facts a source critic needs: link targets are kept in parentheses after the link text, footnote
 * references become {@code [n]} and footnote definitions {@code [n] text}, numbered list items keep their
 * numbers, table cells are separated by tabs. Headings become paragraphs of their own; runs of blank lines
 * become one. Code is kept as text.
 *
 * <p>Every inline pattern is bounded (an emphasis spans at most 500 characters, a link text 1,000) and
 * cannot run past its own delimiter, so a hostile line of unclosed markup costs linear time, not quadratic;
 * longer spans are left as written.
 */
final class MarkdownText {

	record Converted(String text, String firstHeading) {
	}

	private static final Pattern FENCE_OPEN = Pattern.compile(" {0,3}(`{3,}|~{3,})[^`]*");
	private static final Pattern ATX_HEADING = Pattern.compile(" {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*");
	private static final Pattern SETEXT_UNDERLINE = Pattern.compile(" {0,3}(?:=+|-+)[ \t]*");
	private static final Pattern THEMATIC_BREAK = Pattern.compile(" {0,3}([-*_])[ \t]*(?:\\1[ \t]*){2,}");
	private static final Pattern BLOCK_QUOTE = Pattern.compile("^ {0,3}>[ ]?");
	private static final Pattern BULLET = Pattern.compile("[ \t]*[-*+][ \t]+(.*)");
	private static final Pattern NUMBERED = Pattern.compile("[ \t]*(\\d{1,9}[.)])[ \t]+(.*)");
	private static final Pattern FOOTNOTE_DEFINITION = Pattern.compile(" {0,3}\\[\\^([^\\]]+)\\]:[ \t]*(.*)");
	private static final Pattern LINK_DEFINITION = Pattern.compile(
			" {0,3}\\[([^\\]^][^\\]]*)\\]:[ \t]*<?([^\\s>]+)>?(?:[ \t]+(?:\"([^\"]*)\"|'([^']*)'|\\(([^)]*)\\)))?[ \t]*");
	private static final Pattern TABLE_DELIMITER_ROW = Pattern.compile("[ \t]*\\|?[ \t]*:?-+:?[ \t]*(?:\\|[ \t]*:?-+:?[ \t]*)*\\|?[ \t]*");
	private static final Pattern CELL_SEPARATOR = Pattern.compile("(?<!\\\\)\\|");

	private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.{1,1000}?)(?<!`)\\1(?!`)");
	private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
	private static final Pattern IMAGE = Pattern.compile("!\\[([^\\[\\]]{0,1000}+)\\]\\([^)]{0,2000}+\\)");
	private static final Pattern INLINE_LINK = Pattern.compile(
			"\\[([^\\[\\]]{0,1000}+)\\]\\([ \t]*(<[^>]{0,2000}+>|[^\\s()]{0,2000}(?:\\([^\\s()]{0,2000}\\)[^\\s()]{0,2000}){0,3})"
					+ "(?:[ \t]+(?:\"[^\"]{0,1000}\"|'[^']{0,1000}'|\\([^)]{0,1000}\\)))?[ \t]*\\)");
	private static final Pattern FOOTNOTE_REFERENCE = Pattern.compile("\\[\\^([^\\[\\]]{1,100}+)\\]");
	private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\[\\]]{1,1000}+)\\]\\[([^\\[\\]]{0,1000}+)\\]");
	private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|ftp|mailto):[^\\s<>]{1,2000}|[^\\s<>@]{1,200}@[^\\s<>@]{1,200})>");
	private static final Pattern BARE_URL = Pattern.compile("(?:https?|ftp)://[^\\s<>\"]+[^\\s<>\".,;:!?)\\]]");
	private static final Pattern LINE_BREAK_TAG = Pattern.compile("<br[ \t]*/?>", Pattern.CASE_INSENSITIVE);
	private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]{0,50}(?:[ \t][^<>]{0,2000})?/?>");
	private static final Pattern STRONG_STAR = Pattern.compile("\\*\\*(?=\\S)((?:[^*]|\\*(?!\\*)){1,500}?)(?<=\\S)\\*\\*");
	private static final Pattern STRONG_UNDERSCORE = Pattern.compile("(?<![\\p{L}\\p{N}_])__(?=\\S)((?:[^_]|_(?!_)){1,500}?)(?<=\\S)__(?![\\p{L}\\p{N}_])");
	private static final Pattern EMPHASIS_STAR = Pattern.compile("\\*(?=[^\\s*])([^*]{1,500}?)(?<=\\S)\\*");
	private static final Pattern EMPHASIS_UNDERSCORE = Pattern.compile("(?<![\\p{L}\\p{N}_])_(?=[^\\s_])([^_]{1,500}?)(?<=\\S)_(?![\\p{L}\\p{N}_])");
	private static final Pattern STRIKETHROUGH = Pattern.compile("~~(?=\\S)((?:[^~]|~(?!~)){1,500}?)(?<=\\S)~~");
	private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);");
	private static final Map<String, String> NAMED_ENTITIES = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
			Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"),
			Map.entry("laquo", "«"), Map.entry("raquo", "»"), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
			Map.entry("hellip", "…"), Map.entry("shy", "\u00AD"), Map.entry("thinsp", "\u2009"), Map.entry("euro", "€"));

	/** Stands for text set aside (code, escaped characters, URLs) while markup is removed around it: noncharacters, never in real text. */
	private static final char ASIDE_START = '\uFDD0';
	private static final char ASIDE_END = '\uFDD1';
	private static final Pattern ASIDE = Pattern.compile(ASIDE_START + "(\\d+)" + ASIDE_END);

	private final List<String> out = new ArrayList<>();
	private final Set<String> linkLabels;
	private String firstHeading;

	private MarkdownText(Set<String> linkLabels) {
		this.linkLabels = linkLabels;
	}

	static Converted convert(String markdown) {
		List<String> lines = withoutComments(markdown).lines().toList();
		Set<String> linkLabels = new HashSet<>();
		for (String line : lines) {
			Matcher definition = LINK_DEFINITION.matcher(line);
			if (definition.matches()) {
				linkLabels.add(definition.group(1).strip().toLowerCase(Locale.ROOT));
			}
		}
		MarkdownText converter = new MarkdownText(linkLabels);
		converter.convertLines(lines);
		return new Converted(converter.text(), converter.firstHeading);
	}

	private void convertLines(List<String> lines) {
		String fence = null;
		boolean inTable = false;
		boolean afterParagraphLine = false;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (fence != null) {
				if (closesFence(line, fence)) {
					fence = null;
					blank();
				} else {
					out.add(line);
				}
				continue;
			}
			Matcher fenceOpen = FENCE_OPEN.matcher(line);
			if (fenceOpen.matches()) {
				fence = fenceOpen.group(1);
				blank();
				afterParagraphLine = false;
				continue;
			}
			while (BLOCK_QUOTE.matcher(line).find()) {
				line = BLOCK_QUOTE.matcher(line).replaceFirst("");
			}
			boolean paragraphLine = false;
			Matcher m;
			if (line.isBlank()) {
				blank();
				inTable = false;
			} else if (inTable && line.contains("|")) {
				out.add(tableRow(line));
			} else if (line.contains("|") && i + 1 < lines.size() && lines.get(i + 1).contains("|")
					&& TABLE_DELIMITER_ROW.matcher(lines.get(i + 1)).matches()) {
				blank();
				out.add(tableRow(line));
				inTable = true;
				i++;
			} else if (afterParagraphLine && SETEXT_UNDERLINE.matcher(line).matches()) {
				heading(out.remove(out.size() - 1));
			} else if (THEMATIC_BREAK.matcher(line).matches()) {
				blank();
			} else if ((m = ATX_HEADING.matcher(line)).matches()) {
				heading(inline(m.group(1) == null ? "" : m.group(1)));
			} else if ((m = FOOTNOTE_DEFINITION.matcher(line)).matches()) {
				out.add("[" + m.group(1) + "] " + inline(m.group(2)));
			} else if ((m = LINK_DEFINITION.matcher(line)).matches()) {
				String title = m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5);
				out.add("[" + m.group(1) + "]: " + m.group(2) + (title == null ? "" : " " + title));
			} else if ((m = BULLET.matcher(line)).matches()) {
				out.add(inline(m.group(1)));
			} else if ((m = NUMBERED.matcher(line)).matches()) {
				out.add(m.group(1) + " " + inline(m.group(2)));
			} else {
				out.add(inline(withoutHardBreak(line.strip())));
				paragraphLine = true;
			}
			afterParagraphLine = paragraphLine;
		}
	}

	/** The text without its HTML comments; an unclosed comment runs to the end, as in HTML. */
	private static String withoutComments(String markdown) {
		int open = markdown.indexOf("<!--");
		if (open < 0) {
			return markdown;
		}
		StringBuilder text = new StringBuilder(markdown.length());
		int from = 0;
		while (open >= 0) {
			text.append(markdown, from, open);
			int close = markdown.indexOf("-->", open + 4);
			from = close < 0 ? markdown.length() : close + 3;
			open = close < 0 ? -1 : markdown.indexOf("<!--", from);
		}
		return text.append(markdown, from, markdown.length()).toString();
	}

	/** A closing fence: the opening fence's character, at least as many times, and nothing else. */
	private static boolean closesFence(String line, String fence) {
		String stripped = line.strip();
		return stripped.startsWith(fence) && stripped.chars().allMatch(c -> c == fence.charAt(0));
	}

	private void heading(String text) {
		if (text.isBlank()) {
			return;
		}
		if (firstHeading == null) {
			firstHeading = text.strip();
		}
		blank();
		out.add(text.strip());
		blank();
	}

	private void blank() {
		if (!out.isEmpty() && !out.get(out.size() - 1).isEmpty()) {
			out.add("");
		}
	}

	private String text() {
		int end = out.size();
		while (end > 0 && out.get(end - 1).isEmpty()) {
			end--;
		}
		return String.join("\n", out.subList(0, end));
	}

	private String tableRow(String line) {
		String row = line.strip();
		if (row.startsWith("|")) {
			row = row.substring(1);
		}
		if (row.endsWith("|") && !row.endsWith("\\|")) {
			row = row.substring(0, row.length() - 1);
		}
		List<String> cells = new ArrayList<>();
		for (String cell : CELL_SEPARATOR.split(row, -1)) {
			cells.add(inline(cell.strip().replace("\\|", "|")));
		}
		return String.join("\t", cells);
	}

	private static String withoutHardBreak(String line) {
		return line.endsWith("\\") ? line.substring(0, line.length() - 1) : line;
	}

	/** Removes inline markup from one line. */
	private String inline(String line) {
		List<String> aside = new ArrayList<>();
		String s = replace(CODE_SPAN, "`", line, m -> setAside(m.group(2).strip(), aside));
		s = replace(ESCAPE, "\\", s, m -> setAside(m.group(1), aside));
		s = replace(IMAGE, "![", s, m -> m.group(1));
		s = replace(INLINE_LINK, "](", s, m -> link(m.group(1), m.group(2), aside));
		s = replace(AUTOLINK, "<", s, m -> setAside(m.group(1).startsWith("mailto:") ? m.group(1).substring(7) : m.group(1), aside));
		s = replace(BARE_URL, "://", s, m -> setAside(m.group(), aside));
		s = replace(FOOTNOTE_REFERENCE, "[^", s, m -> setAside("[" + m.group(1) + "]", aside));
		s = replace(REFERENCE_LINK, "][", s, m -> isLinkLabel(m.group(2).isEmpty() ? m.group(1) : m.group(2)) ? m.group(1) : m.group());
		s = replace(LINE_BREAK_TAG, "<", s, m -> "\n");
		s = replace(TAG, "<", s, m -> "");
		s = replace(STRONG_STAR, "**", s, m -> m.group(1));
		s = replace(STRONG_UNDERSCORE, "__", s, m -> m.group(1));
		s = replace(EMPHASIS_STAR, "*", s, m -> m.group(1));
		s = replace(EMPHASIS_UNDERSCORE, "_", s, m -> m.group(1));
		s = replace(STRIKETHROUGH, "~~", s, m -> m.group(1));
		s = replace(ENTITY, "&", s, MarkdownText::entity);
		for (int round = 0; round <= aside.size() && s.indexOf(ASIDE_START) >= 0; round++) {
			s = replace(ASIDE, String.valueOf(ASIDE_START), s, m -> aside.get(Integer.parseInt(m.group(1))));
		}
		return s;
	}

	private boolean isLinkLabel(String label) {
		return linkLabels.contains(label.strip().toLowerCase(Locale.ROOT));
	}

	/** Link text with its target in parentheses, unless the target is the text itself or a place in the same page. */
	private static String link(String text, String target, List<String> aside) {
		String url = target.startsWith("<") ? target.substring(1, target.length() - 1) : target;
		if (url.isEmpty() || url.startsWith("#")) {
			return text;
		}
		if (text.isBlank()) {
			return setAside(url, aside);
		}
		String bareText = text.strip().replaceFirst("^(?:https?://)?(?:www\\.)?", "");
		String bareUrl = url.replaceFirst("^(?:https?://)?(?:www\\.)?", "").replaceFirst("/$", "");
		if (bareText.replaceFirst("/$", "").equals(bareUrl)) {
			return setAside(url, aside);
		}
		return text + " (" + setAside(url, aside) + ")";
	}

	private static String entity(MatchResult m) {
		String name = m.group(1);
		if (name.startsWith("#")) {
			int codePoint = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
					? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
			return Character.isValidCodePoint(codePoint) && codePoint != 0 ? Character.toString(codePoint) : m.group();
		}
		return NAMED_ENTITIES.getOrDefault(name, m.group());
	}

	private static String setAside(String text, List<String> aside) {
		aside.add(text);
		return ASIDE_START + Integer.toString(aside.size() - 1) + ASIDE_END;
	}

	/** Replaces the matches of {@code pattern}; {@code trigger}, which every match contains, saves the regex on most lines. */
	private static String replace(Pattern pattern, String trigger, String s, Function<MatchResult, String> replacement) {
		if (!s.contains(trigger)) {
			return s;
		}
		Matcher m = pattern.matcher(s);
		return m.find() ? m.replaceAll(r -> Matcher.quoteReplacement(replacement.apply(r))) : s;
	}
}
