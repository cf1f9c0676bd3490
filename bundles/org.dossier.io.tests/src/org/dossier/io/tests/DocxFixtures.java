package org.dossier.io.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * DOCX packages written by the tests: the parts Word writes (content types, relationships, document,
 * notes, styles, numbering, core properties) around WordprocessingML the test gives, plus helpers for
 * the usual markup.
 */
final class DocxFixtures {

	private static final String NAMESPACES = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
			+ "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
			+ "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
			+ "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
			+ "xmlns:v=\"urn:schemas-microsoft-com:vml\" mc:Ignorable=\"wps\"";
	private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

	private String body = "";
	private String documentXml;
	private String footnotes;
	private String endnotes;
	private String styles;
	private String numbering;
	private String core;
	private boolean withDocument = true;
	private final Map<String, String> hyperlinks = new LinkedHashMap<>();
	private final Map<String, byte[]> extraEntries = new LinkedHashMap<>();

	static DocxFixtures docx() {
		return new DocxFixtures();
	}

	DocxFixtures body(String... blocks) {
		body = String.join("\n", blocks);
		return this;
	}

	/** Replaces the whole of word/document.xml, for malformed or hostile XML. */
	DocxFixtures documentXml(String xml) {
		documentXml = xml;
		return this;
	}

	DocxFixtures withoutDocument() {
		withDocument = false;
		return this;
	}

	/** Footnotes ({@code <w:footnote>} elements); Word's two separator notes are added before them. */
	DocxFixtures footnotes(String... notes) {
		footnotes = "<w:footnotes " + NAMESPACES + ">"
				+ "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
				+ "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
				+ String.join("", notes) + "</w:footnotes>";
		return this;
	}

	DocxFixtures endnotes(String... notes) {
		endnotes = "<w:endnotes " + NAMESPACES + ">" + String.join("", notes) + "</w:endnotes>";
		return this;
	}

	DocxFixtures styles(String stylesXml) {
		styles = "<w:styles " + NAMESPACES + ">" + stylesXml + "</w:styles>";
		return this;
	}

	DocxFixtures numbering(String numberingXml) {
		numbering = "<w:numbering " + NAMESPACES + ">" + numberingXml + "</w:numbering>";
		return this;
	}

	DocxFixtures core(String title, String creator, String created, String language) {
		StringBuilder xml = new StringBuilder("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
				+ "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
				+ "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
		if (title != null) {
			xml.append("<dc:title>").append(escape(title)).append("</dc:title>");
		}
		if (creator != null) {
			xml.append("<dc:creator>").append(escape(creator)).append("</dc:creator>");
		}
		xml.append("<cp:lastModifiedBy>Someone Else</cp:lastModifiedBy>");
		if (created != null) {
			xml.append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">").append(created).append("</dcterms:created>");
		}
		if (language != null) {
			xml.append("<dc:language>").append(language).append("</dc:language>");
		}
		core = xml.append("</cp:coreProperties>").toString();
		return this;
	}

	/** An external hyperlink target, referred to as {@code r:id="id"}. */
	DocxFixtures link(String id, String url) {
		hyperlinks.put(id, url);
		return this;
	}

	DocxFixtures entry(String name, byte[] content) {
		extraEntries.put(name, content);
		return this;
	}

