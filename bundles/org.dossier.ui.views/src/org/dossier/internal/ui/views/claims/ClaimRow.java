package org.dossier.internal.ui.views.claims;

import java.util.Set;

import org.dossier.model.Claim;
import org.dossier.model.Reliability;

/**
 * A claim with what backs it.
 *
 * @param supported     whether any evidence supports it
 * @param reliabilities the grades of the sources behind its evidence
 */
record ClaimRow(Claim claim, boolean supported, Set<Reliability> reliabilities) {

	String statement() {
		return claim.getStatement();
	}

	String claimant() {
		return claim.getClaimant() == null ? "" : claim.getClaimant().getName();
	}

	int evidence() {
		return claim.getEvidence().size();
	}
}
