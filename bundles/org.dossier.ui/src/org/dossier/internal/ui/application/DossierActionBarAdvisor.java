package org.dossier.internal.ui.application;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The main menu skeleton. Dossier's own entries come from plugin.xml menu contributions (commands,
 * handlers, key bindings); this class only lays out the menus and the standard workbench actions.
 */
final class DossierActionBarAdvisor extends ActionBarAdvisor {

	private IWorkbenchAction quit;
	private IWorkbenchAction save;
	private IWorkbenchAction importWizards;
	private IWorkbenchAction exportWizards;
	private IWorkbenchAction preferences;
	private IWorkbenchAction resetPerspective;
	private IWorkbenchAction helpContents;
	private IWorkbenchAction helpSearch;
	private IWorkbenchAction about;
	private IContributionItem showViews;
	private IWorkbenchAction undo;
	private IWorkbenchAction redo;
	private IWorkbenchAction delete;
	private IWorkbenchAction selectAll;
	private IWorkbenchAction find;

	DossierActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		quit = standard(ActionFactory.QUIT, window);
		save = standard(ActionFactory.SAVE, window);
		importWizards = standard(ActionFactory.IMPORT, window);
		exportWizards = standard(ActionFactory.EXPORT, window);
		preferences = standard(ActionFactory.PREFERENCES, window);
		resetPerspective = standard(ActionFactory.RESET_PERSPECTIVE, window);
		helpContents = standard(ActionFactory.HELP_CONTENTS, window);
		helpSearch = standard(ActionFactory.HELP_SEARCH, window);
		about = standard(ActionFactory.ABOUT, window);
		showViews = ContributionItemFactory.VIEWS_SHORTLIST.create(window);
		undo = standard(ActionFactory.UNDO, window);
		redo = standard(ActionFactory.REDO, window);
		delete = standard(ActionFactory.DELETE, window);
		selectAll = standard(ActionFactory.SELECT_ALL, window);
		find = standard(ActionFactory.FIND, window);
	}

	private IWorkbenchAction standard(ActionFactory factory, IWorkbenchWindow window) {
		IWorkbenchAction action = factory.create(window);
		register(action);
		return action;
	}

	/** Save, Undo and Redo on the tool bar; the text editors' next/previous annotation go to the navigation bar. */
	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		IToolBarManager file = new ToolBarManager(coolBar.getStyle());
		file.add(save);
		file.add(new Separator());
		file.add(undo);
		file.add(redo);
		coolBar.add(new ToolBarContributionItem(file, IWorkbenchActionConstants.TOOLBAR_FILE));
		IToolBarManager navigate = new ToolBarManager(coolBar.getStyle());
		navigate.add(new GroupMarker("history.group"));
		navigate.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		coolBar.add(new ToolBarContributionItem(navigate, IWorkbenchActionConstants.TOOLBAR_NAVIGATE));
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(save);
		file.add(new Separator());
		file.add(importWizards);
		file.add(exportWizards);
		file.add(new Separator());
		file.add(quit);
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));

		MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		edit.add(undo);
		edit.add(redo);
		edit.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
		edit.add(new Separator());
		edit.add(delete);
		edit.add(selectAll);
		edit.add(new Separator());
		edit.add(find);
		edit.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
		edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));

		MenuManager window = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
		MenuManager showView = new MenuManager("Show &View", "showView");
		showView.add(showViews);
		window.add(showView);
		window.add(resetPerspective);
		window.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		window.add(new Separator());
		window.add(preferences);

		MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
		help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
		help.add(helpContents);
		help.add(helpSearch);
		help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(new Separator());
		help.add(about);

		menuBar.add(file);
		menuBar.add(edit);
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(window);
		menuBar.add(help);
	}
}
