package org.dossier.internal.io.docx;

import java.io.ByteArrayInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers for the XML parts of a package, which come from untrusted files: no DTDs, no external
 * entities, the JDK's own parser whatever else is on the class path.
 */
final class Xml {

	/** WordprocessingML, transitional and strict. */
	static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
	static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
	/** Relationship ids in the document (r:id), transitional and strict. */
	static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
	static final String R_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships";
	static final String MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";

	private Xml() {
	}

	static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		return factory.createXMLStreamReader(new ByteArrayInputStream(xml));
	}

	static boolean isWord(String namespace) {
		return W.equals(namespace) || W_STRICT.equals(namespace);
	}

	/** An attribute in the WordprocessingML namespace ({@code w:val}), or null. */
	static String wordAttribute(XMLStreamReader reader, String localName) {
		String value = reader.getAttributeValue(W, localName);
		return value != null ? value : reader.getAttributeValue(W_STRICT, localName);
	}

	/** A relationship id attribute ({@code r:id}), or null. */
	static String relationshipId(XMLStreamReader reader) {
		String value = reader.getAttributeValue(R, "id");
		return value != null ? value : reader.getAttributeValue(R_STRICT, "id");
	}
}
