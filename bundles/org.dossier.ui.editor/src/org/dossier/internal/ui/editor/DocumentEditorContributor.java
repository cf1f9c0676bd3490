package org.dossier.internal.ui.editor;

import org.eclipse.ui.editors.text.TextEditorActionContributor;

/**
 * The document editor's global actions: undo/redo of the dossier's stack, find, next/previous
 * annotation and the other text editor actions, handed to the workbench when the editor is active.
 */
public final class DocumentEditorContributor extends TextEditorActionContributor {
}
