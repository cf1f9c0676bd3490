package org.dossier.ui;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * The scheduling rule of jobs that work on the open dossier's model off the UI thread (imports, the
 * views' reading of documents, searches for an entity's mentions): one such job at a time, since EMF
 * models are not thread-safe and the workbench holds one dossier.
 */
public final class DossierRule implements ISchedulingRule {

	public static final DossierRule INSTANCE = new DossierRule();

	private DossierRule() {
	}

	@Override
	public boolean contains(ISchedulingRule rule) {
		return rule == this;
	}

	@Override
	public boolean isConflicting(ISchedulingRule rule) {
		return rule == this;
	}
}
