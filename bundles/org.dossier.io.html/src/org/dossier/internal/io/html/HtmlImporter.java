package org.dossier.internal.io.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.dossier.core.importing.ImportException;
import org.dossier.core.importing.ImportSource;
import org.dossier.core.importing.Importer;
import org.dossier.model.Document;
import org.dossier.model.DossierFactory;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * HTML pages: the article text without the page around it ({@link ArticleText}), and the metadata the
 * page states ({@link HtmlMetadata}). Hostile pages are bounded before and during parsing: more than
 * {@value #MAX_ELEMENTS} tags are refused before parsing starts (the tree would take hundreds of MB), and
 * nesting deeper than {@value #MAX_DEPTH} is flattened by the parser, so no walk over the tree can
 * overflow the stack.
 */
public final class HtmlImporter implements Importer {

	static final String MEDIA_TYPE = "text/html";

	/** Start tags a page may have: long real pages have tens of thousands; a million take some 200 MB as a tree. */
	static final int MAX_ELEMENTS = 1_000_000;
	/** Elements deeper than this become siblings of the deepest one (jsoup's own default, stated here on purpose). */
	static final int MAX_DEPTH = 512;

	@Override
	public Document read(ImportSource source) throws ImportException {
		byte[] bytes = source.bytes();
		if (bytes.length == 0) {
			throw new ImportException("empty file");
		}
		if (HtmlCharsets.isBinary(bytes)) {
			throw new ImportException("not HTML: binary content (NUL bytes)");
		}
		int tags = countStartTags(bytes);
		if (tags > MAX_ELEMENTS) {
			throw new ImportException(String.format(Locale.ROOT, "too many HTML elements: %,d tags, the limit is %,d (an HTML bomb?)",
					tags, MAX_ELEMENTS));
		}
		org.jsoup.nodes.Document page;
		try {
			page = Jsoup.parse(new ByteArrayInputStream(bytes), HtmlCharsets.undeclared(bytes), "", Parser.htmlParser().setMaxDepth(MAX_DEPTH));
		} catch (IOException | UncheckedIOException e) {
			throw new ImportException("cannot be read as HTML (" + e.getMessage() + ")", e);
		}
		Document document = DossierFactory.eINSTANCE.createDocument();
		document.setMediaType(MEDIA_TYPE);
		HtmlMetadata.copy(page, document);
		String text = ArticleText.of(page);
		if (text.isBlank()) {
			throw new ImportException("no text: the page holds no readable text");
		}
		document.setText(text);
		return document;
	}

	/** Counts {@code <} followed by a letter, in ASCII-compatible encodings and in UTF-16 either way round. */
	static int countStartTags(byte[] bytes) {
		int count = 0;
		for (int i = 0; i + 1 < bytes.length; i++) {
			if (bytes[i] == '<') {
				byte next = bytes[i + 1] == 0 && i + 2 < bytes.length ? bytes[i + 2] : bytes[i + 1];
				if ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z')) {
					count++;
				}
			}
		}
		return count;
	}
}
