package org.dossier.internal.ui.handlers;

import org.dossier.internal.ui.wizards.NewDossierWizard;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** File &gt; New Dossier: the New Dossier wizard. */
public final class NewDossierHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		new WizardDialog(HandlerUtil.getActiveShell(event), new NewDossierWizard()).open();
		return null;
	}
}
