package org.dossier.internal.ui.handlers;

import java.nio.file.Path;

import org.dossier.ui.DossierSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; Open Dossier: asks for a dossier folder, or takes it from the command's
 * {@value #FOLDER_PARAMETER} parameter (for scripts, tests and "recent dossiers").
 */
public final class OpenDossierHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.dossier.ui.openDossier";
	public static final String FOLDER_PARAMETER = "org.dossier.ui.openDossier.folder";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		String folder = event.getParameter(FOLDER_PARAMETER);
		if (folder == null) {
			DirectoryDialog dialog = new DirectoryDialog(shell);
			dialog.setText("Open Dossier");
			dialog.setMessage("Choose a dossier folder (the folder that holds dossier.xmi)");
			Path last = DossierSession.getDefault().lastFolder();
			if (last != null && last.getParent() != null) {
				dialog.setFilterPath(last.getParent().toString());
			}
			folder = dialog.open();
		}
		if (folder != null) {
			DossierOpener.open(shell, Path.of(folder));
		}
		return null;
	}
}
