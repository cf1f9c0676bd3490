package org.dossier.internal.io.docx;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The relationships of one part ({@code _rels/x.xml.rels}): how it names the parts and links it uses. */
final class Relationships {

	record Relationship(String type, String target, boolean external) {
	}

	private final Map<String, Relationship> byId;

	private Relationships(Map<String, Relationship> byId) {
		this.byId = byId;
	}

	/** The package's own relationships ({@code _rels/.rels}): where the document and its properties are. */
	static Relationships ofPackage(DocxPackage docx) throws XMLStreamException {
		return read(docx.part("_rels/.rels"), "");
	}

	/** The relationships of {@code partName} in the package; none when it has no relationship part. */
	static Relationships of(DocxPackage docx, String partName) throws XMLStreamException {
		int slash = partName.lastIndexOf('/');
		String folder = partName.substring(0, slash + 1);
		return read(docx.part(folder + "_rels/" + partName.substring(slash + 1) + ".rels"), folder);
	}

	/** Reads a relationship part; targets are resolved against {@code folder}, the folder of the source part. */
	private static Relationships read(byte[] xml, String folder) throws XMLStreamException {
		Map<String, Relationship> byId = new HashMap<>();
		if (xml != null) {
			XMLStreamReader reader = Xml.reader(xml);
			try {
				while (reader.hasNext()) {
					if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("Relationship")) {
						String id = reader.getAttributeValue(null, "Id");
						String target = reader.getAttributeValue(null, "Target");
						boolean external = "External".equals(reader.getAttributeValue(null, "TargetMode"));
						if (id != null && target != null) {
							byId.put(id, new Relationship(String.valueOf(reader.getAttributeValue(null, "Type")),
									external ? target : resolve(folder, target), external));
						}
					}
				}
			} finally {
				reader.close();
			}
		}
		return new Relationships(byId);
	}

	Relationship get(String id) {
		return id == null ? null : byId.get(id);
	}

	/** The target of the first relationship whose type ends with {@code /typeName} ("officeDocument", "footnotes"), or null. */
	String targetOfType(String typeName) {
		return byId.values().stream().filter(r -> !r.external() && r.type().endsWith("/" + typeName)).map(Relationship::target)
				.sorted().findFirst().orElse(null);
	}

	/** A target relative to the folder of its source part, as a path inside the package. */
	private static String resolve(String folder, String target) {
		String path = target.startsWith("/") ? target.substring(1) : folder + target;
		Deque<String> segments = new ArrayDeque<>();
		for (String segment : path.split("/")) {
			if (segment.equals("..")) {
				segments.pollLast();
			} else if (!segment.isEmpty() && !segment.equals(".")) {
				segments.addLast(segment);
			}
		}
		return String.join("/", segments);
	}
}
