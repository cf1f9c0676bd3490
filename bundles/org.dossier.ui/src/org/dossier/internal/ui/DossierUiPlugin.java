package org.dossier.internal.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** The workbench bundle: its preferences, log and the dossier session of the workbench. */
public final class DossierUiPlugin extends AbstractUIPlugin {

	public static final String ID = "org.dossier.ui";

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

	public static void log(String message, Throwable problem) {
		ILog.of(DossierUiPlugin.class).log(new Status(IStatus.ERROR, ID, message, problem));
	}
}
