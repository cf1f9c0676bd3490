package org.dossier.internal.io.text;

import java.util.regex.Pattern;

import org.dossier.core.importing.ImportException;
import org.dossier.core.importing.ImportSource;
import org.dossier.core.importing.Importer;
import org.dossier.model.Document;
import org.dossier.model.DossierFactory;

/**
 * Plain text files in UTF-8, UTF-16/32 with a byte order mark, windows-1251, KOI8-R or windows-1252 (see
 * {@link TextDecoder}). The text is kept as it is, line for line, with line ends unified to {@code \n}.
 * A plain text file states no metadata, so the title is its first line when that reads like a title.
 */
public final class PlainTextImporter implements Importer {

	static final String MEDIA_TYPE = "text/plain";

	/** A first line this long or longer is a paragraph, not a title. */
	private static final int MAX_TITLE_LENGTH = 200;
	private static final Pattern BREADCRUMB = Pattern.compile("\\s+[/>›»|]\\s+");
	private static final Pattern ABSTRACT = Pattern.compile(
			"(Abstract|Summary|Résumé|Zusammenfassung|Kurzfassung|Аннотация|Резюме)\\b\\s*[.:]?\\s*\\S", Pattern.UNICODE_CHARACTER_CLASS);

	@Override
	public Document read(ImportSource source) throws ImportException {
		String text = TextDecoder.decode(source.bytes());
		requireText(text);
		Document document = DossierFactory.eINSTANCE.createDocument();
		document.setMediaType(MEDIA_TYPE);
		document.setText(text);
		document.setTitle(firstLineTitle(text, source.fileName()));
		return document;
	}

	static void requireText(String text) throws ImportException {
		if (text.isBlank()) {
			throw new ImportException("no text: the file holds only white space");
		}
	}

	/**
	 * The first non-blank line when it reads like a title: shorter than {@value #MAX_TITLE_LENGTH}
	 * characters, not cut off by a hyphen, not the opening of an abstract. A web page's breadcrumb
	 * ("Home / Publications / The Title") gives its last step. Otherwise the file name.
	 */
	static String firstLineTitle(String text, String fileName) {
		return text.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst()
				.map(PlainTextImporter::withoutBreadcrumb)
				.filter(line -> line.length() < MAX_TITLE_LENGTH && !line.endsWith("-") && !ABSTRACT.matcher(line).lookingAt())
				.orElse(fileName);
	}

	private static String withoutBreadcrumb(String line) {
		String[] steps = BREADCRUMB.split(line);
		return steps.length >= 3 ? steps[steps.length - 1].strip() : line;
	}
}
