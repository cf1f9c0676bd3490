package org.dossier.internal.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** The workbench bundle: its preferences, log and the dossier session of the workbench. */
public final class DossierUiPlugin extends AbstractUIPlugin {

	public static final String ID = "org.dossier.ui";
	/** Preference: seconds between a change and the writing of the recovery copy of unsaved work. */
	public static final String RECOVERY_INTERVAL = "recoveryIntervalSeconds";
	public static final int DEFAULT_RECOVERY_INTERVAL = 30;

	private static DossierUiPlugin instance;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		instance = null;
		super.stop(context);
	}

	public static DossierUiPlugin getDefault() {
		return instance;
	}

	/** The recovery interval in seconds, between 5 and 600. */
	public static int recoveryIntervalSeconds() {
		int seconds = instance == null ? DEFAULT_RECOVERY_INTERVAL : instance.getPreferenceStore().getInt(RECOVERY_INTERVAL);
		return seconds <= 0 ? DEFAULT_RECOVERY_INTERVAL : Math.max(5, Math.min(600, seconds));
	}

	public static void log(String message, Throwable problem) {
		ILog.of(DossierUiPlugin.class).log(new Status(IStatus.ERROR, ID, message, problem));
	}
}
