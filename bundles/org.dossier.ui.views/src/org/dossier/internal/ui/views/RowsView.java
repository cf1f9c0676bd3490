package org.dossier.internal.ui.views;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.dossier.core.store.DossierStore;
import org.dossier.internal.ui.views.facts.DossierFacts;
import org.dossier.internal.ui.views.facts.IndexLookup;
import org.dossier.internal.ui.views.facts.ModelAddress;
import org.dossier.internal.ui.views.table.Column;
import org.dossier.internal.ui.views.table.FilterBar;
import org.dossier.internal.ui.views.table.RowSelectionProvider;
import org.dossier.internal.ui.views.table.RowStyle;
import org.dossier.internal.ui.views.table.RowTable;
import org.dossier.model.Annotation;
import org.dossier.ui.DocumentView;
import org.dossier.ui.DossierSession;
import org.dossier.ui.EditingActions;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.commands.ActionHandler;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;

/**
 * A view listing rows of the open dossier in a {@link RowTable} under a {@link FilterBar}, linked with
 * the rest of the workbench: its selection is the rows' model objects (for the Properties view); a
 * row opened (double-click, Enter) is shown in the document editor, and a row selected is shown there
 * when its document is open already; a selection in the editor selects the rows of the annotations
 * selected there. The rows are rebuilt, keeping filter, order and selection, when the dossier
 * changes, after each command (and its undo and redo) and as the {@link FactsScanner} reads documents.
 */
public abstract class RowsView<R> extends ViewPart {

	/** The context of the views' own key bindings, active while one of them is. */
	public static final String CONTEXT_ID = "org.dossier.ui.views.context";

