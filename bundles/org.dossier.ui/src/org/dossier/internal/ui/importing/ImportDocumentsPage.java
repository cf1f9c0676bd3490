package org.dossier.internal.ui.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dossier.core.store.DossierStore;
import org.dossier.ui.DossierSession;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The files and folders to import: added from dialogs, or typed / pasted as paths. */
final class ImportDocumentsPage extends WizardPage {

	static final String PATH_FIELD = "path";

	private org.eclipse.swt.widgets.List files;
	private Text path;

	ImportDocumentsPage() {
		super("importDocuments");
		setTitle("Import Documents");
		setDescription("Choose files or folders: text, Markdown, HTML, PDF and DOCX; folders are imported with everything in them.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);

		DossierStore store = DossierSession.getDefault().getStore();
		Label target = new Label(body, SWT.WRAP);
		target.setText(store == null ? "No dossier is open: open or create one first (File menu)."
				: "Into: " + store.getDossier().getName() + " (" + store.getFolder() + ")");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(target);

		files = new org.eclipse.swt.widgets.List(body, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(480, 220).applyTo(files);

		Composite buttons = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		button(buttons, "Add &Files...", this::addFiles);
		button(buttons, "Add F&older...", this::addFolder);
		button(buttons, "&Remove", () -> {
			files.remove(files.getSelectionIndices());
			validate();
		});

		path = new Text(body, SWT.BORDER);
		path.setData(PATH_FIELD);
		path.setMessage("Type or paste a path and press Enter");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(path);
		path.addListener(SWT.DefaultSelection, event -> addTypedPath());
		button(body, "&Add", this::addTypedPath);

		validate();
		setErrorMessage(null);
		setControl(body);
	}

	private void button(Composite parent, String label, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(label);
		button.addListener(SWT.Selection, event -> action.run());
		GridDataFactory.fillDefaults().applyTo(button);
	}

	private void addFiles() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText("Files to Import");
		dialog.setFilterExtensions(new String[] { "*.txt;*.text;*.md;*.markdown;*.html;*.htm;*.pdf;*.docx", "*.*" });
		dialog.setFilterNames(new String[] { "Documents", "All files" });
		if (dialog.open() != null) {
			for (String name : dialog.getFileNames()) {
				add(Path.of(dialog.getFilterPath(), name));
			}
		}
	}

	private void addFolder() {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		dialog.setText("Folder to Import");
		String folder = dialog.open();
		if (folder != null) {
			add(Path.of(folder));
		}
	}

	private void addTypedPath() {
		String typed = path.getText().strip();
		if (typed.isEmpty()) {
			return;
		}
		Path candidate = Path.of(typed);
		if (!Files.exists(candidate)) {
			setErrorMessage("No such file or folder: " + candidate);
			return;
		}
		add(candidate);
		path.setText("");
	}

	private void add(Path candidate) {
		String entry = candidate.toAbsolutePath().normalize().toString();
		if (files.indexOf(entry) < 0) {
			files.add(entry);
		}
		validate();
	}

	private void validate() {
		DossierStore store = DossierSession.getDefault().getStore();
		String problem = store == null ? "No dossier is open."
				: store.isReadOnly() ? "The dossier is open read-only." : null;
		setErrorMessage(problem);
		setPageComplete(problem == null && files.getItemCount() > 0);
	}

	List<Path> getPaths() {
		List<Path> paths = new ArrayList<>();
		for (String item : files.getItems()) {
			paths.add(Path.of(item));
		}
		return paths;
	}
}
