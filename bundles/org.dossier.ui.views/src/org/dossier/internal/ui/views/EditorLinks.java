package org.dossier.internal.ui.views;

import java.util.List;

import org.dossier.internal.ui.views.facts.ModelAddress;
import org.dossier.model.Annotation;
import org.dossier.model.DocumentEntry;
import org.dossier.ui.DocumentEditorInput;
import org.dossier.ui.DocumentEditors;
import org.dossier.ui.DocumentView;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/** How the views show their rows in the document editor. */
public final class EditorLinks {

	private EditorLinks() {
	}

	/**
	 * Shows the first of the places that is in a document an editor already has open, there, without
	 * taking the focus from the view (the user may be going through the rows with the arrow keys) and
	 * without opening an editor. Returns whether one was shown.
	 */
	public static boolean revealIfOpen(IWorkbenchPage page, List<ModelAddress> places) {
		for (ModelAddress place : places) {
			IEditorPart editor = page.findEditor(new DocumentEditorInput(place.documentId(), null));
			DocumentView view = editor == null ? null : editor.getAdapter(DocumentView.class);
			if (view != null && ModelObjects.getDefault().resolve(place) instanceof Annotation annotation) {
				page.bringToTop(editor);
				view.reveal(annotation);
				return true;
			}
		}
		return false;
	}

	/** Opens the document of an annotation, reference or evidence link in the editor and shows it there. */
	public static void reveal(IWorkbenchPage page, EObject target) {
		try {
			if (target != null && !DocumentEditors.reveal(page, target)) {
				MessageDialog.openInformation(page.getWorkbenchWindow().getShell(), "Show in Document",
						"This is not in any document of the dossier.");
			}
		} catch (PartInitException e) {
			MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Cannot Show in Document", e.getMessage());
		}
	}

	/** Opens the first of the places in the editor and shows it there; does nothing without places. */
	public static void reveal(IWorkbenchPage page, List<ModelAddress> places) {
		if (!places.isEmpty()) {
			reveal(page, ModelObjects.getDefault().resolve(places.get(0)));
		}
	}

	/** Opens a document in the editor. */
	public static void open(IWorkbenchPage page, DocumentEntry entry) {
		try {
			DocumentEditors.open(page, entry);
		} catch (PartInitException e) {
			MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Cannot Open Document", e.getMessage());
		}
	}
}
