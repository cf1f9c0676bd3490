package org.dossier.nlp;

import java.util.List;

/**
 * What {@link CitationRecognizer} found in a text: the markers in its running text and the entries of its
 * reference lists, each in text order.
 */
public record Citations(List<CitationMarker> markers, List<ReferenceEntry> references) {

	public Citations {
		markers = List.copyOf(markers);
		references = List.copyOf(references);
	}
}