	private final DossierSession session = DossierSession.getDefault();
	private final DossierSession.Listener dossierListener = store -> refreshSoon();
	private final CommandStackListener commandListener = event -> refreshSoon();
	private final FactsScanner.Listener factsListener = facts -> refreshSoon();
	private final ISelectionListener editorSelectionListener = this::editorSelectionChanged;
	private final IPartListener2 visibilityListener = new IPartListener2() {
		@Override
		public void partVisible(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == RowsView.this && stale) {
				refresh();
			}
		}
	};
	private final IAction selectAll = new Action() {
		@Override
		public void run() {
			table.selectAll();
		}
	};
	private final IAction showInDocument = new Action("&Show in Document") {
		@Override
		public void run() {
			List<R> selected = table.selectedRows();
			if (!selected.isEmpty()) {
				open(selected.get(0));
			}
		}
	};
	private RowTable<R> table;
	private RowSelectionProvider<R> rowSelection;
	private FilterBar filterBar;
	private EditingActions editingActions;
	private DossierFacts facts = DossierFacts.NONE;
	private boolean refreshPending;
	/** Whether the rows are out of date while the view is hidden (rebuilt when it shows). */
	private boolean stale;

	@Override
	public final void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
		filterBar = new FilterBar(parent, text -> table.setFilterText(text));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filterBar.getControl());
		Control body = createBody(parent);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		addToggles(filterBar);
		getSite().setSelectionProvider(selectionProvider());

		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(manager -> {
			manager.add(showInDocument);
			manager.add(new Separator());
			fillContextMenu(manager);
			manager.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		});
		table.getTable().setMenu(menu.createContextMenu(table.getTable()));
		getSite().registerContextMenu(menu, rowSelection);

		editingActions = new EditingActions().installIn(getViewSite().getActionBars());
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), selectAll);
		getSite().getService(IContextService.class).activateContext(CONTEXT_ID);
		createActions();
		getViewSite().getActionBars().updateActionBars();

		session.addListener(dossierListener);
		session.addCommandStackListener(commandListener);
		getSite().getPage().addPostSelectionListener(editorSelectionListener);
		getSite().getPage().addPartListener(visibilityListener);
		facts = FactsScanner.getDefault().subscribe(factsListener);
		refresh();
	}

	/** Creates what the view shows under the filter bar; by default its table alone. */
	protected Control createBody(Composite parent) {
		return createTable(parent).getControl();
	}

	/** Creates the view's table, wired to the editor and the Properties view. */
	protected final RowTable<R> createTable(Composite parent) {
		table = new RowTable<>(parent, columns(), this::keyOf);
		table.setStyle(style());
		rowSelection = new RowSelectionProvider<>(table, this::modelObjectOf, this::keyOfModelObject);
		table.addOpenListener(this::open);
		table.addUserSelectionListener(() -> {
			List<R> selected = table.selectedRows();
			if (selected.size() == 1) {
				EditorLinks.revealIfOpen(getSite().getPage(), placesOf(selected.get(0)));
			}
		});
		table.addSelectionListener(this::updateActions);
		table.addContentListener(this::updateDescription);
		return table;
	}

	/** The selection the view gives the workbench: by default its table's. */
	protected ISelectionProvider selectionProvider() {
		return rowSelection;
	}

	protected final RowSelectionProvider<R> rowSelection() {
		return rowSelection;
	}

	protected abstract List<Column<R>> columns();

	/** The rows of the open dossier, from its index and the facts read so far. */
	protected abstract List<R> rows(IndexLookup index, DossierFacts facts);

	/** What identifies a row across refreshes: its model object, or the address of one in a document. */
	protected abstract Object keyOf(R row);

	/** "3 entities" */
	protected abstract String describe(int rows);

	protected RowStyle<R> style() {
		return new RowStyle<>() {
		};
	}

	/** The object a row stands for, as the Properties view gets it; may load its document. */
	protected Object modelObjectOf(R row) {
		Object key = keyOf(row);
		return key instanceof ModelAddress address ? ModelObjects.getDefault().resolve(address) : key;
	}

	/** The key of the row showing a model object, for selections set from outside. */
	protected Object keyOfModelObject(Object object) {
		ModelAddress address = object instanceof EObject eObject ? ModelAddress.of(eObject) : null;
		return address != null ? address : object;
	}

	/** The places in documents a row stands for, first the one to show. */
	protected List<ModelAddress> placesOf(R row) {
		return keyOf(row) instanceof ModelAddress address ? List.of(address) : List.of();
	}

	/** Opens a row (double-click, Enter): shows its first place in the document editor. */
	protected void open(R row) {
		EditorLinks.reveal(getSite().getPage(), placesOf(row));
	}

	/** The keys of the rows standing for annotations selected in the editor. */
	protected Collection<?> keysFor(List<Annotation> annotations) {
		List<Object> keys = new ArrayList<>();
		for (Annotation annotation : annotations) {
			ModelAddress address = ModelAddress.of(annotation);
			if (address != null) {
				keys.add(address);
			}
		}
		return keys;
	}

	/** Adds check boxes that narrow the rows to the filter bar. */
	protected void addToggles(FilterBar bar) {
	}

	/** Creates the view's actions and binds them to their commands' keys ({@link #bind}). */
	protected void createActions() {
	}

	protected void fillContextMenu(IMenuManager menu) {
	}

	/** Enables the view's actions for the selection. */
	protected void updateActions() {
	}

	/** Called after the rows were rebuilt. */
	protected void afterRefresh() {
	}

	/** Makes an action the handler of a command while this view is active, so the command's keys run it. */
	protected final void bind(String commandId, IAction action) {
		action.setActionDefinitionId(commandId);
		getSite().getService(IHandlerService.class).activateHandler(commandId, new ActionHandler(action));
	}

	protected final RowTable<R> table() {
		return table;
	}

	protected final DossierFacts facts() {
		return facts;
	}

	protected final DossierSession session() {
		return session;
	}

	/** Whether the open dossier may be changed (one is open, not read-only). */
	protected final boolean isEditable() {
		DossierStore store = session.getStore();
		return store != null && !store.isReadOnly();
	}

	/** The table, for tests. */
	public RowTable<R> getTable() {
		return table;
	}

	/** The filter bar, for tests. */
	public FilterBar getFilterBar() {
		return filterBar;
	}

	/**
	 * Selects the rows with these keys, clearing the filter when it hides them; returns whether the view
	 * has any of them.
	 */
	public boolean showRows(Collection<?> keys) {
		refresh();
		if (keys.stream().noneMatch(table::contains)) {
			return false;
		}
		if (table.select(keys) < keys.size()) {
			filterBar.clear();
			table.select(keys);
		}
		return true;
	}

	/** Rebuilds the rows from the open dossier and the facts known now. */
	protected final void refresh() {
		refreshPending = false;
		stale = false;
		if (table == null || table.getTable().isDisposed()) {
			return;
		}
		facts = FactsScanner.getDefault().getFacts();
		DossierStore store = session.getStore();
		table.setRows(store == null ? List.of() : rows(new IndexLookup(store.getDossier()), facts));
		afterRefresh();
		updateDescription();
		updateActions();
	}

	private void refreshSoon() {
		if (refreshPending || table == null || table.getTable().isDisposed()) {
			return;
		}
		if (!getSite().getPage().isPartVisible(this)) {
			stale = true; // a hidden view of a million rows need not rebuild them at every change
			return;
		}
		refreshPending = true;
		table.getTable().getDisplay().asyncExec(() -> {
			if (refreshPending) {
				refresh();
			}
		});
	}

	private void updateDescription() {
		if (session.getStore() == null) {
			setContentDescription("No dossier open");
			return;
		}
		String rows = table.getRowCount() == table.getTotalCount() ? describe(table.getTotalCount())
				: table.getRowCount() + " shown of " + describe(table.getTotalCount());
		if (!facts.isComplete()) {
			rows += (FactsScanner.getDefault().isScanning() ? " - reading documents: " : " - documents read: ")
					+ facts.readCount() + " of " + facts.documentCount();
		}
		setContentDescription(rows);
	}

	private void editorSelectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part == this || table == null || table.getTable().isDisposed()) {
			return;
		}
		DocumentView document = part.getAdapter(DocumentView.class);
		if (document != null) {
			Collection<?> keys = keysFor(document.getSelectedAnnotations());
			if (!keys.isEmpty()) {
				table.select(keys);
			}
		}
	}

	/** "1 entity", "3 entities" */
	protected static String count(int count, String one, String many) {
		return count + " " + (count == 1 ? one : many);
	}

	@Override
	public void setFocus() {
		table.getTable().setFocus();
	}

	@Override
	public void dispose() {
		FactsScanner.getDefault().unsubscribe(factsListener);
		session.removeListener(dossierListener);
		session.removeCommandStackListener(commandListener);
		getSite().getPage().removePostSelectionListener(editorSelectionListener);
		getSite().getPage().removePartListener(visibilityListener);
		if (editingActions != null) {
			editingActions.dispose();
		}
		super.dispose();
	}
}
