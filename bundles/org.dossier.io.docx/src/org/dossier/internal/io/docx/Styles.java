package org.dossier.internal.io.docx;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Paragraph styles ({@code word/styles.xml}): their built-in names, which are English whatever the
 * language of Word ("Title", "heading 1"; the ids are localised: "Titel", "a3"), and the numbering a
 * style gives its paragraphs ("List Number").
 */
final class Styles {

	private static final class Style {
		String name;
		String basedOn;
		String numId;
		Integer ilvl;
	}

	/** How deep basedOn chains are followed; Word's are a few levels, a loop must not hang the import. */
	private static final int MAX_INHERITANCE = 10;

	private final Map<String, Style> byId;

	private Styles(Map<String, Style> byId) {
		this.byId = byId;
	}

	static Styles read(byte[] xml) throws XMLStreamException {
		Map<String, Style> byId = new HashMap<>();
		if (xml == null) {
			return new Styles(byId);
		}
		XMLStreamReader reader = Xml.reader(xml);
		try {
			Style style = null;
			while (reader.hasNext()) {
				int event = reader.next();
				if (event == XMLStreamConstants.END_ELEMENT && Xml.isWord(reader.getNamespaceURI()) && reader.getLocalName().equals("style")) {
					style = null;
				}
				if (event != XMLStreamConstants.START_ELEMENT || !Xml.isWord(reader.getNamespaceURI())) {
					continue;
				}
				switch (reader.getLocalName()) {
				case "style" -> {
					style = new Style();
					String id = Xml.wordAttribute(reader, "styleId");
					if (id != null && "paragraph".equals(Xml.wordAttribute(reader, "type"))) {
						byId.put(id, style);
					}
				}
				case "name" -> {
					if (style != null) {
						style.name = String.valueOf(Xml.wordAttribute(reader, "val")).toLowerCase(Locale.ROOT);
					}
				}
				case "basedOn" -> {
					if (style != null) {
						style.basedOn = Xml.wordAttribute(reader, "val");
					}
				}
				case "numId" -> {
					if (style != null) {
						style.numId = Xml.wordAttribute(reader, "val");
					}
				}
				case "ilvl" -> {
					if (style != null) {
						style.ilvl = parse(Xml.wordAttribute(reader, "val"));
					}
				}
				default -> {
					// formatting, which does not change the text
				}
				}
			}
		} finally {
			reader.close();
		}
		return new Styles(byId);
	}

	/** The built-in name of the style, lower case ("title", "heading 1"), or the id when the style is unknown. */
	String name(String styleId) {
		Style style = styleId == null ? null : byId.get(styleId);
		return style == null || style.name == null ? String.valueOf(styleId).toLowerCase(Locale.ROOT) : style.name;
	}

	/** The list a style numbers its paragraphs in, following basedOn; null when none. */
	String numId(String styleId) {
		Style style = styleId == null ? null : byId.get(styleId);
		for (int i = 0; style != null && i < MAX_INHERITANCE; i++) {
			if (style.numId != null) {
				return style.numId;
			}
			style = style.basedOn == null ? null : byId.get(style.basedOn);
		}
		return null;
	}

	/** The list level a style numbers its paragraphs at; 0 when it does not say. */
	int ilvl(String styleId) {
		Style style = styleId == null ? null : byId.get(styleId);
		for (int i = 0; style != null && i < MAX_INHERITANCE; i++) {
			if (style.ilvl != null) {
				return style.ilvl;
			}
			style = style.basedOn == null ? null : byId.get(style.basedOn);
		}
		return 0;
	}

	private static Integer parse(String value) {
		try {
			return value == null ? null : Integer.valueOf(value.strip());
		} catch (NumberFormatException e) {
			return null;
		}
	}
}
