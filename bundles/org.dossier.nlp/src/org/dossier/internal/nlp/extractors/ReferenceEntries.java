package org.dossier.internal.nlp.extractors;

import java.util.List;

import org.dossier.model.Reference;

/** Where a document's reference entries stand in its text, for extractors that leave them alone. */
final class ReferenceEntries {

	private ReferenceEntries() {
	}

	/**
	 * The text with the entries of its reference lists blanked: each entry's characters but line breaks made
	 * spaces, so that every offset stays. Entries whose place in the text is not known are left as they are.
	 */
	static String blanked(String text, List<Reference> references) {
		char[] blanked = null;
		for (Reference reference : references) {
			if (reference.getBegin() < 0 || reference.getEnd() > text.length() || reference.getBegin() >= reference.getEnd()) {
				continue;
			}
			if (blanked == null) {
				blanked = text.toCharArray();
			}
			for (int k = reference.getBegin(); k < reference.getEnd(); k++) {
				if (blanked[k] != '\n') {
					blanked[k] = ' ';
				}
			}
		}
		return blanked == null ? text : new String(blanked);
	}
}
