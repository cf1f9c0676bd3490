package org.dossier.internal.io.docx;

import java.util.Map;

import javax.xml.stream.XMLStreamException;

import org.dossier.core.importing.ImportException;
import org.dossier.core.importing.ImportSource;
import org.dossier.core.importing.Importer;
import org.dossier.model.Document;
import org.dossier.model.DossierFactory;

/**
 * Word documents (Office Open XML, .docx), read without Office libraries: the package is a zip archive
 * ({@link DocxPackage}, which refuses zip bombs), its parts XML read with StAX ({@link WordText}). The text
 * is the body's paragraphs separated by blank lines, then the footnotes and endnotes, one per line, as
 * {@code [n] text} in the order the body refers to them. Title, authors, creation date and language come
 * from the core properties; without a title there, a paragraph in the Title style is the title.
 */
public final class DocxImporter implements Importer {

	static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private static final String DEFAULT_DOCUMENT = "word/document.xml";
	private static final String DEFAULT_CORE_PROPERTIES = "docProps/core.xml";

	@Override
	public Document read(ImportSource source) throws ImportException {
		DocxPackage docx = DocxPackage.read(source.bytes());
		String part = "the package relationships";
		try {
			Relationships packageLinks = Relationships.ofPackage(docx);
			String documentName = orDefault(packageLinks.targetOfType("officeDocument"), DEFAULT_DOCUMENT);
			byte[] documentXml = docx.part(documentName);
			if (documentXml == null) {
				throw new ImportException("not a DOCX: no " + documentName + " in the archive");
			}
			part = documentName;
			Relationships documentLinks = Relationships.of(docx, documentName);
			Styles styles = Styles.read(partOf(docx, documentLinks, "styles"));
			Numbering numbering = Numbering.read(partOf(docx, documentLinks, "numbering"));
			WordText.NoteNumbers noteNumbers = new WordText.NoteNumbers();
			WordText.DocumentText body = WordText.document(documentXml, documentLinks, styles, numbering, noteNumbers);

			StringBuilder text = new StringBuilder(body.text());
			Map<String, String> footnotes = notes(docx, documentLinks, "footnotes", "footnote", styles, numbering, noteNumbers);
			Map<String, String> endnotes = notes(docx, documentLinks, "endnotes", "endnote", styles, numbering, noteNumbers);
			appendNotes(text, noteNumbers, footnotes, endnotes);
			if (text.toString().isBlank()) {
				throw new ImportException("no text: the document is empty");
			}

			part = "docProps/core.xml";
			CoreProperties properties = CoreProperties.read(docx.part(orDefault(packageLinks.targetOfType("core-properties"),
					DEFAULT_CORE_PROPERTIES)));
			Document document = DossierFactory.eINSTANCE.createDocument();
			document.setMediaType(MEDIA_TYPE);
			document.setText(text.toString());
			document.setTitle(properties.title() != null ? properties.title() : body.title());
			document.getAuthors().addAll(properties.creators());
			document.setPublishedAt(properties.created());
			document.setLanguage(properties.language());
			return document;
		} catch (XMLStreamException e) {
			throw new ImportException("damaged DOCX: " + part + " is not well-formed XML (" + oneLine(e.getMessage()) + ")", e);
		}
	}

	private static Map<String, String> notes(DocxPackage docx, Relationships documentLinks, String relationshipType, String kind,
			Styles styles, Numbering numbering, WordText.NoteNumbers noteNumbers) throws XMLStreamException {
		String name = documentLinks.targetOfType(relationshipType);
		byte[] xml = name == null ? null : docx.part(name);
		return xml == null ? Map.of()
				: WordText.notes(xml, kind, Relationships.of(docx, name), styles, numbering, noteNumbers);
	}

	/** The notes the body refers to, in the order of their numbers, as "[n] text" lines after a blank line. */
	private static void appendNotes(StringBuilder text, WordText.NoteNumbers noteNumbers, Map<String, String> footnotes,
			Map<String, String> endnotes) {
		StringBuilder lines = new StringBuilder();
		int number = 0;
		for (WordText.Note note : noteNumbers.inOrder()) {
			number++;
			String noteText = (note.kind().equals("footnote") ? footnotes : endnotes).get(note.id());
			if (noteText != null && !noteText.isEmpty()) {
				lines.append(lines.isEmpty() ? "" : "\n").append('[').append(number).append("] ").append(noteText);
			}
		}
		if (!lines.isEmpty()) {
			text.append(text.isEmpty() ? "" : "\n\n").append(lines);
		}
	}

	private static byte[] partOf(DocxPackage docx, Relationships links, String relationshipType) {
		String name = links.targetOfType(relationshipType);
		return name == null ? null : docx.part(name);
	}

	private static String orDefault(String value, String fallback) {
		return value == null ? fallback : value;
	}

	private static String oneLine(String message) {
		return message == null ? "" : message.replaceAll("\\s+", " ").strip();
	}
}
