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
 * linked to the reference it points to.
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
			Citation citation = DossierFactory.eINSTANCE.createCitation();
			citation.setBegin(marker.begin());
			citation.setEnd(marker.end());
			citation.setReference(marker.references().isEmpty() ? null : references.get(marker.references().get(0)));
			context.add(citation);
		}
	}
}
