package org.dossier.internal.ui.importing;

import org.dossier.core.store.DossierStore;
import org.eclipse.core.runtime.jobs.ISchedulingRule;

/** One job at a time changes a dossier. */
final class DossierRule implements ISchedulingRule {

	private final DossierStore store;

	DossierRule(DossierStore store) {
		this.store = store;
	}

	@Override
	public boolean contains(ISchedulingRule rule) {
		return isConflicting(rule);
	}

	@Override
	public boolean isConflicting(ISchedulingRule rule) {
		return rule instanceof DossierRule other && other.store == store;
	}
}
