package org.dossier.internal.ui.views.entities;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.dossier.core.editing.EntityUsages;
import org.dossier.core.store.DossierStore;
import org.dossier.internal.ui.views.FactsScanner;
import org.dossier.model.Entity;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Finds the usages of entities (reading every document) with a progress dialog the user can cancel,
 * before a merge or a split. The search runs in a thread of its own while the dialog blocks the
 * workbench, and holds the {@link FactsScanner}'s rule, so no scan of the views reads the model while
 * it loads documents into it.
 */
final class EntityUsageSearch {

	private EntityUsageSearch() {
	}

	/**
	 * The usages, or {@code null} when the user cancelled, or chose not to go on because documents could
	 * not be read (their mentions would keep pointing at the old entity).
	 */
	static EntityUsages find(Shell shell, DossierStore store, List<Entity> entities, String action) {
		AtomicReference<EntityUsages> found = new AtomicReference<>();
		FactsScanner.getDefault().cancelScan();
		ISchedulingRule rule = FactsScanner.getDefault().getRule();
		try {
			new ProgressMonitorDialog(shell).run(true, true, monitor -> {
				Job.getJobManager().beginRule(rule, monitor);
				try {
					found.set(EntityUsages.find(store, entities, monitor));
				} catch (OperationCanceledException e) {
					throw new InterruptedException();
				} finally {
					Job.getJobManager().endRule(rule);
				}
			});
		} catch (InterruptedException e) {
			return null;
		} catch (InvocationTargetException e) {
			MessageDialog.openError(shell, action, "Finding the mentions failed: " + e.getCause());
			return null;
		}
		EntityUsages usages = found.get();
		if (!usages.unreadable().isEmpty() && !MessageDialog.openQuestion(shell, action,
				usages.unreadable().size() + " documents could not be read; their mentions will not follow:\n\n"
						+ String.join("\n", usages.unreadable().subList(0, Math.min(10, usages.unreadable().size())))
						+ "\n\nGo on anyway?")) {
			return null;
		}
		return usages;
	}
}