	byte[] bytes() {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("[Content_Types].xml", utf8(XML_DECLARATION
				+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
				+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
				+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
				+ "</Types>"));
		entries.put("_rels/.rels", utf8(XML_DECLARATION
				+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "officeDocument\" Target=\"word/document.xml\"/>"
				+ "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
				+ "</Relationships>"));
		if (withDocument) {
			entries.put("word/document.xml", utf8(documentXml != null ? documentXml
					: XML_DECLARATION + "<w:document " + NAMESPACES + "><w:body>" + body + "<w:sectPr/></w:body></w:document>"));
		}
		StringBuilder rels = new StringBuilder(XML_DECLARATION
				+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
		addPart(entries, rels, "styles", "styles.xml", styles);
		addPart(entries, rels, "numbering", "numbering.xml", numbering);
		addPart(entries, rels, "footnotes", "footnotes.xml", footnotes);
		addPart(entries, rels, "endnotes", "endnotes.xml", endnotes);
		hyperlinks.forEach((id, url) -> rels.append("<Relationship Id=\"").append(id).append("\" Type=\"").append(RELATIONSHIPS)
				.append("hyperlink\" Target=\"").append(escape(url)).append("\" TargetMode=\"External\"/>"));
		entries.put("word/_rels/document.xml.rels", utf8(rels.append("</Relationships>").toString()));
		if (core != null) {
			entries.put("docProps/core.xml", utf8(XML_DECLARATION + core));
		}
		entries.putAll(extraEntries);
		return zip(entries);
	}

	private static void addPart(Map<String, byte[]> entries, StringBuilder rels, String type, String target, String xml) {
		if (xml != null) {
			entries.put("word/" + target, utf8(XML_DECLARATION + xml));
			rels.append("<Relationship Id=\"rId").append(type).append("\" Type=\"").append(RELATIONSHIPS).append(type)
					.append("\" Target=\"").append(target).append("\"/>");
		}
	}

	static byte[] zip(Map<String, byte[]> entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	// WordprocessingML snippets

	static String p(String... runs) {
		return "<w:p>" + String.join("", runs) + "</w:p>";
	}

	static String styled(String styleId, String... runs) {
		return "<w:p><w:pPr><w:pStyle w:val=\"" + styleId + "\"/></w:pPr>" + String.join("", runs) + "</w:p>";
	}

	static String numbered(String numId, int level, String... runs) {
		return "<w:p><w:pPr><w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"" + level + "\"/><w:numId w:val=\"" + numId
				+ "\"/></w:numPr></w:pPr>" + String.join("", runs) + "</w:p>";
	}

	static String r(String text) {
		return "<w:r><w:rPr><w:lang w:val=\"fr-FR\"/></w:rPr><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r>";
	}

	static String tab() {
		return "<w:r><w:tab/></w:r>";
	}

	static String lineBreak() {
		return "<w:r><w:br/></w:r>";
	}

	static String footnoteReference(int id) {
		return "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"" + id + "\"/></w:r>";
	}

	static String endnoteReference(int id) {
		return "<w:r><w:endnoteReference w:id=\"" + id + "\"/></w:r>";
	}

	static String footnote(int id, String text) {
		return "<w:footnote w:id=\"" + id + "\"><w:p><w:r><w:footnoteRef/></w:r>" + r(" " + text) + "</w:p></w:footnote>";
	}

	static String endnote(int id, String text) {
		return "<w:endnote w:id=\"" + id + "\"><w:p><w:r><w:endnoteRef/></w:r>" + r(" " + text) + "</w:p></w:endnote>";
	}

	static String hyperlink(String relationshipId, String text) {
		return "<w:hyperlink r:id=\"" + relationshipId + "\">" + r(text) + "</w:hyperlink>";
	}

	static String deleted(String text) {
		return "<w:del w:id=\"1\" w:author=\"Reviewer\"><w:r><w:delText>" + escape(text) + "</w:delText></w:r></w:del>";
	}

	static String inserted(String text) {
		return "<w:ins w:id=\"2\" w:author=\"Reviewer\">" + r(text) + "</w:ins>";
	}

	static String symbol(String font, String code) {
		return "<w:r><w:sym w:font=\"" + font + "\" w:char=\"" + code + "\"/></w:r>";
	}

	static String table(String[]... rows) {
		StringBuilder table = new StringBuilder("<w:tbl><w:tblPr/>");
		for (String[] row : rows) {
			table.append("<w:tr>");
			for (String cell : row) {
				table.append("<w:tc><w:tcPr/>").append(p(r(cell))).append("</w:tc>");
			}
			table.append("</w:tr>");
		}
		return table.append("</w:tbl>").toString();
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
