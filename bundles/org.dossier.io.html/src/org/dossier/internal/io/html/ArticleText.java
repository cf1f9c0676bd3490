package org.dossier.internal.io.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The article text of a page, without the page around it. The article is the {@code <article>} (the
 * largest one when a page has several and one of them clearly dominates), else {@code <main>} or
 * {@code [role=main]}, else the body. Inside it, what is never text (scripts, styles, controls, hidden
 * elements), page furniture (navigation, asides, footers, and the page header when the article is the
 * whole body), blocks named like boilerplate (share bars, cookie notices, related links, comments) and
 * link-dense blocks (menus, tag lists) are dropped; footnote and reference lists are kept even when they
 * are all links. {@link TextRenderer} then lays the rest out as text.
 *
 * <p>The page is walked twice, iteratively, and dropped elements are skipped rather than removed
 * (removing many children of one parent one by one takes quadratic time in jsoup): a hostile page with a
 * million elements costs linear time and no stack.
 */
final class ArticleText {

	/** Elements that are never text. */
	private static final Set<String> NEVER_TEXT = Set.of("head", "script", "style", "noscript", "template", "iframe", "object",
			"embed", "svg", "canvas", "button", "input", "select", "textarea", "dialog");
	private static final Set<String> FURNITURE = Set.of("nav", "aside", "footer");
	private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "complementary", "contentinfo", "search");

	/** Parts of class names and ids ("share-buttons", "cookie_notice") that name boilerplate. */
	private static final Set<String> BOILERPLATE_NAMES = Set.of("cookie", "cookies", "consent", "gdpr", "share", "sharing",
			"social", "newsletter", "subscribe", "subscription", "related", "recommended", "comments", "comment", "breadcrumb",
			"breadcrumbs", "advert", "advertisement", "ad", "ads", "sponsor", "sponsored", "promo", "sidebar", "menu", "navbar",
			"nav", "navigation", "pagination", "pager", "popup", "modal", "banner", "masthead", "topbar", "toolbar", "skip",
			"header", "footer", "search");
	/** Parts that say a block is the content after all ("article-header", "content-sidebar-wrap"). */
	private static final Set<String> CONTENT_NAMES = Set.of("article", "body", "content", "main", "story", "text", "post", "entry");

	/** Link-dense blocks: at least this many links ... */
	private static final int MENU_MIN_LINKS = 3;
	/** ... making up more than this share of the block's text ... */
	private static final double MENU_LINK_SHARE = 0.7;
	/** ... with less text than this per link: a menu, not a paragraph that cites a lot. */
	private static final int MENU_TEXT_PER_LINK = 40;
	private static final Set<String> MENU_CANDIDATES = Set.of("div", "section", "ul", "ol", "dl", "table", "p", "menu");

	/** A form with this much text may wrap the whole page (ASP.NET pages do), so it is kept. */
	private static final int SMALL_FORM_TEXT = 300;
	/** More articles than this is a listing, not a page with one article and its teasers. */
	private static final int MAX_ARTICLES = 50;

	private static final Pattern NOTES_NAME = Pattern.compile("footnotes?|endnotes?|notes?|references|reflist|citations|bibliography");
	private static final Set<String> NOTES_ROLES = Set.of("doc-endnotes", "doc-footnotes", "doc-footnote", "doc-endnote", "doc-bibliography");
	private static final Pattern URL_TEXT = Pattern.compile("(?i)\\s*(?:https?://|www\\.)\\S+\\s*");

	private final Set<Element> dropped = identitySet();
	private final Set<Element> notes = identitySet();
	private final List<Element> articles = new ArrayList<>();
	private Element main;

	private ArticleText() {
	}

	static String of(org.jsoup.nodes.Document page) {
		ArticleText article = new ArticleText();
		article.survey(page);
		Element body = page.body();
		Element root = article.contentRoot(body);
		article.dropBoilerplate(root, root == body);
		return TextRenderer.render(root, article.dropped, article.notes);
	}

	/** First walk: drops what is never text, finds the articles and the main element. */
	private void survey(org.jsoup.nodes.Document page) {
		NodeTraversor.filter((node, depth) -> {
			if (!(node instanceof Element element)) {
				return NodeFilter.FilterResult.CONTINUE;
			}
			String tag = element.normalName();
			if (NEVER_TEXT.contains(tag) || element.hasAttr("hidden") || element.attr("aria-hidden").equals("true")
					|| (tag.equals("form") && isSmall(element))) {
				dropped.add(element);
				return NodeFilter.FilterResult.SKIP_ENTIRELY;
			}
			if (tag.equals("article")) {
				articles.add(element);
			} else if (main == null && (tag.equals("main") || element.attr("role").equals("main"))) {
				main = element;
			}
			return NodeFilter.FilterResult.CONTINUE;
		}, page);
	}

	private static boolean isSmall(Element form) {
		String text = BoundedText.of(form, 2 * SMALL_FORM_TEXT);
		return text != null && text.length() < SMALL_FORM_TEXT;
	}

	private Element contentRoot(Element body) {
		Element root = mainArticle();
		if (root == null) {
			root = main;
		}
		return root == null || root.text().isBlank() ? body : root;
	}

	/** The article, or the one holding at least two thirds of the text of all outermost articles; null otherwise. */
	private Element mainArticle() {
		if (articles.size() == 1) {
			return articles.get(0);
		}
		if (articles.isEmpty() || articles.size() > MAX_ARTICLES) {
			return null;
		}
		Element largest = null;
		int largestLength = 0;
		int total = 0;
		for (Element article : articles) {
			if (article.parents().stream().noneMatch(parent -> parent.normalName().equals("article"))) {
				int length = article.text().length();
				total += length;
				if (length > largestLength) {
					largest = article;
					largestLength = length;
				}
			}
		}
		return largestLength * 3 >= total * 2 ? largest : null;
	}

	/** Text and link counts of one element's subtree, summed bottom-up in one walk. */
	private static final class Counts {
		int text;
		int linkText;
		int links;
	}

	private record NamedBoilerplate(Element element, int text) {
	}

	/** Second walk, of the content root: drops furniture, menus and blocks named like boilerplate; finds the notes. */
	private void dropBoilerplate(Element root, boolean rootIsBody) {
		List<NamedBoilerplate> named = new ArrayList<>();
		Deque<Counts> open = new ArrayDeque<>();
		Counts[] rootCounts = new Counts[1];
		NodeTraversor.filter(new NodeFilter() {
			private int anchors;
			private int notesOpen;

			@Override
			public FilterResult head(Node node, int depth) {
				if (node instanceof TextNode textNode && !open.isEmpty()) {
					int length = textNode.text().strip().length();
					open.peek().text += length;
					if (anchors > 0) {
						open.peek().linkText += length;
					}
				} else if (node instanceof Element element) {
					if (dropped.contains(element) || (element != root && isFurniture(element, rootIsBody))) {
						dropped.add(element);
						return FilterResult.SKIP_ENTIRELY;
					}
					open.push(new Counts());
					if (isNavigationLink(element)) {
						anchors++;
					}
					if (isNotes(element)) {
						notes.add(element);
						notesOpen++;
					}
				}
				return FilterResult.CONTINUE;
			}

			@Override
			public FilterResult tail(Node node, int depth) {
				if (!(node instanceof Element element)) {
					return FilterResult.CONTINUE;
				}
				Counts counts = open.pop();
				if (isNavigationLink(element)) {
					anchors--;
					counts.links++;
				}
				boolean inNotes = notesOpen > 0;
				if (notes.contains(element)) {
					notesOpen--;
				}
				if (element != root && !inNotes) {
					if (isMenu(element, counts)) {
						dropped.add(element);
					} else if (hasBoilerplateName(element)) {
						named.add(new NamedBoilerplate(element, counts.text));
					}
				}
				if (open.isEmpty()) {
					rootCounts[0] = counts;
				} else {
					Counts parent = open.peek();
					parent.text += counts.text;
					parent.linkText += counts.linkText;
					parent.links += counts.links;
				}
				return FilterResult.CONTINUE;
			}
		}, root);
		int rootText = rootCounts[0] == null ? 0 : rootCounts[0].text;
		for (NamedBoilerplate candidate : named) {
			if (candidate.text() * 2 < rootText) {
				dropped.add(candidate.element());
			}
		}
	}

	private static boolean isFurniture(Element element, boolean rootIsBody) {
		String tag = element.normalName();
		String role = element.attr("role");
		return FURNITURE.contains(tag) || FURNITURE_ROLES.contains(role)
				|| (rootIsBody && (tag.equals("header") || role.equals("banner")));
	}

	private static boolean isMenu(Element element, Counts counts) {
		return MENU_CANDIDATES.contains(element.normalName()) && counts.links >= MENU_MIN_LINKS
				&& counts.linkText > MENU_LINK_SHARE * counts.text && counts.text < MENU_TEXT_PER_LINK * counts.links;
	}

	/** A link that does not show its URL; links showing their own URL are citations, not navigation. */
	private static boolean isNavigationLink(Element element) {
		if (!element.normalName().equals("a")) {
			return false;
		}
		String text = BoundedText.of(element, 10);
		return text == null || !URL_TEXT.matcher(text).matches();
	}

	private static boolean hasBoilerplateName(Element element) {
		boolean boilerplate = false;
		for (String part : nameParts(element)) {
			if (CONTENT_NAMES.contains(part)) {
				return false;
			}
			boilerplate |= BOILERPLATE_NAMES.contains(part);
		}
		return boilerplate;
	}

	/** A footnote, endnote or reference list, whose links are the point. */
	private static boolean isNotes(Element element) {
		if (NOTES_ROLES.contains(element.attr("role"))) {
			return true;
		}
		for (String part : nameParts(element)) {
			if (NOTES_NAME.matcher(part).matches()) {
				return true;
			}
		}
		return false;
	}

	/** The words of an element's class names and id, lower case: "share-buttons Top_bar" → share, buttons, top, bar. */
	private static List<String> nameParts(Element element) {
		if (!element.hasAttr("class") && !element.hasAttr("id")) {
			return List.of();
		}
		String names = element.attr("class") + " " + element.id();
		List<String> parts = new ArrayList<>();
		int start = -1;
		for (int i = 0; i <= names.length(); i++) {
			boolean separator = i == names.length() || Character.isWhitespace(names.charAt(i)) || names.charAt(i) == '-'
					|| names.charAt(i) == '_';
			if (separator && start >= 0) {
				parts.add(names.substring(start, i).toLowerCase(Locale.ROOT));
				start = -1;
			} else if (!separator && start < 0) {
				start = i;
			}
		}
		return parts;
	}

	private static Set<Element> identitySet() {
		return Collections.newSetFromMap(new IdentityHashMap<>());
	}
}
