package org.dossier.internal.io.html;

import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The text of a small element, for questions asked of many elements ("is this superscript a footnote
 * number?"). {@link Element#text()} walks the whole subtree, and asked of each element of a deeply nested
 * page that would take quadratic time; this gives up after a few nodes.
 */
final class BoundedText {

	private static final int DEFAULT_MAX_NODES = 200;
	private static final Pattern HTML_WHITE_SPACE = Pattern.compile("[ \t\n\r\f]+");

	private BoundedText() {
	}

	/** The element's text, whitespace collapsed, or null when it has more than {@value #DEFAULT_MAX_NODES} nodes. */
	static String of(Element element) {
		return of(element, DEFAULT_MAX_NODES);
	}

	static String of(Element element, int maxNodes) {
		StringBuilder text = new StringBuilder();
		int[] nodes = { 0 };
		NodeFilter.FilterResult result = NodeTraversor.filter(new NodeFilter() {
			@Override
			public FilterResult head(Node node, int depth) {
				if (++nodes[0] > maxNodes) {
					return FilterResult.STOP;
				}
				if (node instanceof TextNode textNode) {
					text.append(textNode.getWholeText());
				}
				return FilterResult.CONTINUE;
			}
		}, element);
		return result == NodeFilter.FilterResult.STOP ? null : HTML_WHITE_SPACE.matcher(text).replaceAll(" ").strip();
	}
}
