package org.dossier.internal.ui.views.references;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.dossier.internal.ui.views.facts.ReferenceFact;
import org.dossier.model.DocumentEntry;
import org.dossier.model.Dossier;

/**
 * Finds the dossier document a reference cites when no one has linked them: the document imported from
 * the reference's URL, or from its DOI's address. Addresses are compared without scheme, "www." and
 * final slash, ignoring case.
 */
final class DocumentOrigins {

	private final Map<String, String> documentIdByOrigin = new HashMap<>();

	DocumentOrigins(Dossier dossier) {
		for (Object object : dossier.getDocuments().toArray()) {
			if (object instanceof DocumentEntry entry && entry.getOrigin() != null && !entry.getOrigin().isBlank()) {
				documentIdByOrigin.putIfAbsent(normalise(entry.getOrigin()), entry.getId());
			}
		}
	}

	/** The id of the document a reference cites: the one it is linked to, else the one imported from its address. */
	String citedDocumentId(ReferenceFact reference) {
		if (reference.resolvedDocumentId() != null) {
			return reference.resolvedDocumentId();
		}
		if (reference.url() != null && !reference.url().isBlank()) {
			String found = documentIdByOrigin.get(normalise(reference.url()));
			if (found != null) {
				return found;
			}
		}
		return reference.doi() == null || reference.doi().isBlank() ? null : documentIdByOrigin.get(normalise("doi.org/" + reference.doi()));
	}

	private static String normalise(String address) {
		String normalised = address.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "");
		return normalised.endsWith("/") ? normalised.substring(0, normalised.length() - 1) : normalised;
	}
}
