package org.dossier.internal.ui.application;

import java.util.List;

import org.dossier.internal.ui.explorer.DossierExplorerView;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The analyst's layout: the Dossier Explorer on the left, the editor area in the middle, the views of
 * the dossier's entities, claims, figures, references and problems stacked below it, and the
 * Properties view beside them. (The views come from org.dossier.ui.views, named here by their ids.)
 */
public final class DossierPerspective implements IPerspectiveFactory {

	public static final String ID = "org.dossier.ui.perspective";

	private static final String BOTTOM = "org.dossier.ui.bottom";
	private static final List<String> BOTTOM_VIEWS = List.of("org.dossier.ui.views.entities", "org.dossier.ui.views.claims",
			"org.dossier.ui.views.figures", "org.dossier.ui.views.references", "org.dossier.ui.views.problems");

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		layout.addView(DossierExplorerView.ID, IPageLayout.LEFT, 0.26f, layout.getEditorArea());
		layout.getViewLayout(DossierExplorerView.ID).setCloseable(false);
		layout.addShowViewShortcut(DossierExplorerView.ID);

		IFolderLayout bottom = layout.createFolder(BOTTOM, IPageLayout.BOTTOM, 0.55f, layout.getEditorArea());
		for (String view : BOTTOM_VIEWS) {
			bottom.addView(view);
			layout.addShowViewShortcut(view);
		}
		layout.addView(IPageLayout.ID_PROP_SHEET, IPageLayout.RIGHT, 0.72f, BOTTOM);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
	}
}
