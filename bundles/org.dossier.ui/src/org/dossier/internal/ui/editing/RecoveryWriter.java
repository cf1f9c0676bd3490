package org.dossier.internal.ui.editing;

import org.dossier.core.store.DossierStore;
import org.dossier.core.store.DossierStoreException;
import org.dossier.internal.ui.DossierUiPlugin;
import org.dossier.ui.DossierSession;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Display;

/**
 * Writes the open dossier's unsaved work to its recovery folder at most every
 * {@link DossierUiPlugin#RECOVERY_INTERVAL} seconds after a change, so a crash or a kill loses at most
 * that much; the next start offers to recover it.
 */
public final class RecoveryWriter {

	private final Display display;
	private boolean scheduled;
	private final CommandStackListener changed = event -> schedule();

	public RecoveryWriter(Display display) {
		this.display = display;
	}

	public void start() {
		DossierSession.getDefault().addCommandStackListener(changed);
	}

	public void stop() {
		DossierSession.getDefault().removeCommandStackListener(changed);
	}

	private void schedule() {
		if (scheduled || display.isDisposed()) {
			return;
		}
		scheduled = true;
		display.asyncExec(() -> display.timerExec(DossierUiPlugin.recoveryIntervalSeconds() * 1000, this::write));
	}

	private void write() {
		scheduled = false;
		DossierSession session = DossierSession.getDefault();
		DossierStore store = session.getStore();
		if (store == null || store.isReadOnly() || !session.isDirty()) {
			return;
		}
		try {
			store.writeRecovery();
		} catch (DossierStoreException e) {
			DossierUiPlugin.log("Keeping unsaved work for recovery failed", e);
		}
	}
}
