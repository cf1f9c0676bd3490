package org.dossier.internal.ui.views.table;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/**
 * The bar above a view's table: a filter field (rows containing every word typed, applied as the
 * typing pauses) and toggles that narrow the rows further ("Unsupported only" ...).
 */
public final class FilterBar {

	/** The data key of the filter field, for tests. */
	public static final String FILTER = "filter";
	private static final int TYPING_PAUSE_MILLIS = 200;

	private final Composite bar;
	private final Text filter;
	private final Consumer<String> onFilter;

	public FilterBar(Composite parent, Consumer<String> onFilter) {
		this.onFilter = onFilter;
		bar = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginHeight = 2;
		layout.marginWidth = 2;
		bar.setLayout(layout);
		filter = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("Filter: type words to find in any column");
		filter.setData(FILTER);
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Runnable apply = () -> {
			if (!filter.isDisposed()) {
				onFilter.accept(filter.getText());
			}
		};
		filter.addModifyListener(event -> filter.getDisplay().timerExec(TYPING_PAUSE_MILLIS, apply));
		filter.addListener(SWT.DefaultSelection, event -> apply.run());
	}

	/** Adds a check box after the filter field; the consumer is told its state at each click. */
	public Button addToggle(String label, Consumer<Boolean> onToggle) {
		Button toggle = new Button(bar, SWT.CHECK);
		toggle.setText(label);
		toggle.addListener(SWT.Selection, event -> onToggle.accept(toggle.getSelection()));
		((GridLayout) bar.getLayout()).numColumns++;
		return toggle;
	}

	public Composite getControl() {
		return bar;
	}

	public Text getFilterField() {
		return filter;
	}

	/** Empties the field and unchecks the toggles, showing every row again. */
	public void clear() {
		filter.setText("");
		onFilter.accept("");
		for (var child : bar.getChildren()) {
			if (child instanceof Button toggle && toggle.getSelection()) {
				toggle.setSelection(false);
				toggle.notifyListeners(SWT.Selection, null);
			}
		}
	}
}
