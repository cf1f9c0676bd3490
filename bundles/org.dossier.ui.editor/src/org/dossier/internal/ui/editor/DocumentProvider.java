package org.dossier.internal.ui.editor;

import org.dossier.core.store.DossierStoreException;
import org.dossier.model.Document;
import org.dossier.model.DocumentEntry;
import org.dossier.ui.DocumentEditorInput;
import org.dossier.ui.DossierSession;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.operation.IRunnableContext;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.texteditor.AbstractDocumentProvider;

/**
 * Gives the editor a dossier document: its normalised text, read-only, and its annotations as the
 * annotation model. Saving is the dossier's business (all of it at once, through the session).
 */
final class DocumentProvider extends AbstractDocumentProvider {

	@Override
	protected IDocument createDocument(Object element) throws CoreException {
		Document document = load(element);
		return new org.eclipse.jface.text.Document(document.getText() == null ? "" : document.getText());
	}

	@Override
	protected IAnnotationModel createAnnotationModel(Object element) throws CoreException {
		return new DocumentAnnotationModel(load(element));
	}

	@Override
	protected void disposeElementInfo(Object element, ElementInfo info) {
		if (info.fModel instanceof DocumentAnnotationModel model) {
			model.dispose();
		}
		super.disposeElementInfo(element, info);
	}

	/** The dossier document an input stands for, loaded. */
	static Document load(Object element) throws CoreException {
		if (!(element instanceof DocumentEditorInput input)) {
			throw new CoreException(Status.error("Not a dossier document: " + element));
		}
		DocumentEntry entry = input.findEntry();
		if (entry == null) {
			throw new CoreException(Status.error("The document " + input.getName() + " is not in the open dossier"));
		}
		try {
			return DossierSession.getDefault().getStore().getDocument(entry);
		} catch (DossierStoreException e) {
			throw new CoreException(new Status(IStatus.ERROR, "org.dossier.ui.editor", e.getMessage(), e));
		}
	}

	@Override
	protected void doSaveDocument(IProgressMonitor monitor, Object element, IDocument document, boolean overwrite) {
		// The text never changes; annotations are saved with the dossier.
	}

	@Override
	public boolean canSaveDocument(Object element) {
		return DossierSession.getDefault().isDirty();
	}

	@Override
	public boolean isReadOnly(Object element) {
		return true;
	}

	@Override
	public boolean isModifiable(Object element) {
		return false;
	}

	@Override
	protected IRunnableContext getOperationRunner(IProgressMonitor monitor) {
		return null;
	}
}
