package org.dossier.ui;

import org.dossier.core.exporting.LinkIds;
import org.dossier.model.Annotation;
import org.dossier.model.Document;
import org.dossier.model.DocumentEntry;
import org.dossier.model.EvidenceLink;
import org.dossier.model.Reference;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/** Opens documents in the document editor and reveals annotations there, for the explorer and the views. */
public final class DocumentEditors {

	/** The id of the document editor (contributed by org.dossier.ui.editor). */
	public static final String EDITOR_ID = "org.dossier.ui.editor.document";

	private DocumentEditors() {
	}

	/** Opens (or activates) the editor of a document. */
	public static DocumentView open(IWorkbenchPage page, DocumentEntry entry) throws PartInitException {
		IEditorPart editor = page.openEditor(DocumentEditorInput.of(entry), EDITOR_ID, true);
		return editor == null ? null : editor.getAdapter(DocumentView.class);
	}

	/**
	 * Shows a dossier object in its document: an annotation or reference at its place, an evidence link
	 * at its target, a document from its start. Returns whether something was shown.
	 */
	public static boolean reveal(IWorkbenchPage page, EObject target) throws PartInitException {
		EObject shown = target instanceof EvidenceLink link ? link.getTarget() : target;
		DocumentEntry entry = entryOf(shown);
		if (entry == null) {
			return false;
		}
		DocumentView view = open(page, entry);
		if (view == null) {
			return false;
		}
		if (shown instanceof Annotation annotation) {
			view.reveal(annotation);
		}
		return true;
	}

	private static DocumentEntry entryOf(EObject object) {
		if (object instanceof DocumentEntry entry) {
			return entry;
		}
		if (object == null || !(object instanceof Document || object instanceof Annotation || object instanceof Reference)) {
			return null;
		}
		String documentId = LinkIds.documentId(object);
		return documentId == null ? null : new DocumentEditorInput(documentId, null).findEntry();
	}
}
