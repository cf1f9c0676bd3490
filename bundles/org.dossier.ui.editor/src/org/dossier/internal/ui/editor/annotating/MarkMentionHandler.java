package org.dossier.internal.ui.editor.annotating;

import java.util.List;

import org.dossier.core.editing.AnnotationCommands;
import org.dossier.core.editing.EntityCommands;
import org.dossier.model.DossierFactory;
import org.dossier.model.DossierPackage.Literals;
import org.dossier.model.Entity;
import org.dossier.model.EntityKind;
import org.dossier.model.Mention;
import org.dossier.ui.DossierSession;
import org.dossier.ui.dialogs.FieldsDialog;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.window.Window;

/** Annotate &gt; Mark Entity Mention (Ctrl+Shift+E): the selection mentions an entity, picked or created. */
public final class MarkMentionHandler extends AnnotatingHandler {

	@Override
	String label() {
		return "Mark Entity Mention";
	}

	@Override
	void run(Target target) {
		Mention existing = target.first(Mention.class);
		String surface = existing != null && !target.hasSpan() ? "" : target.selectedText().strip();
		FieldsDialog dialog = new FieldsDialog(target.shell(), existing != null ? "Link Mention to Entity" : label(),
				"Pick the entity mentioned, or type a new name and choose its kind to create one.");
		FieldsDialog.FilteredChoice<Entity> entity = dialog.filteredList("&Entity:", Choices.entities(target.dossier()),
				Choices::entityLabel, existing != null ? "" : surface);
		FieldsDialog.Value<EntityKind> kind = dialog.choice("&Kind of a new entity:", EntityKind.VALUES, EntityKind::getLiteral, EntityKind.PERSON);
		dialog.require(() -> entity.current() == null && entity.currentFilter().isBlank() ? "Pick an entity or type the name of a new one" : null);
		if (dialog.open() != Window.OK) {
			return;
		}
		EditingDomain domain = DossierSession.getDefault().getEditingDomain();
		CompoundCommand command = new CompoundCommand(existing != null ? "Link Mention" : "Mark Mention");
		Entity chosen = entity.get();
		if (chosen == null) {
			chosen = EntityCommands.newEntity(entity.filter(), kind.get());
			command.append(AddCommand.create(domain, target.dossier(), Literals.DOSSIER__ENTITIES, chosen));
		}
		if (!surface.isEmpty() && !surface.equals(chosen.getName()) && !chosen.getAliases().contains(surface)) {
			command.append(AddCommand.create(domain, chosen, Literals.ENTITY__ALIASES, List.of(surface)));
		}
		if (existing != null && !target.hasSpan()) {
			command.append(SetCommand.create(domain, existing, Literals.MENTION__ENTITY, chosen));
		} else {
			Mention mention = DossierFactory.eINSTANCE.createMention();
			mention.setEntity(chosen);
			command.append(AnnotationCommands.add(domain, target.document(), mention, target.begin(), target.end()));
		}
		target.execute(command);
	}
}
