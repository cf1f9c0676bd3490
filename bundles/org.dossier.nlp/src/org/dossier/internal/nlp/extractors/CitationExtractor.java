package org.dossier.internal.nlp.extractors;

import java.util.IdentityHashMap;
import java.util.Map;

import org.dossier.core.extracting.ExtractionContext;
import org.dossier.core.extracting.Extractor;
import org.dossier.model.Citation;
import org.dossier.model.Document;
import org.dossier.model.DossierFactory;
import org.dossier.model.Reference;
import org.dossier.nlp.CitationMarker;
import org.dossier.nlp.CitationRecognizer;
import org.dossier.nlp.Citations;
import org.dossier.nlp.ReferenceEntry;

/**
 * Footnote and endnote lists and numbered bibliographies become the document's references (label,
 * text, URL, DOI, authors, year, title); each marker in the text ([11], (1), ¹) becomes a citation
 * linked to the reference it points to; a marker citing several ("[1, 2]") becomes one citation per
 * number, each linked to its own reference.
 */
public final class CitationExtractor implements Extractor {

	private final CitationRecognizer recognizer = new CitationRecognizer();

	@Override
	public void extract(ExtractionContext context) {
		Document document = context.document();
		Citations found = recognizer.recognize(context.text());
		Map<ReferenceEntry, Reference> references = new IdentityHashMap<>();
		for (ReferenceEntry entry : found.references()) {
			Reference reference = DossierFactory.eINSTANCE.createReference();
			reference.setId(document.getId() + "-r" + (references.size() + 1));
			reference.setLabel(entry.label());
			reference.setText(entry.text());
			reference.setBegin(entry.begin());
			reference.setEnd(entry.end());
			reference.setUrl(entry.url().orElse(null));
			reference.setDoi(entry.doi().orElse(null));
			reference.setTitle(entry.title().orElse(null));
			reference.getAuthors().addAll(entry.authors());
			if (entry.year().isPresent()) {
				reference.setYear(Integer.toString(entry.year().getAsInt()));
			}
			document.getReferences().add(reference);
			references.put(entry, reference);
		}
		for (CitationMarker marker : found.markers()) {
			int[] keyOffsets = keyOffsets(marker);
			if (keyOffsets == null) {
				add(context, marker.begin(), marker.end(), marker.references().isEmpty() ? null : references.get(marker.references().get(0)));
				continue;
			}
			for (int k = 0; k < marker.keys().size(); k++) {
				String key = marker.keys().get(k);
				ReferenceEntry entry = marker.references().stream().filter(r -> key.equals(r.key())).findFirst().orElse(null);
				add(context, keyOffsets[k], keyOffsets[k] + key.length(), entry == null ? null : references.get(entry));
			}
		}
	}

	private static void add(ExtractionContext context, int begin, int end, Reference reference) {
		Citation citation = DossierFactory.eINSTANCE.createCitation();
		citation.setBegin(begin);
		citation.setEnd(end);
		citation.setReference(reference);
		context.add(citation);
	}

	/**
	 * Where each key of a marker citing several stands in the text, "[1, 2]" giving the offsets of "1" and "2",
	 * so that each becomes a citation of its own reference; null for a marker citing one, or one whose keys
	 * are not all written out ("[3–5]" does not write "4"): that one stays whole, with its first reference.
	 */
	private static int[] keyOffsets(CitationMarker marker) {
		if (marker.keys().size() < 2) {
			return null;
		}
		int[] offsets = new int[marker.keys().size()];
		String text = marker.text();
		int from = 0;
		for (int k = 0; k < offsets.length; k++) {
			String key = marker.keys().get(k);
			int at = text.indexOf(key, from);
			while (at >= 0 && !standsAlone(text, at, key.length())) {
				at = text.indexOf(key, at + 1);
			}
			if (at < 0) {
				return null;
			}
			offsets[k] = marker.begin() + at;
			from = at + key.length();
		}
		return offsets;
	}

	private static boolean standsAlone(String text, int at, int length) {
		return (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
				&& (at + length == text.length() || !Character.isLetterOrDigit(text.charAt(at + length)));
	}
}
