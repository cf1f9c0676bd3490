package org.dossier.internal.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.dossier.core.store.DossierStore;
import org.dossier.model.Annotation;
import org.dossier.model.Document;
import org.dossier.model.Tag;
import org.dossier.ui.DocumentEditorInput;
import org.dossier.ui.DocumentEditors;
import org.dossier.ui.DocumentView;
import org.dossier.ui.DossierSession;
import org.dossier.ui.EditingActions;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.texteditor.AbstractDecoratedTextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * The document editor: a dossier document's normalised text, read-only, with every annotation
 * highlighted in its kind's colour, hovers with the details, an overview ruler, next/previous
 * annotation (Ctrl+. / Ctrl+,), find (Ctrl+F) and the Annotate commands on the selection. Changes are
 * commands on the dossier's stack: undo, redo and save act on the whole dossier, whose unsaved state
 * the editor shows as dirty.
 */
public final class DocumentEditor extends AbstractDecoratedTextEditor implements DocumentView {

	public static final String ID = DocumentEditors.EDITOR_ID;
	public static final String CONTEXT_MENU_ID = ID + ".context";
	public static final String CONTEXT_ID = "org.dossier.ui.editor.context";

	private EditingActions editingActions;
	private PropertySheetPage propertySheetPage;
	private final CommandStackListener dirtyFollower = event -> Display.getDefault().asyncExec(this::updateDirty);
	private final DossierSession.Listener dossierFollower = this::closeWhenGone;

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		setPreferenceStore(EditorsUI.getPreferenceStore());
		setDocumentProvider(new DocumentProvider());
		setSourceViewerConfiguration(new DocumentViewerConfiguration(getPreferenceStore()));
		setEditorContextMenuId(CONTEXT_MENU_ID);
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { CONTEXT_ID });
	}

	@Override
	protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
		super.configureSourceViewerDecorationSupport(support);
		DossierSession session = DossierSession.getDefault();
		if (session.getStore() != null) {
			List<Tag> tags = new ArrayList<>();
			TagColours.collect(session.getStore().getDossier().getTags(), tags);
			TagColours.declare(tags, support, getPreferenceStore());
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		setWordWrap(true);
		DossierSession.getDefault().addCommandStackListener(dirtyFollower);
		DossierSession.getDefault().addListener(dossierFollower);
	}

	/** Undo and redo act on the dossier's command stack, not on the (never changing) text. */
	@Override
	protected void createUndoRedoActions() {
		if (editingActions == null) {
			editingActions = new EditingActions();
		}
		setAction(ITextEditorActionConstants.UNDO, editingActions.undo());
		setAction(ITextEditorActionConstants.REDO, editingActions.redo());
		IActionBars bars = getEditorSite().getActionBars();
		if (bars != null) {
			bars.setGlobalActionHandler(ITextEditorActionConstants.UNDO, editingActions.undo());
			bars.setGlobalActionHandler(ITextEditorActionConstants.REDO, editingActions.redo());
		}
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		EditingActions.saveDossier();
		updateDirty();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	/** Unsaved changes belong to the dossier, which asks about them when it closes, not each editor. */
	@Override
	public boolean isSaveOnCloseNeeded() {
		return false;
	}

	@Override
	public Document getDocument() {
		try {
			return DocumentProvider.load(getEditorInput());
		} catch (CoreException e) {
			return null;
		}
	}

	@Override
	public List<Annotation> getSelectedAnnotations() {
		DocumentAnnotationModel model = annotationModel();
		ISelection selection = getSelectionProvider() == null ? null : getSelectionProvider().getSelection();
		if (model == null || !(selection instanceof ITextSelection text)) {
			return List.of();
		}
		return model.annotationsAt(text.getOffset(), text.getLength());
	}

	@Override
	public void reveal(Annotation annotation) {
		reveal(annotation.getBegin(), annotation.getEnd());
	}

	@Override
	public void reveal(int begin, int end) {
		int length = getDocumentProvider().getDocument(getEditorInput()).getLength();
		int from = Math.max(0, Math.min(begin, length));
		selectAndReveal(from, Math.max(0, Math.min(end, length) - from));
	}

	/** The annotation model that follows the document (not the viewer's composite one). */
	public DocumentAnnotationModel annotationModel() {
		return getDocumentProvider() == null ? null
				: getDocumentProvider().getAnnotationModel(getEditorInput()) instanceof DocumentAnnotationModel model ? model : null;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == DocumentView.class) {
			return adapter.cast(this);
		}
		if (adapter == IPropertySheetPage.class) {
			if (propertySheetPage == null || propertySheetPage.getControl() == null || propertySheetPage.getControl().isDisposed()) {
				propertySheetPage = new PropertySheetPage() {
					/** The Properties view passes on the text selection: show the annotation under it instead. */
					@Override
					public void selectionChanged(IWorkbenchPart part, ISelection selection) {
						if (part == DocumentEditor.this && selection instanceof ITextSelection) {
							List<Annotation> selected = getSelectedAnnotations();
							super.selectionChanged(part, selected.isEmpty() ? StructuredSelection.EMPTY : new StructuredSelection(selected.get(0)));
						} else {
							super.selectionChanged(part, selection);
						}
					}
				};
			}
			return adapter.cast(propertySheetPage);
		}
		return super.getAdapter(adapter);
	}

	private void updateDirty() {
		if (getSourceViewer() != null && getSourceViewer().getTextWidget() != null && !getSourceViewer().getTextWidget().isDisposed()) {
			firePropertyChange(PROP_DIRTY);
		}
	}

	/** A document belongs to the dossier open when it was opened: another dossier, or a reread one, closes it. */
	private void closeWhenGone(DossierStore store) {
		if (!(getEditorInput() instanceof DocumentEditorInput input) || input.findEntry() == null
				|| store == null || !store.isLoaded(input.findEntry())) {
			Display.getDefault().asyncExec(() -> {
				if (getSite() != null && getSite().getPage() != null) {
					getSite().getPage().closeEditor(this, false);
				}
			});
		}
	}

	@Override
	public void dispose() {
		DossierSession.getDefault().removeCommandStackListener(dirtyFollower);
		DossierSession.getDefault().removeListener(dossierFollower);
		if (editingActions != null) {
			editingActions.dispose();
		}
		super.dispose();
	}
}
