package org.dossier.internal.ui.application;

import java.nio.file.Files;
import java.nio.file.Path;

import org.dossier.core.store.DossierStore;
import org.dossier.internal.ui.handlers.DossierOpener;
import org.dossier.ui.DossierSession;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The main window: title, size, bars; once open, the dossier to start with. */
final class DossierWorkbenchWindowAdvisor extends WorkbenchWindowAdvisor {

	/** Program argument naming the dossier folder to open: {@code dossier -dossier <dir>}. */
	static final String DOSSIER_ARGUMENT = "-dossier";
	/** Where the product keeps the sample dossier it ships, relative to the installation. */
	static final String SAMPLE_DOSSIER = "samples/sample-dossier";

	DossierWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new DossierActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1280, 860));
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowPerspectiveBar(false);
		configurer.setTitle("Dossier");
	}

	@Override
	public void postWindowOpen() {
		Path start = startDossier();
		if (start != null) {
			DossierOpener.open(getWindowConfigurer().getWindow().getShell(), start);
		}
		DossierSession.getDefault().addListener(this::updateTitle);
		DossierSession.getDefault().addCommandStackListener(event -> Display.getDefault().asyncExec(() -> {
			updateTitle(DossierSession.getDefault().getStore());
			refreshProperties();
		}));
		updateTitle(DossierSession.getDefault().getStore());
	}

	private void updateTitle(DossierStore store) {
		Shell shell = shell();
		if (shell == null || shell.isDisposed()) {
			return;
		}
		String dirty = DossierSession.getDefault().isDirty() ? "*" : "";
		shell.setText(store == null ? "Dossier"
				: dirty + store.getDossier().getName() + (store.isReadOnly() ? " (read-only)" : "") + " - Dossier");
	}

	/** The Properties view shows values read when the selection was made: a command may have changed them. */
	private void refreshProperties() {
		IWorkbenchPage page = getWindowConfigurer().getWindow().getActivePage();
		IViewPart view = page == null ? null : page.findView(IPageLayout.ID_PROP_SHEET);
		if (view instanceof PropertySheet sheet && sheet.getCurrentPage() instanceof PropertySheetPage properties
				&& properties.getControl() != null && !properties.getControl().isDisposed()) {
			properties.refresh();
		}
	}

	private Shell shell() {
		return getWindowConfigurer().getWindow().getShell();
	}

	/** The dossier named on the command line, else the last one opened, else the bundled sample. */
	private static Path startDossier() {
		String[] args = Platform.getApplicationArgs();
		for (int i = 0; i < args.length - 1; i++) {
			if (DOSSIER_ARGUMENT.equals(args[i])) {
				return Path.of(args[i + 1]);
			}
		}
		Path last = DossierSession.getDefault().lastFolder();
		if (last != null && DossierStore.isDossier(last)) {
			return last;
		}
		try {
			Path install = Path.of(Platform.getInstallLocation().getURL().toURI());
			Path sample = install.resolve(SAMPLE_DOSSIER);
			return Files.isDirectory(sample) ? sample : null;
		} catch (Exception e) {
			return null;
		}
	}
}
