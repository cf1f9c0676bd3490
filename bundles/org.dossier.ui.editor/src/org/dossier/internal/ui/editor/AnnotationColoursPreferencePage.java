package org.dossier.internal.ui.editor;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ColorFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.editors.text.EditorsUI;

/**
 * Window &gt; Preferences &gt; Dossier &gt; Annotation Colours: the colour of each kind of annotation
 * in the document editor, and whether it is shown at all. Open editors follow at once.
 */
public final class AnnotationColoursPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public AnnotationColoursPreferencePage() {
		super(GRID);
		setDescription("How the document editor highlights each kind of annotation.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(EditorsUI.getPreferenceStore());
	}

	@Override
	protected void createFieldEditors() {
		for (AnnotationKinds kind : AnnotationKinds.all()) {
			addField(new ColorFieldEditor(kind.colorKey(), kind.label() + ":", getFieldEditorParent()));
			addField(new BooleanFieldEditor(kind.showInTextKey(), "show", getFieldEditorParent()));
		}
	}
}
