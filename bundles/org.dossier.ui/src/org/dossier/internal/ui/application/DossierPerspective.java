package org.dossier.internal.ui.application;

import org.dossier.internal.ui.explorer.DossierExplorerView;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The analyst's layout: the Dossier Explorer on the left, the editor area in the middle. */
public final class DossierPerspective implements IPerspectiveFactory {

	public static final String ID = "org.dossier.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		layout.addView(DossierExplorerView.ID, IPageLayout.LEFT, 0.42f, layout.getEditorArea());
		layout.getViewLayout(DossierExplorerView.ID).setCloseable(false);
		layout.addShowViewShortcut(DossierExplorerView.ID);
	}
}
