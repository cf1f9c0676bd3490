package org.dossier.internal.ui.handlers;

import java.util.ArrayList;
import java.util.List;

import org.dossier.core.editing.SourceCommands;
import org.dossier.core.store.DossierStore;
import org.dossier.core.store.DossierStoreException;
import org.dossier.model.Document;
import org.dossier.model.DocumentEntry;
import org.dossier.model.Reliability;
import org.dossier.model.Source;
import org.dossier.model.SourceKind;
import org.dossier.ui.DossierSession;
import org.dossier.ui.ModelTexts;
import org.dossier.ui.dialogs.FieldsDialog;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Set Source (Dossier Explorer, on documents): which outlet, person or institution published the
 * selected documents, and how reliable it is on the Admiralty scale (A completely reliable … F cannot
 * be judged). Claims show the reliability of the sources behind their evidence.
 */
public final class SetSourceHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.dossier.ui.setSource";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		DossierSession session = DossierSession.getDefault();
		DossierStore store = session.getStore();
		List<DocumentEntry> entries = selectedDocuments(HandlerUtil.getCurrentSelection(event));
		if (store == null || entries.isEmpty()) {
			return null;
		}
		if (store.isReadOnly()) {
			MessageDialog.openInformation(shell, "Read-Only Dossier", "The dossier is open read-only.");
			return null;
		}
		List<Document> documents = new ArrayList<>();
		try {
			for (DocumentEntry entry : entries) {
				documents.add(store.getDocument(entry));
			}
		} catch (DossierStoreException e) {
			MessageDialog.openError(shell, "Cannot Set Source", e.getMessage());
			return null;
		}
		Source current = documents.get(0).getPublisher();
		boolean shared = documents.stream().allMatch(document -> document.getPublisher() == current);

		FieldsDialog dialog = new FieldsDialog(shell, "Set Source",
				"Who published " + (documents.size() == 1 ? "'" + ModelTexts.abbreviated(documents.get(0).getTitle(), 60) + "'"
						: documents.size() + " documents") + "? Pick a source or type a new one's name; grade its reliability.");
		FieldsDialog.FilteredChoice<Source> source = dialog.filteredList("&Source:", new ArrayList<>(store.getDossier().getSources()),
				SetSourceHandler::label, shared && current != null ? current.getName() : "");
		FieldsDialog.Value<SourceKind> kind = dialog.choice("&Kind of a new source:", SourceKind.VALUES, SourceKind::getLiteral, SourceKind.OUTLET);
		FieldsDialog.Value<Reliability> reliability = dialog.choice("&Reliability:", Reliability.VALUES, ModelTexts::reliability,
				shared && current != null ? current.getReliability() : Reliability.NOT_GRADED);
		dialog.require(() -> source.current() == null && source.currentFilter().isBlank() ? "Pick a source or type the name of a new one" : null);
		if (dialog.open() != Window.OK) {
			return null;
		}
		Source chosen = source.get() != null ? source.get() : SourceCommands.newSource(source.filter(), kind.get());
		session.execute(SourceCommands.attribute(session.getEditingDomain(), store.getDossier(), chosen, reliability.get(), documents));
		return null;
	}

	private static String label(Source source) {
		return source.getName() + " (" + (source.getKind() == null ? "" : source.getKind().getLiteral() + ", ")
				+ ModelTexts.reliability(source.getReliability()) + ")";
	}

	static List<DocumentEntry> selectedDocuments(ISelection selection) {
		List<DocumentEntry> entries = new ArrayList<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured) {
				if (element instanceof DocumentEntry entry) {
					entries.add(entry);
				}
			}
		}
		return entries;
	}
}
