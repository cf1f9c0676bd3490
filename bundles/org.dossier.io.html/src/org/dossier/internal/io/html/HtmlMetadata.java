package org.dossier.internal.io.html;

import org.dossier.core.importing.MetadataValues;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.dossier.model.Document;
import org.jsoup.nodes.Element;

/**
 * What a page states about itself, in the places publishers put it: Open Graph and article meta tags
 * first (they name the article, where {@code <title>} often adds the site's name), then HTML's own
 * elements, then Dublin Core. The page is searched once; the candidates are then weighed in that order.
 */
final class HtmlMetadata {

	private static final Pattern PROFILE_URL = Pattern.compile("(?i)https?://.*");

	private final List<Element> metas;
	private final List<Element> times;
	private final List<Element> itemProperties;

	private HtmlMetadata(org.jsoup.nodes.Document page) {
		metas = new ArrayList<>();
		times = new ArrayList<>();
		itemProperties = new ArrayList<>();
		for (Element element : page.select("meta, time[datetime], [itemprop]")) {
			if (element.normalName().equals("meta")) {
				metas.add(element);
			} else if (element.normalName().equals("time")) {
				times.add(element);
			}
			if (element.hasAttr("itemprop")) {
				itemProperties.add(element);
			}
		}
	}

	static void copy(org.jsoup.nodes.Document page, Document document) {
		HtmlMetadata metadata = new HtmlMetadata(page);
		document.setTitle(metadata.title(page));
		document.setPublishedAt(metadata.published());
		document.getAuthors().addAll(metadata.authors());
		document.setLanguage(metadata.language(page));
	}

	private String title(org.jsoup.nodes.Document page) {
		String title = first(meta("property", "og:title"), meta("name", "twitter:title"), meta("name", "dc.title"));
		if (title != null) {
			return title;
		}
		if (!page.title().isBlank()) {
			return page.title().strip();
		}
		Element h1 = page.selectFirst("h1");
		return h1 == null || h1.text().isBlank() ? null : h1.text().strip();
	}

	private String published() {
		List<List<String>> candidates = List.of(meta("property", "article:published_time"), itemProperty("datePublished"),
				values(times), meta("name", "date"), meta("name", "dc.date"), meta("name", "dcterms.date"),
				meta("name", "dc.date.issued"), meta("name", "dcterms.issued"), meta("name", "dcterms.created"));
		for (List<String> values : candidates) {
			for (String value : values) {
				String date = MetadataValues.isoDate(value);
				if (date != null) {
					return date;
				}
			}
		}
		return null;
	}

	/** Names from the first place that has any; profile URLs (Facebook's article:author) are not names. */
	private List<String> authors() {
		List<List<String>> candidates = List.of(meta("name", "author"), meta("property", "article:author"), meta("name", "dc.creator"),
				meta("name", "dcterms.creator"), authorItemNames());
		for (List<String> values : candidates) {
			Set<String> names = new LinkedHashSet<>();
			for (String value : values) {
				if (!PROFILE_URL.matcher(value).matches()) {
					for (String name : value.split(";")) {
						if (!name.isBlank()) {
							names.add(name.strip());
						}
					}
				}
			}
			if (!names.isEmpty()) {
				return new ArrayList<>(names);
			}
		}
		return List.of();
	}

	/** schema.org authors: the name inside an author item, or the author element's own text. */
	private List<String> authorItemNames() {
		List<String> names = new ArrayList<>();
		for (Element author : itemProperties) {
			if (hasItemProperty(author, "author")) {
				Element name = author.selectFirst("[itemprop=name]");
				String value = value(name != null ? name : author);
				if (value != null) {
					names.add(value);
				}
			}
		}
		return names;
	}

	/** The primary language subtag of {@code <html lang>} (or of its stand-ins), lower case: {@code fr-FR} → {@code fr}. */
	private String language(org.jsoup.nodes.Document page) {
		Element html = page.selectFirst("html");
		List<String> tags = new ArrayList<>();
		if (html != null) {
			tags.add(html.attr("lang"));
			tags.add(html.attr("xml:lang"));
		}
		tags.addAll(meta("http-equiv", "content-language"));
		tags.addAll(meta("property", "og:locale"));
		for (String tag : tags) {
			String primary = MetadataValues.primaryLanguage(tag);
			if (primary != null) {
				return primary;
			}
		}
		return null;
	}

	/** The contents of the meta tags whose {@code attribute} is {@code name}, ignoring case. */
	private List<String> meta(String attribute, String name) {
		return values(metas, meta -> meta.attr(attribute).equalsIgnoreCase(name));
	}

	private List<String> itemProperty(String name) {
		return values(itemProperties, element -> hasItemProperty(element, name));
	}

	private static boolean hasItemProperty(Element element, String name) {
		for (String property : element.attr("itemprop").split("\\s+")) {
			if (property.equalsIgnoreCase(name)) {
				return true;
			}
		}
		return false;
	}

	private static List<String> values(List<Element> elements) {
		return values(elements, element -> true);
	}

	private static List<String> values(List<Element> elements, Predicate<Element> which) {
		List<String> values = new ArrayList<>();
		for (Element element : elements) {
			if (which.test(element)) {
				String value = value(element);
				if (value != null) {
					values.add(value);
				}
			}
		}
		return values;
	}

	@SafeVarargs
	private static String first(List<String>... candidates) {
		for (List<String> values : candidates) {
			if (!values.isEmpty()) {
				return values.get(0);
			}
		}
		return null;
	}

	/** A meta tag's content, a time's datetime, or an element's own text; null when blank. */
	private static String value(Element element) {
		String value;
		if (element.hasAttr("content")) {
			value = element.attr("content");
		} else if (element.hasAttr("datetime")) {
			value = element.attr("datetime");
		} else {
			value = element.normalName().equals("meta") ? "" : BoundedText.of(element);
		}
		return value == null || value.isBlank() ? null : value.strip();
	}
}
