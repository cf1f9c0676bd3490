package org.dossier.internal.ui.views.entities;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.dossier.core.editing.EntityCommands;
import org.dossier.core.editing.EntityUsages;
import org.dossier.internal.ui.views.RowsView;
import org.dossier.internal.ui.views.StepsCommand;
import org.dossier.internal.ui.views.ViewCommands;
import org.dossier.internal.ui.views.facts.DossierFacts;
import org.dossier.internal.ui.views.facts.IndexLookup;
import org.dossier.internal.ui.views.facts.ModelAddress;
import org.dossier.internal.ui.views.table.Column;
import org.dossier.internal.ui.views.table.RowStyle;
import org.dossier.model.Annotation;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.model.Mention;
import org.dossier.model.Quote;
import org.dossier.model.provider.DossierItemProviderAdapterFactory;
import org.dossier.ui.viewers.ItemProviderLabels;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.dialogs.ListDialog;

/**
 * The Entities view: every person, organisation and place of the dossier with its aliases and how
 * often, and in how many documents, it is mentioned. Merge (Ctrl+Shift+M), Split Alias Off
 * (Ctrl+Shift+A) and Rename (F2) act on the selected entities, as undoable commands; opening an entity
 * shows its first mention.
 */
public final class EntitiesView extends RowsView<EntityRow> {

	public static final String ID = "org.dossier.ui.views.entities";

	private final DossierItemProviderAdapterFactory adapterFactory = new DossierItemProviderAdapterFactory();
	private ItemProviderLabels labels;
	private final IAction merge = new Action("&Merge Entities...") {
		@Override
		public void run() {
			mergeSelected();
		}
	};
	private final IAction splitAlias = new Action("Split &Alias Off...") {
		@Override
		public void run() {
			splitAliasOfSelected();
		}
	};
	private final IAction rename = new Action("Re&name...") {
		@Override
		public void run() {
			renameSelected();
		}
	};

	@Override
	protected Control createBody(Composite parent) {
		Control body = super.createBody(parent);
		labels = new ItemProviderLabels(adapterFactory, getTable().getTable());
		return body;
	}

	@Override
	protected List<Column<EntityRow>> columns() {
		return List.of(Column.text("Name", 30, EntityRow::name), Column.text("Kind", 12, EntityRow::kind),
				Column.text("Aliases", 40, EntityRow::aliases), Column.count("Mentions", 10, row -> row.counts().mentions()),
				Column.count("Documents", 10, row -> row.counts().documents()));
	}

	@Override
	protected RowStyle<EntityRow> style() {
		return new RowStyle<>() {
			@Override
			public Image image(EntityRow row, int column) {
				return column == 0 && labels != null ? labels.getImage(row.entity()) : null;
			}
		};
	}

	@Override
	protected List<EntityRow> rows(IndexLookup index, DossierFacts facts) {
		List<EntityRow> rows = new ArrayList<>();
		for (Entity entity : index.dossier().getEntities()) {
			rows.add(new EntityRow(entity, facts.entityCounts(entity.getId())));
		}
		return rows;
	}

	@Override
	protected Object keyOf(EntityRow row) {
		return row.entity();
	}

	@Override
	protected String describe(int rows) {
		return count(rows, "entity", "entities");
	}

	@Override
	protected List<ModelAddress> placesOf(EntityRow row) {
		return row.counts().firstMentions();
	}

	@Override
	protected Collection<?> keysFor(List<Annotation> annotations) {
		List<Entity> entities = new ArrayList<>();
		for (Annotation annotation : annotations) {
			if (annotation instanceof Mention mention && mention.getEntity() != null) {
				entities.add(mention.getEntity());
			} else if (annotation instanceof Quote quote && quote.getSpeaker() != null) {
				entities.add(quote.getSpeaker());
			}
		}
		return entities;
	}

	@Override
	protected void createActions() {
		bind(ViewCommands.MERGE_ENTITIES, merge);
		bind(ViewCommands.SPLIT_ALIAS, splitAlias);
		bind(IWorkbenchCommandConstants.FILE_RENAME, rename);
	}

	@Override
	protected void fillContextMenu(IMenuManager menu) {
		menu.add(merge);
		menu.add(splitAlias);
		menu.add(rename);
	}

	@Override
	protected void updateActions() {
		List<EntityRow> selected = getTable().selectedRows();
		boolean editable = isEditable();
		merge.setEnabled(editable && selected.size() >= 2);
		splitAlias.setEnabled(editable && selected.size() == 1 && !selected.get(0).entity().getAliases().isEmpty());
		rename.setEnabled(editable && selected.size() == 1);
	}

