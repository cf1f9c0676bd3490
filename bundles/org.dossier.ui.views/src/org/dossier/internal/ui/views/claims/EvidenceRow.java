package org.dossier.internal.ui.views.claims;

import org.dossier.model.EvidenceLink;

/**
 * A piece of evidence of the claim selected, as the details under the claims show it.
 *
 * @param target      what it points at: "Quote: “…”", "Document", "Reference [3] …"
 * @param document    the title of the document the target is or is in
 * @param source      the name of the source behind it
 * @param reliability that source's grade
 */
record EvidenceRow(EvidenceLink link, String target, String document, String source, String reliability) {

	String relation() {
		return link.getRelation() == null ? "" : link.getRelation().getLiteral();
	}

	String note() {
		return link.getNote();
	}
}
