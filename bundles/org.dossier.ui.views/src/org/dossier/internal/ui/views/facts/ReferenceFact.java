package org.dossier.internal.ui.views.facts;

/**
 * An entry of a document's bibliography with the citation markers pointing at it.
 *
 * @param address            the Reference
 * @param label              its mark ("[11]", "17.")
 * @param text               the entry as written, cut to {@value DocumentFactsReader#MAX_TEXT} characters
 * @param url                its URL, or {@code null}
 * @param doi                its DOI, or {@code null}
 * @param resolvedDocumentId the id of the dossier document it cites, when known
 * @param citations          how many citation markers of its document point at it
 * @param firstCitation      the first of them, or {@code null}
 */
public record ReferenceFact(ModelAddress address, String label, String text, String url, String doi,
		String resolvedDocumentId, int citations, ModelAddress firstCitation) {

	/** Whether the entry gives neither a URL nor a DOI to find what it cites. */
	public boolean lacksLink() {
		return isBlank(url) && isBlank(doi);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}
}
