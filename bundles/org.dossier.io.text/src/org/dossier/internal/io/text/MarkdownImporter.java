package org.dossier.internal.io.text;

import org.dossier.core.importing.ImportException;
import org.dossier.core.importing.ImportSource;
import org.dossier.core.importing.Importer;
import org.dossier.model.Document;
import org.dossier.model.DossierFactory;

/**
 * Markdown files, in the encodings {@link PlainTextImporter} reads, turned into plain text by
 * {@link MarkdownText}. The YAML front matter gives the title, date, authors and language; without a title
 * there, the first heading is the title, then the first line.
 */
public final class MarkdownImporter implements Importer {

	static final String MEDIA_TYPE = "text/markdown";

	@Override
	public Document read(ImportSource source) throws ImportException {
		FrontMatter header = FrontMatter.read(TextDecoder.decode(source.bytes()));
		MarkdownText.Converted converted = MarkdownText.convert(header.body());
		PlainTextImporter.requireText(converted.text());
		Document document = DossierFactory.eINSTANCE.createDocument();
		document.setMediaType(MEDIA_TYPE);
		document.setText(converted.text());
		document.setTitle(header.title() != null ? header.title()
				: converted.firstHeading() != null ? converted.firstHeading()
						: PlainTextImporter.firstLineTitle(converted.text(), source.fileName()));
		document.setPublishedAt(header.date());
		document.getAuthors().addAll(header.authors());
		document.setLanguage(header.language());
		return document;
	}
}
