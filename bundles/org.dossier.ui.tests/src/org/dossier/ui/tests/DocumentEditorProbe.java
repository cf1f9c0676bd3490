package org.dossier.ui.tests;

import org.dossier.internal.ui.editor.DocumentEditor;
import org.dossier.internal.ui.editor.DocumentViewerConfiguration;
import org.dossier.model.DocumentEntry;
import org.dossier.ui.DocumentEditors;
import org.dossier.ui.DossierSession;
import org.dossier.ui.tests.driver.WorkbenchDriver;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.PartInitException;

/** Opens the open dossier's documents in the document editor and reads what the editor shows. */
public final class DocumentEditorProbe {

	private final WorkbenchDriver driver;

	public DocumentEditorProbe(WorkbenchDriver driver) {
		this.driver = driver;
	}

	/** Opens the dossier's first document, as double-clicking it in the explorer does. */
	public DocumentEditor openFirstDocument() {
		return driver.onUi(() -> {
			DocumentEntry entry = DossierSession.getDefault().getStore().getDossier().getDocuments().get(0);
			try {
				return (DocumentEditor) DocumentEditors.open(driver.window().getActivePage(), entry);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
	}

	/** What the hover says when the mouse rests at an offset; empty when there is no annotation. */
	public String hoverAt(DocumentEditor editor, int offset) {
		return driver.onUi(() -> {
			ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
			String info = new DocumentViewerConfiguration.AnnotationsHover(viewer).getHoverInfo((ITextViewer) viewer, new Region(offset, 0));
			return info == null ? "" : info;
		});
	}

	/** Where the editor's selection starts. */
	public int selectedOffset(DocumentEditor editor) {
		return driver.onUi(() -> ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset());
	}
}
