package org.dossier.internal.io.html;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Lays out an element's content as plain text: blocks (paragraphs, headings, quotes) separated by blank
 * lines, list items and table rows on lines of their own, numbered list items with their numbers, table
 * cells separated by tabs, {@code <pre>} kept as it is. Footnote references ({@code <sup><a href="#fn3">3</a></sup>})
 * become {@code [3]}; other superscripts and subscripts of digits become Unicode superscripts and subscripts
 * (km², CO₂, 10¹³), so the figures stay what they were. Inside footnote and reference lists, a link's URL
 * is written after its text when the text does not show it.
 */
final class TextRenderer implements NodeFilter {

	private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "caption", "center", "details",
			"dialog", "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
			"header", "hgroup", "main", "nav", "ol", "p", "section", "summary", "ul");
	private static final Pattern NOTE_NUMBER = Pattern.compile("[\\[(]?(\\d{1,4}[a-z]?)[\\])]?");
	private static final Pattern BACK_LINK = Pattern.compile("[^\\p{L}\\p{N}]*");
	private static final Pattern WEB_URL = Pattern.compile("(?i)https?://\\S+");
	private static final Pattern SCHEME_AND_WWW = Pattern.compile("(?i)^https?://(www\\.)?");
	private static final String DIGITS = "0123456789+-−=()";
	private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾";
	private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎";
	/** Superscripts are looked at only when this small: they are asked about one by one. */
	private static final int SMALL = 20;

	private final Set<Element> dropped;
	private final Set<Element> noteLists;
	private final TextOutput out = new TextOutput();
	private final Map<Element, Integer> nextItemNumber = new IdentityHashMap<>();
	private int preformatted;
	private int cells;
	private int listItems;
	private int notes;
	private int cellsInRow;
	private int listItemTextStart = -1;

	private TextRenderer(Set<Element> dropped, Set<Element> noteLists) {
		this.dropped = dropped;
		this.noteLists = noteLists;
	}

	/**
	 * The text of {@code root}, without the elements in {@code dropped}; links in {@code noteLists} show
	 * their URLs (both identity sets).
	 */
	static String render(Element root, Set<Element> dropped, Set<Element> noteLists) {
		TextRenderer renderer = new TextRenderer(dropped, noteLists);
		NodeTraversor.filter(renderer, root);
		return renderer.out.toString();
	}

	@Override
	public FilterResult head(Node node, int depth) {
		if (node instanceof TextNode text) {
			if (preformatted > 0) {
				out.raw(text.getWholeText());
			} else {
				out.text(text.getWholeText());
			}
			return FilterResult.CONTINUE;
		}
		if (!(node instanceof Element element)) {
			return FilterResult.CONTINUE;
		}
		if (dropped.contains(element)) {
			return FilterResult.SKIP_ENTIRELY;
		}
		if (noteLists.contains(element)) {
			notes++;
		}
		switch (element.normalName()) {
		case "br" -> {
			if (cells > 0) {
				out.space();
			} else {
				out.lineBreak();
			}
		}
		case "sup", "sub" -> {
			return script(element);
		}
		case "a" -> {
			return anchor(element);
		}
		case "li", "dt", "dd" -> startListItem(element);
		case "tr" -> {
			if (cells == 0) {
				out.endLine();
				cellsInRow = 0;
			} else {
				out.space();
			}
		}
		case "td", "th" -> {
			if (cells == 0 && cellsInRow++ > 0) {
				out.cellSeparator();
			} else {
				out.space();
			}
			cells++;
		}
		case "table", "hr" -> blockBoundary();
		case "pre" -> {
			blockBoundary();
			preformatted++;
		}
		default -> {
			if (BLOCKS.contains(element.normalName())) {
				blockBoundary();
			}
		}
		}
		return FilterResult.CONTINUE;
	}

	@Override
	public FilterResult tail(Node node, int depth) {
		if (!(node instanceof Element element)) {
			return FilterResult.CONTINUE;
		}
		switch (element.normalName()) {
		case "a" -> {
			if (notes > 0) {
				showUrl(element);
			}
		}
		case "li", "dt", "dd" -> {
			listItems--;
			endLine();
		}
		case "td", "th" -> cells--;
		case "tr" -> endLine();
		case "table", "hr" -> blockBoundary();
		case "pre" -> {
			preformatted--;
			blockBoundary();
		}
		default -> {
			if (BLOCKS.contains(element.normalName())) {
				blockBoundary();
			}
		}
		}
		if (noteLists.contains(element)) {
			notes--;
		}
		return FilterResult.CONTINUE;
	}

	private void startListItem(Element item) {
		endLine();
		listItems++;
		Element list = item.parent();
		if (item.normalName().equals("li") && list != null && list.normalName().equals("ol")) {
			int number = nextItemNumber.computeIfAbsent(list, TextRenderer::firstNumber);
			nextItemNumber.put(list, number + 1);
			out.text(number + ".");
			out.space();
		}
		listItemTextStart = out.length();
	}

	private static int firstNumber(Element list) {
		try {
			return list.hasAttr("start") ? Integer.parseInt(list.attr("start").strip()) : 1;
		} catch (NumberFormatException e) {
			return 1;
		}
	}

	/** A paragraph break, which inside a list item is a line break, and inside a table cell a space. */
	private void blockBoundary() {
		if (cells > 0) {
			out.space();
		} else if (listItems > 0) {
			if (out.length() != listItemTextStart) {
				out.endLine();
			}
		} else {
			out.paragraphBreak();
		}
	}

	private void endLine() {
		if (cells > 0) {
			out.space();
		} else {
			out.endLine();
		}
	}

	private FilterResult script(Element element) {
		String text = BoundedText.of(element, SMALL);
		if (text == null) {
			return FilterResult.CONTINUE;
		}
		Matcher number = NOTE_NUMBER.matcher(text);
		if (number.matches() && isNoteReference(element)) {
			out.text("[" + number.group(1) + "]");
			return FilterResult.SKIP_CHILDREN;
		}
		String scripts = element.normalName().equals("sup") ? SUPERSCRIPTS : SUBSCRIPTS;
		if (!text.isEmpty() && text.chars().allMatch(c -> DIGITS.indexOf(c) >= 0)) {
			StringBuilder mapped = new StringBuilder();
			text.chars().forEach(c -> mapped.append(scripts.charAt(DIGITS.indexOf(c))));
			out.text(mapped.toString());
			return FilterResult.SKIP_CHILDREN;
		}
		return FilterResult.CONTINUE;
	}

	/** A superscript linking to a note in the page, or named as a note reference. */
	private static boolean isNoteReference(Element script) {
		for (Element anchor : script.getElementsByTag("a")) {
			if (anchor.attr("href").startsWith("#")) {
				return true;
			}
		}
		Element parent = script.parent();
		if (parent != null && parent.normalName().equals("a") && parent.attr("href").startsWith("#")) {
			return true;
		}
		String names = (script.attr("class") + " " + script.attr("role")).toLowerCase(java.util.Locale.ROOT);
		return names.contains("footnote") || names.contains("noteref") || names.contains("reference");
	}

	private FilterResult anchor(Element anchor) {
		if (!anchor.attr("href").startsWith("#")) {
			return FilterResult.CONTINUE;
		}
		String text = BoundedText.of(anchor, SMALL);
		if (text == null) {
			return FilterResult.CONTINUE;
		}
		Matcher number = NOTE_NUMBER.matcher(text);
		if (number.matches()) {
			out.text("[" + number.group(1) + "]");
			return FilterResult.SKIP_CHILDREN;
		}
		if (BACK_LINK.matcher(text).matches()) {
			return FilterResult.SKIP_CHILDREN;
		}
		return FilterResult.CONTINUE;
	}

	/** After a link in a note: its URL, unless the link text shows it already. */
	private void showUrl(Element anchor) {
		String url = anchor.attr("href").strip();
		if (!WEB_URL.matcher(url).matches()) {
			return;
		}
		String text = BoundedText.of(anchor, SMALL);
		String bare = SCHEME_AND_WWW.matcher(url).replaceFirst("");
		bare = bare.endsWith("/") ? bare.substring(0, bare.length() - 1) : bare;
		if (text != null && !text.contains(bare)) {
			out.text(" (" + url + ")");
		}
	}
}
