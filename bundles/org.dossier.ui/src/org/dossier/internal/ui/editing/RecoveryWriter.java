package org.dossier.internal.ui.editing;

import org.dossier.core.store.DossierStore;
import org.dossier.core.store.DossierStoreException;
import org.dossier.internal.ui.DossierUiPlugin;
import org.dossier.ui.DossierSession;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Display;

/**
 * Every {@link DossierUiPlugin#RECOVERY_INTERVAL} seconds, writes the open dossier's unsaved work to its
 * recovery folder when it changed since the last time, so a crash or a kill loses at most that much;
 * the next opening of the dossier offers to recover it.
 */
public final class RecoveryWriter {

	/** How often to look whether it is time to write: the interval may change in the preferences at any time. */
	private static final int CHECK_MILLIS = 1000;

	private final Display display;
	private final CommandStackListener changed = event -> changedSinceWritten = true;
	private volatile boolean changedSinceWritten;
	private boolean running;
	private long lastWritten = System.nanoTime();

	public RecoveryWriter(Display display) {
		this.display = display;
	}

	public void start() {
		DossierSession.getDefault().addCommandStackListener(changed);
		running = true;
		scheduleNext();
	}

	public void stop() {
		running = false;
		DossierSession.getDefault().removeCommandStackListener(changed);
	}

	private void scheduleNext() {
		if (running && !display.isDisposed()) {
			display.timerExec(CHECK_MILLIS, this::tick);
		}
	}

	private void tick() {
		if (!running) {
			return;
		}
		DossierSession session = DossierSession.getDefault();
		DossierStore store = session.getStore();
		boolean due = System.nanoTime() - lastWritten >= DossierUiPlugin.recoveryIntervalSeconds() * 1_000_000_000L;
		if (due && changedSinceWritten && store != null && !store.isReadOnly() && session.isDirty()) {
			changedSinceWritten = false;
			lastWritten = System.nanoTime();
			try {
				store.writeRecovery();
			} catch (DossierStoreException e) {
				DossierUiPlugin.log("Keeping unsaved work for recovery failed", e);
			}
		}
		scheduleNext();
	}
}
