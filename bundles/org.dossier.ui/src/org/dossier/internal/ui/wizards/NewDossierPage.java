package org.dossier.internal.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

import org.dossier.core.store.DossierStore;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Name and location of a new dossier; the folder is the location plus a file-safe form of the name. */
final class NewDossierPage extends WizardPage {

	static final String NAME_FIELD = "name";
	static final String LOCATION_FIELD = "location";

	private Text name;
	private Text location;
	private Label folder;

	NewDossierPage() {
		super("newDossier");
		setTitle("New Dossier");
		setDescription("Create an empty dossier: a folder that will hold its documents and analysis.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);

		new Label(body, SWT.NONE).setText("&Name:");
		name = new Text(body, SWT.BORDER);
		name.setData(NAME_FIELD);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(name);

		new Label(body, SWT.NONE).setText("&Location:");
		location = new Text(body, SWT.BORDER);
		location.setData(LOCATION_FIELD);
		location.setText(System.getProperty("user.home"));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(location);
		Button browse = new Button(body, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, event -> browse());

		new Label(body, SWT.NONE).setText("Folder:");
		folder = new Label(body, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(folder);

		name.addListener(SWT.Modify, event -> validate());
		location.addListener(SWT.Modify, event -> validate());
		validate();
		setErrorMessage(null);
		setControl(body);
		name.setFocus();
	}

	private void browse() {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		dialog.setText("Location of the New Dossier");
		dialog.setFilterPath(location.getText());
		String chosen = dialog.open();
		if (chosen != null) {
			location.setText(chosen);
		}
	}

	private void validate() {
		String problem = problem();
		folder.setText(getDossierName().isEmpty() ? "" : getFolder().toString());
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	private String problem() {
		if (getDossierName().isEmpty()) {
			return "Enter a name for the dossier.";
		}
		Path parent = Path.of(location.getText().trim());
		if (!Files.isDirectory(parent)) {
			return "The location " + parent + " is not an existing folder.";
		}
		Path target = getFolder();
		if (DossierStore.isDossier(target)) {
			return target + " already holds a dossier; open it with File > Open Dossier.";
		}
		if (Files.exists(target)) {
			return target + " already exists; choose another name.";
		}
		return null;
	}

	String getDossierName() {
		return name.getText().strip();
	}

	Path getFolder() {
		return Path.of(location.getText().trim()).resolve(folderName(getDossierName()));
	}

	/** A folder name any file system accepts, kept readable: "Élections 2024 / Bilan" -> "Elections-2024-Bilan". */
	static String folderName(String dossierName) {
		String ascii = Normalizer.normalize(dossierName, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		String safe = ascii.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[-.]+|-+$", "");
		return safe.isEmpty() ? "dossier" : safe;
	}
}
