package org.dossier.internal.io.docx;

import org.dossier.core.importing.MetadataValues;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The package's core properties ({@code docProps/core.xml}): Dublin Core title, creator, language and
 * creation date, as Word fills them in from File &gt; Properties.
 */
record CoreProperties(String title, List<String> creators, String created, String language) {

	private static final String DC = "http://purl.org/dc/elements/1.1/";
	private static final String DC_TERMS = "http://purl.org/dc/terms/";
	/** W3CDTF, which core.xml dates are written in: 2020-03-14T09:12:00Z, or shorter. */
	private static final Pattern W3CDTF = Pattern.compile("(\\d{4})(-\\d{2}(-\\d{2})?)?(T.*)?");

	static final CoreProperties NONE = new CoreProperties(null, List.of(), null, null);

	static CoreProperties read(byte[] xml) throws XMLStreamException {
		if (xml == null) {
			return NONE;
		}
		String title = null;
		String created = null;
		String language = null;
		List<String> creators = new ArrayList<>();
		XMLStreamReader reader = Xml.reader(xml);
		try {
			while (reader.hasNext()) {
				if (reader.next() != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				String namespace = reader.getNamespaceURI();
				String name = reader.getLocalName();
				if (DC.equals(namespace) && name.equals("title")) {
					title = blankToNull(reader.getElementText());
				} else if (DC.equals(namespace) && name.equals("creator")) {
					for (String creator : reader.getElementText().split(";")) {
						if (!creator.isBlank()) {
							creators.add(creator.strip());
						}
					}
				} else if (DC.equals(namespace) && name.equals("language")) {
					language = MetadataValues.primaryLanguage(reader.getElementText());
				} else if (DC_TERMS.equals(namespace) && name.equals("created")) {
					created = date(reader.getElementText());
				}
			}
		} finally {
			reader.close();
		}
		return new CoreProperties(title, List.copyOf(creators), created, language);
	}

	/** The date part of a W3CDTF timestamp (2020-03-14T09:12:00Z → 2020-03-14), or null. */
	private static String date(String value) {
		Matcher m = W3CDTF.matcher(value.strip());
		if (!m.matches()) {
			return null;
		}
		return m.group(1) + (m.group(2) == null ? "" : m.group(2));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
