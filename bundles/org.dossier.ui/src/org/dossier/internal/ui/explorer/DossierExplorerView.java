package org.dossier.internal.ui.explorer;

import org.dossier.core.store.DossierStore;
import org.dossier.model.DocumentEntry;
import org.dossier.model.Dossier;
import org.dossier.model.provider.DossierItemProviderAdapterFactory;
import org.dossier.internal.ui.DossierUiPlugin;
import org.dossier.ui.DocumentEditors;
import org.dossier.ui.DossierSession;
import org.dossier.ui.EditingActions;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.dossier.ui.viewers.ItemProviderLabels;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

/**
 * The Dossier Explorer: the open dossier's documents (title, language, annotation count), entities,
 * claims, sources and tags, read from the dossier index alone.
 */
public final class DossierExplorerView extends ViewPart {

	public static final String ID = "org.dossier.ui.views.explorer";
	private static final String GROUPING = "explorerGrouping";

	private final DossierItemProviderAdapterFactory adapterFactory = new DossierItemProviderAdapterFactory();
	private final DossierSession.Listener sessionListener = this::show;
	private final AdapterImpl dossierListener = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification notification) {
			// Changes made by background jobs are shown when the job tells the session it is done.
			if (!notification.isTouch() && Display.getCurrent() != null) {
				refreshSoon();
			}
		}
	};

	private TreeViewer viewer;
	private ItemProviderLabels labels;
	private Dossier shown;
	private boolean refreshPending;
	private EditingActions editingActions;

	@Override
	public void createPartControl(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		TreeColumnLayout layout = new TreeColumnLayout();
		holder.setLayout(layout);
		viewer = new TreeViewer(holder, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(false);
		viewer.setUseHashlookup(true);
		labels = new ItemProviderLabels(adapterFactory, viewer.getControl());
		ExplorerContentProvider content = new ExplorerContentProvider();
		viewer.setContentProvider(content);
		MenuManager groupBy = new MenuManager("&Group Documents By");
		ExplorerGroup.Grouping remembered = remembered();
		for (ExplorerGroup.Grouping grouping : ExplorerGroup.Grouping.values()) {
			IAction choice = new Action(grouping == ExplorerGroup.Grouping.NONE ? "&Nothing (a flat list)"
					: grouping == ExplorerGroup.Grouping.LANGUAGE ? "&Language" : "&Source", IAction.AS_RADIO_BUTTON) {
				@Override
				public void run() {
					if (isChecked()) {
						setGrouping(grouping);
					}
				}
			};
			choice.setChecked(grouping == remembered);
			groupBy.add(choice);
		}
		getViewSite().getActionBars().getMenuManager().add(groupBy);
		content.setGrouping(remembered);

		column(layout, "Name", 60, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof ExplorerFolder folder) {
					return folder.label() + " (" + ExplorerContentProvider.count(shown, folder) + ")";
				}
				if (element instanceof ExplorerGroup group) {
					return group.label() + " (" + group.members(shown).size() + ")";
				}
				if (element instanceof DocumentEntry entry) {
					return entry.getTitle() == null || entry.getTitle().isBlank() ? "(untitled " + entry.getId() + ")" : entry.getTitle();
				}
				String name = ExplorerNames.of(element);
				return name != null ? name : labels.getText(element);
			}

			@Override
			public Image getImage(Object element) {
				if (element instanceof ExplorerFolder || element instanceof ExplorerGroup) {
					return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
				}
				return labels.getImage(element);
			}

			@Override
			public String getToolTipText(Object element) {
				return element instanceof DocumentEntry entry ? entry.getOrigin() : null;
			}
		});
		column(layout, "Language", 16, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof DocumentEntry entry && entry.getLanguage() != null ? entry.getLanguage() : "";
			}
		});
		column(layout, "Annotations", 20, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof DocumentEntry entry ? Integer.toString(entry.getAnnotationCount()) : "";
			}
		});
		viewer.getTree().getColumn(2).setAlignment(SWT.RIGHT);
		viewer.addDoubleClickListener(event -> {
			Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (element instanceof DocumentEntry entry) {
				openDocument(entry);
			} else if (element != null && viewer.isExpandable(element)) {
				viewer.setExpandedState(element, !viewer.getExpandedState(element));
			}
		});
		getSite().setSelectionProvider(viewer);
		MenuManager contextMenu = new MenuManager();
		contextMenu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getControl().setMenu(contextMenu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(contextMenu, viewer);
		editingActions = new EditingActions().installIn(getViewSite().getActionBars());
		FileDrops.importDroppedFiles(viewer.getControl());

		DossierSession.getDefault().addListener(sessionListener);
		show(DossierSession.getDefault().getStore());
	}

	private void column(TreeColumnLayout layout, String title, int weight, ColumnLabelProvider labelProvider) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setMoveable(true);
		column.setLabelProvider(labelProvider);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 40));
	}

	private void show(DossierStore store) {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		if (store != null && store.getDossier() == shown) {
			boolean hadNoDocuments = !viewer.isExpandable(ExplorerFolder.DOCUMENTS);
			viewer.refresh();
			if (hadNoDocuments) {
				viewer.setExpandedState(ExplorerFolder.DOCUMENTS, true); // show the first documents imported
			}
			return;
		}
		if (shown != null) {
			shown.eAdapters().remove(dossierListener);
		}
		shown = store == null ? null : store.getDossier();
		if (shown != null) {
			shown.eAdapters().add(dossierListener);
		}
		viewer.setInput(shown);
		if (shown != null) {
			viewer.setExpandedState(ExplorerFolder.DOCUMENTS, true);
			setContentDescription(shown.getName() + (store.isReadOnly() ? " (read-only)" : "") + " - " + store.getFolder());
		} else {
			setContentDescription("No dossier open: File > Open Dossier (Ctrl+O) or New Dossier (Ctrl+Shift+N)");
		}
	}

	private void refreshSoon() {
		if (refreshPending) {
			return;
		}
		refreshPending = true;
		Display display = viewer.getControl().getDisplay();
		display.asyncExec(() -> {
			refreshPending = false;
			if (!viewer.getControl().isDisposed()) {
				viewer.refresh();
			}
		});
	}

	private void openDocument(DocumentEntry entry) {
		try {
			DocumentEditors.open(getSite().getPage(), entry);
		} catch (PartInitException e) {
			MessageDialog.openError(getSite().getShell(), "Cannot Open Document", e.getMessage());
		}
	}

	/**
	 * Groups documents by language or by source (entities then by kind), or lists them flat; remembered
	 * for next time.
	 */
	public void setGrouping(ExplorerGroup.Grouping grouping) {
		((ExplorerContentProvider) viewer.getContentProvider()).setGrouping(grouping);
		DossierUiPlugin.getDefault().getPreferenceStore().setValue(GROUPING, grouping.name());
		viewer.refresh();
		if (grouping != ExplorerGroup.Grouping.NONE) {
			viewer.expandToLevel(ExplorerFolder.DOCUMENTS, 2);
		}
	}

	private static ExplorerGroup.Grouping remembered() {
		String name = DossierUiPlugin.getDefault().getPreferenceStore().getString(GROUPING);
		for (ExplorerGroup.Grouping grouping : ExplorerGroup.Grouping.values()) {
			if (grouping.name().equals(name)) {
				return grouping;
			}
		}
		return ExplorerGroup.Grouping.NONE;
	}

	/** The viewer, for tests that drive the view. */
	public TreeViewer getViewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		DossierSession.getDefault().removeListener(sessionListener);
		if (editingActions != null) {
			editingActions.dispose();
		}
		if (shown != null) {
			shown.eAdapters().remove(dossierListener);
		}
		adapterFactory.dispose();
		super.dispose();
	}
}
