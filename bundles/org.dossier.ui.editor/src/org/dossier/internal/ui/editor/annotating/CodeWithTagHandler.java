package org.dossier.internal.ui.editor.annotating;

import org.dossier.core.editing.AnnotationCommands;
import org.dossier.core.store.Ids;
import org.dossier.model.CodedSegment;
import org.dossier.model.DossierFactory;
import org.dossier.model.DossierPackage.Literals;
import org.dossier.model.Tag;
import org.dossier.ui.DossierSession;
import org.dossier.ui.dialogs.FieldsDialog;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.window.Window;

/** Annotate &gt; Code with Tag (Ctrl+Shift+T): codes the selection with a tag, picked or created. */
public final class CodeWithTagHandler extends AnnotatingHandler {

	@Override
	String label() {
		return "Code with Tag";
	}

	@Override
	void run(Target target) {
		FieldsDialog dialog = new FieldsDialog(target.shell(), label(), "Pick a tag of the codebook, or type a new tag's name.");
		FieldsDialog.FilteredChoice<Tag> tag = dialog.filteredList("&Tag:", Choices.tags(target.dossier()), Tag::getName, "");
		dialog.require(() -> tag.current() == null && tag.currentFilter().isBlank() ? "Pick a tag or type the name of a new one" : null);
		if (dialog.open() != Window.OK) {
			return;
		}
		EditingDomain domain = DossierSession.getDefault().getEditingDomain();
		CompoundCommand code = new CompoundCommand("Code with Tag");
		Tag chosen = tag.get();
		if (chosen == null) {
			chosen = DossierFactory.eINSTANCE.createTag();
			chosen.setId(Ids.newId("t"));
			chosen.setName(tag.filter());
			code.append(AddCommand.create(domain, target.dossier(), Literals.DOSSIER__TAGS, chosen));
		}
		CodedSegment segment = DossierFactory.eINSTANCE.createCodedSegment();
		segment.setTag(chosen);
		code.append(AnnotationCommands.add(domain, target.document(), segment, target.begin(), target.end()));
		target.execute(code);
	}
}
