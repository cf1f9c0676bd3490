package org.dossier.internal.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dossier.model.DossierPackage.Literals;
import org.dossier.model.Tag;
import org.dossier.ui.DossierSession;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.preference.ColorSelector;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.editors.text.EditorsUI;

/**
 * Window &gt; Preferences &gt; Dossier &gt; Annotation Colours: whether and in which colour the document
 * editor highlights each kind of annotation, and the colour of each tag of the open dossier's codebook
 * (kept in the dossier, so it travels with it; a tag change is undoable). Open editors follow the kinds
 * at once, tags when next opened.
 */
public final class AnnotationColoursPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private final Map<AnnotationKinds, Button> shown = new LinkedHashMap<>();
	private final Map<AnnotationKinds, ColorSelector> colours = new LinkedHashMap<>();
	private final Map<Tag, ColorSelector> tagColours = new LinkedHashMap<>();

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(EditorsUI.getPreferenceStore());
		setDescription("Which annotations the document editor highlights, and in which colour.");
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, false));
		IPreferenceStore store = getPreferenceStore();
		for (AnnotationKinds kind : AnnotationKinds.all()) {
			Button show = new Button(page, SWT.CHECK);
			show.setText(kind.label());
			show.setSelection(store.getBoolean(kind.showInTextKey()));
			ColorSelector colour = new ColorSelector(page);
			colour.setColorValue(PreferenceConverter.getColor(store, kind.colorKey()));
			colour.getButton().getAccessible().addAccessibleListener(new AccessibleAdapter() {
				@Override
				public void getName(AccessibleEvent event) {
					event.result = kind.label() + " colour";
				}
			});
			shown.put(kind, show);
			colours.put(kind, colour);
		}
		List<Tag> tags = openDossierTags();
		if (!tags.isEmpty()) {
			Label heading = new Label(page, SWT.NONE);
			heading.setText("Tags of the open dossier (coded segments):");
			GridDataFactory.fillDefaults().span(2, 1).indent(0, 10).applyTo(heading);
			for (Tag tag : tags) {
				new Label(page, SWT.NONE).setText(tag.getName());
				ColorSelector colour = new ColorSelector(page);
				RGB rgb = TagColours.rgb(tag);
				colour.setColorValue(rgb != null ? rgb : PreferenceConverter.getColor(store, AnnotationKinds.CODE.colorKey()));
				tagColours.put(tag, colour);
			}
		}
		return page;
	}

	@Override
	protected void performDefaults() {
		IPreferenceStore store = getPreferenceStore();
		for (AnnotationKinds kind : AnnotationKinds.all()) {
			shown.get(kind).setSelection(store.getDefaultBoolean(kind.showInTextKey()));
			colours.get(kind).setColorValue(PreferenceConverter.getDefaultColor(store, kind.colorKey()));
		}
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		IPreferenceStore store = getPreferenceStore();
		for (AnnotationKinds kind : AnnotationKinds.all()) {
			store.setValue(kind.showInTextKey(), shown.get(kind).getSelection());
			PreferenceConverter.setValue(store, kind.colorKey(), colours.get(kind).getColorValue());
		}
		DossierSession session = DossierSession.getDefault();
		CompoundCommand recolour = new CompoundCommand("Change Tag Colours");
		for (Map.Entry<Tag, ColorSelector> entry : tagColours.entrySet()) {
			String colour = TagColours.hex(entry.getValue().getColorValue());
			if (!colour.equals(entry.getKey().getColor())) {
				recolour.append(SetCommand.create(session.getEditingDomain(), entry.getKey(), Literals.TAG__COLOR, colour));
			}
		}
		if (!recolour.isEmpty()) {
			session.execute(recolour);
		}
		return true;
	}

	private static List<Tag> openDossierTags() {
		DossierSession session = DossierSession.getDefault();
		List<Tag> tags = new ArrayList<>();
		if (session.getStore() != null && !session.getStore().isReadOnly()) {
			TagColours.collect(session.getStore().getDossier().getTags(), tags);
		}
		return tags;
	}
}
