package org.dossier.internal.ui.exporting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dossier.core.exporting.ExportFormats;
import org.dossier.core.store.DossierStore;
import org.dossier.ui.DossierSession;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The format and where to write it: a file, or a folder for formats that write several files. */
final class ExportDossierPage extends WizardPage {

	/** Dossier's own complete format comes first to mind. */
	private static final String DEFAULT_FORMAT = "json";

	private final List<ExportFormats.Format> formats = ExportFormats.all();
	private Combo format;
	private Text output;

	ExportDossierPage() {
		super("exportDossier");
		setTitle("Export Dossier");
		setDescription("Write the open dossier in a format other tools read.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
		new Label(body, SWT.NONE).setText("&Format:");
		format = new Combo(body, SWT.READ_ONLY);
		formats.forEach(f -> format.add(f.name() + " [" + f.id() + "]"));
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(format);

		new Label(body, SWT.NONE).setText("&To:");
		output = new Text(body, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(output);
		Button browse = new Button(body, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, event -> browse());

		format.addListener(SWT.Selection, event -> suggestOutput());
		output.addListener(SWT.Modify, event -> validate());
		if (!formats.isEmpty()) {
			format.select(Math.max(0, formats.stream().map(ExportFormats.Format::id).toList().indexOf(DEFAULT_FORMAT)));
			suggestOutput();
		}
		validate();
		setControl(body);
	}

	private void suggestOutput() {
		DossierStore store = DossierSession.getDefault().getStore();
		ExportFormats.Format chosen = getFormat();
		if (store == null || chosen == null) {
			return;
		}
		String name = store.getFolder().getFileName() + "-" + chosen.id() + (chosen.writesFolder() ? "" : "." + chosen.extension());
		output.setText(store.getFolder().resolveSibling(name).toString());
	}

	private void browse() {
		ExportFormats.Format chosen = getFormat();
		String path;
		if (chosen != null && chosen.writesFolder()) {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			dialog.setFilterPath(output.getText());
			path = dialog.open();
		} else {
			FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
			dialog.setOverwrite(true);
			dialog.setFileName(output.getText());
			path = dialog.open();
		}
		if (path != null) {
			output.setText(path);
		}
	}

	private void validate() {
		String problem = null;
		if (DossierSession.getDefault().getStore() == null) {
			problem = "No dossier is open.";
		} else if (getFormat() == null) {
			problem = "No export format is installed.";
		} else if (output.getText().isBlank()) {
			problem = "Choose where to write the export.";
		} else if (getOutput().getParent() != null && !Files.isDirectory(getOutput().getParent())) {
			problem = "The folder " + getOutput().getParent() + " does not exist.";
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	ExportFormats.Format getFormat() {
		int index = format == null ? -1 : format.getSelectionIndex();
		return index < 0 ? null : formats.get(index);
	}

	Path getOutput() {
		return Path.of(output.getText().strip()).toAbsolutePath();
	}
}