	private void mergeSelected() {
		List<EntityRow> selected = getTable().selectedRows();
		if (selected.size() < 2) {
			return;
		}
		EntityRow mostMentioned = selected.stream().max(Comparator.comparingInt(row -> row.counts().mentions())).orElseThrow();
		ListDialog choice = new ListDialog(getSite().getShell());
		choice.setTitle("Merge Entities");
		choice.setMessage("Keep which entity? The others merge into it: their names become its aliases, and their mentions, "
				+ "quotations and claims move to it.");
		choice.setContentProvider(ArrayContentProvider.getInstance());
		choice.setLabelProvider(LabelProvider.createTextProvider(row -> ((EntityRow) row).describe()));
		choice.setInput(selected);
		choice.setInitialSelections(mostMentioned);
		choice.setWidthInChars(60);
		if (choice.open() != IDialogConstants.OK_ID || choice.getResult().length != 1) {
			return;
		}
		Entity kept = ((EntityRow) choice.getResult()[0]).entity();
		List<Entity> absorbed = new ArrayList<>();
		selected.forEach(row -> absorbed.add(row.entity()));
		absorbed.remove(kept);
		EntityUsages usages = EntityUsageSearch.find(getSite().getShell(), session().getStore(), absorbed, "Merge Entities");
		if (usages != null) {
			execute(mergeCommand(kept, absorbed, usages), "Merge Entities");
		}
	}

	/**
	 * One merge per absorbed entity, each made when the one before is done. Every merge is given the
	 * usages of all absorbed entities: it points them all at the kept one, which is where they end.
	 */
	private Command mergeCommand(Entity kept, List<Entity> absorbed, EntityUsages usages) {
		EditingDomain domain = session().getEditingDomain();
		Dossier dossier = session().getStore().getDossier();
		if (absorbed.size() == 1) {
			return EntityCommands.merge(domain, dossier, kept, absorbed.get(0), usages);
		}
		List<java.util.function.Supplier<Command>> steps = new ArrayList<>();
		for (Entity entity : absorbed) {
			steps.add(() -> EntityCommands.merge(domain, dossier, kept, entity, usages));
		}
		return new StepsCommand("Merge " + absorbed.size() + " entities into " + kept.getName(), steps);
	}

	private void splitAliasOfSelected() {
		List<EntityRow> selected = getTable().selectedRows();
		if (selected.size() != 1 || selected.get(0).entity().getAliases().isEmpty()) {
			return;
		}
		Entity entity = selected.get(0).entity();
		ListDialog choice = new ListDialog(getSite().getShell());
		choice.setTitle("Split Alias Off");
		choice.setMessage("Which alias of " + entity.getName() + " is an entity of its own? The mentions written that way go with it.");
		choice.setContentProvider(ArrayContentProvider.getInstance());
		choice.setLabelProvider(new LabelProvider());
		choice.setInput(new ArrayList<>(entity.getAliases()));
		choice.setInitialSelections(entity.getAliases().get(0));
		if (choice.open() != IDialogConstants.OK_ID || choice.getResult().length != 1) {
			return;
		}
		String alias = (String) choice.getResult()[0];
		EntityUsages usages = EntityUsageSearch.find(getSite().getShell(), session().getStore(), List.of(entity), "Split Alias Off");
		if (usages != null) {
			execute(EntityCommands.splitAlias(session().getEditingDomain(), session().getStore().getDossier(), entity, alias, usages),
					"Split Alias Off");
		}
	}

	private void renameSelected() {
		List<EntityRow> selected = getTable().selectedRows();
		if (selected.size() != 1) {
			return;
		}
		Entity entity = selected.get(0).entity();
		InputDialog dialog = new InputDialog(getSite().getShell(), "Rename Entity",
				"New name of " + entity.getName() + " (the old name stays as an alias):", entity.getName(),
				name -> name.isBlank() ? "An entity needs a name." : null);
		if (dialog.open() == IDialogConstants.OK_ID && !dialog.getValue().strip().equals(entity.getName())) {
			execute(EntityCommands.rename(session().getEditingDomain(), entity, dialog.getValue()), "Rename Entity");
		}
	}

	/** Runs a command, telling the user when it could not be done. */
	private void execute(Command command, String action) {
		var stack = session().getEditingDomain().getCommandStack();
		if (!session().execute(command) || stack.getUndoCommand() != command) {
			MessageDialog.openError(getSite().getShell(), action, "This cannot be done on the dossier as it is now.");
		}
	}

	/** Selects entities, for tests and other views. */
	public int select(Collection<Entity> entities) {
		return getTable().select(entities);
	}

	@Override
	public void dispose() {
		adapterFactory.dispose();
		super.dispose();
	}
}
