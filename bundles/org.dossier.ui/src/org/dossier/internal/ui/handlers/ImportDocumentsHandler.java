package org.dossier.internal.ui.handlers;

import org.dossier.internal.ui.importing.ImportDocumentsWizard;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** File &gt; Import Documents: the import wizard, straight away. */
public final class ImportDocumentsHandler extends OpenDossierDependentHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ImportDocumentsWizard wizard = new ImportDocumentsWizard();
		wizard.init(HandlerUtil.getActiveWorkbenchWindow(event).getWorkbench(), null);
		new WizardDialog(HandlerUtil.getActiveShell(event), wizard).open();
		return null;
	}
}
