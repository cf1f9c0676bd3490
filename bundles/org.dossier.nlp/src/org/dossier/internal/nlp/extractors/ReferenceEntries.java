package org.dossier.internal.nlp.extractors;

import java.util.List;

import org.dossier.model.Reference;

/** Where a document's reference entries stand in its text, for extractors that leave them alone. */
final class ReferenceEntries {

	private ReferenceEntries() {
	}

	/**
	 * The text with the entries of its reference lists blanked: each entry's characters but line breaks made
	 * spaces, so that every offset stays. An entry is found by its text, in the order of the references,
	 * after the one before it.
	 */
	static String blanked(String text, List<Reference> references) {
		if (references.isEmpty()) {
			return text;
		}
		char[] blanked = null;
		int from = 0;
		for (Reference reference : references) {
			String entry = reference.getText();
			int at = entry == null || entry.isBlank() ? -1 : text.indexOf(entry, from);
			if (at < 0) {
				continue;
			}
			if (blanked == null) {
				blanked = text.toCharArray();
			}
			for (int k = at; k < at + entry.length(); k++) {
				if (blanked[k] != '\n') {
					blanked[k] = ' ';
				}
			}
			from = at + entry.length();
		}
		return blanked == null ? text : new String(blanked);
	}
}
