package org.dossier.internal.ui.application;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
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
	}

	private IWorkbenchAction standard(ActionFactory factory, IWorkbenchWindow window) {
		IWorkbenchAction action = factory.create(window);
		register(action);
		return action;
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

		MenuManager window = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
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
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(window);
		menuBar.add(help);
	}
}
