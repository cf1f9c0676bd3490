package org.dossier.ui.dialogs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A small form dialog: labelled text fields (checked as typed), drop-downs and filterable lists,
 * declared in a few lines by each annotating command. Values are read after OK.
 */
public final class FieldsDialog extends TitleAreaDialog {

	/** A field's value after the dialog closed with OK. */
	public interface Value<T> extends Supplier<T> {
	}

	private final String title;
	private final String message;
	private final List<Consumer<Composite>> builders = new ArrayList<>();
	private final List<Runnable> readers = new ArrayList<>();
	private final List<Supplier<String>> validators = new ArrayList<>();

	public FieldsDialog(Shell shell, String title, String message) {
		super(shell);
		this.title = title;
		this.message = message;
		setHelpAvailable(false);
	}

	/** A text field; {@code validator} returns an error message or {@code null}. */
	public Value<String> text(String label, String initial, boolean multiLine, Function<String, String> validator) {
		Object[] value = { initial };
		Text[] field = new Text[1];
		builders.add(parent -> {
			label(parent, label);
			field[0] = new Text(parent, SWT.BORDER | (multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
			field[0].setText(initial == null ? "" : initial);
			field[0].setData(plain(label));
			GridDataFactory.fillDefaults().grab(true, multiLine).hint(420, multiLine ? 80 : SWT.DEFAULT).applyTo(field[0]);
			field[0].addModifyListener(event -> validate());
		});
		validators.add(() -> field[0] == null || validator == null ? null : validator.apply(field[0].getText().strip()));
		readers.add(() -> value[0] = field[0].getText().strip());
		return () -> (String) value[0];
	}

	/** A drop-down of choices. */
	public <T> Value<T> choice(String label, List<T> items, Function<T, String> labeler, T initial) {
		Object[] value = { initial };
		Combo[] field = new Combo[1];
		builders.add(parent -> {
			label(parent, label);
			field[0] = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
			field[0].setData(plain(label));
			for (T item : items) {
				field[0].add(labeler.apply(item));
			}
			field[0].select(Math.max(0, items.indexOf(initial)));
			field[0].setVisibleItemCount(Math.min(20, Math.max(1, items.size())));
			GridDataFactory.fillDefaults().grab(true, false).applyTo(field[0]);
		});
		readers.add(() -> value[0] = field[0].getSelectionIndex() < 0 ? null : items.get(field[0].getSelectionIndex()));
		@SuppressWarnings("unchecked")
		Value<T> result = () -> (T) value[0];
		return result;
	}

	/**
	 * A filter field over a list of items; the value is the item selected in the list, or {@code null}
	 * (then {@link FilteredChoice#filter()} says what was typed, e.g. the name of an item to create).
	 */
	public <T> FilteredChoice<T> filteredList(String label, List<T> items, Function<T, String> labeler, String filter) {
		FilteredChoice<T> choice = new FilteredChoice<>(items, labeler, filter);
		builders.add(parent -> {
			label(parent, label);
			choice.create(parent, this::validate);
		});
		readers.add(choice::read);
		return choice;
	}

	/** A check box. */
	public Value<Boolean> check(String label, boolean initial) {
		boolean[] value = { initial };
		Button[] field = new Button[1];
		builders.add(parent -> {
			new Label(parent, SWT.NONE);
			field[0] = new Button(parent, SWT.CHECK);
			field[0].setText(label);
			field[0].setSelection(initial);
		});
		readers.add(() -> value[0] = field[0].getSelection());
		return () -> value[0];
	}

	/** Adds a check over all fields: an error message or {@code null}. */
	public void require(Supplier<String> check) {
		validators.add(check);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(title);
		setMessage(message);
		Composite fields = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		fields.setLayout(new org.eclipse.swt.layout.GridLayout(2, false));
		for (Consumer<Composite> builder : builders) {
			builder.accept(fields);
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	private void validate() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok == null) {
			return;
		}
		for (Supplier<String> validator : validators) {
			String error = validator.get();
			if (error != null) {
				setErrorMessage(error);
				ok.setEnabled(false);
				return;
			}
		}
		setErrorMessage(null);
		ok.setEnabled(true);
	}

	@Override
	protected void okPressed() {
		for (Runnable reader : readers) {
			reader.run();
		}
		super.okPressed();
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	/** "&Statement:" → "Statement": the key tests find a field by. */
	private static String plain(String label) {
		return label.replace("&", "").replaceAll(":$", "");
	}

	private static void label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).indent(0, 3).applyTo(label);
	}

	/** A filter text above a list of the items whose label contains it. */
	public static final class FilteredChoice<T> {

		private final List<T> items;
		private final Function<T, String> labeler;
		private final List<T> shown = new ArrayList<>();
		private String filter;
		private T selected;
		private Text filterField;
		private org.eclipse.swt.widgets.List list;

		FilteredChoice(List<T> items, Function<T, String> labeler, String filter) {
			this.items = items;
			this.labeler = labeler;
			this.filter = filter == null ? "" : filter;
		}

		void create(Composite parent, Runnable changed) {
			Composite holder = new Composite(parent, SWT.NONE);
			holder.setLayout(new org.eclipse.swt.layout.GridLayout(1, false));
			GridDataFactory.fillDefaults().grab(true, true).applyTo(holder);
			filterField = new Text(holder, SWT.BORDER | SWT.SEARCH);
			filterField.setData("filter");
			filterField.setText(filter);
			filterField.setMessage("type to filter");
			GridDataFactory.fillDefaults().grab(true, false).applyTo(filterField);
			list = new org.eclipse.swt.widgets.List(holder, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
			GridDataFactory.fillDefaults().grab(true, true).hint(420, 160).applyTo(list);
			filterField.addModifyListener(event -> {
				show(filterField.getText());
				changed.run();
			});
			list.addListener(SWT.Selection, event -> changed.run());
			filterField.addListener(SWT.KeyDown, event -> {
				if (event.keyCode == SWT.ARROW_DOWN && list.getItemCount() > 0) {
					list.setFocus();
					if (list.getSelectionIndex() < 0) {
						list.select(0);
						changed.run();
					}
				}
			});
			show(filter);
		}

		private void show(String text) {
			String key = text.strip().toLowerCase(Locale.ROOT);
			shown.clear();
			list.removeAll();
			for (T item : items) {
				String label = labeler.apply(item);
				if (key.isEmpty() || label.toLowerCase(Locale.ROOT).contains(key)) {
					shown.add(item);
					list.add(label);
				}
			}
			if (shown.size() == 1 || !shown.isEmpty() && labeler.apply(shown.get(0)).toLowerCase(Locale.ROOT).startsWith(key) && !key.isEmpty()) {
				list.select(0);
			}
		}

		/** The item selected now (while the dialog is open). */
		public T current() {
			int index = list == null || list.isDisposed() ? -1 : list.getSelectionIndex();
			return index < 0 ? null : shown.get(index);
		}

		public String currentFilter() {
			return filterField == null || filterField.isDisposed() ? filter : filterField.getText().strip();
		}

		void read() {
			selected = current();
			filter = currentFilter();
		}

		public T get() {
			return selected;
		}

		public String filter() {
			return filter;
		}
	}
}
