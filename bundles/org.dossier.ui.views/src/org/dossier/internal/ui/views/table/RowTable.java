package org.dossier.internal.ui.views.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Slider;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * A table of rows that stays smooth with a million of them. A native table of any size costs the
 * toolkit work per row whenever the number of rows changes (GTK takes seconds to add or remove a
 * million), so this one, like Trace Compass's virtual table, holds only the rows there is room for on
 * screen, filled from the model as a slider beside it, the wheel or the keyboard scroll; selection is
 * kept by model index. The model is the rows that pass the filter, in the order of the column last
 * clicked, sorted on keys computed once per sort. Replacing the rows keeps the filter, the order, the
 * selection and the scroll position. Used on the UI thread.
 */
public final class RowTable<R> {

	private static final int HEADER_PADDING = 28;

	/** A row with the key it is sorted by. */
	private record Keyed(Comparable<Object> key, Object row) {
	}

	private final Composite control;
	private final Table table;
	private final Slider slider;
	private final List<Column<R>> columns;
	private final Function<? super R, ?> keyOf;
	private final Font flaggedFont;
	private final Color flaggedColor;
	private final ListenerList<Runnable> selectionListeners = new ListenerList<>();
	private final ListenerList<Runnable> userSelectionListeners = new ListenerList<>();
	private final ListenerList<Runnable> contentListeners = new ListenerList<>();
	private RowStyle<R> style = new RowStyle<>() {
	};
	private List<R> rows = List.of();
	private Object[] shown = new Object[0];
	private String[] filterWords = new String[0];
	private Predicate<? super R> rowFilter = row -> true;
	private int sortColumn = -1;
	private boolean descending;
	/** The selected rows, by index in {@link #shown}. */
	private final BitSet selected = new BitSet();
	/** The first row on screen. */
	private int top;
	/** How many rows there is room for on screen. */
	private int window = 1;
	/** Where the keyboard moves from, and where a Shift range starts. */
	private int lead = -1;
	private int anchor = -1;
	/** The modifier keys held at the last click, which native selection events do not tell. */
	private int clickModifiers;

	/**
	 * @param keyOf what identifies a row across refreshes (its model object or address), to keep it
	 *              selected when the rows are replaced
	 */
	public RowTable(Composite parent, List<Column<R>> columns, Function<? super R, ?> keyOf) {
		this.columns = List.copyOf(columns);
		this.keyOf = keyOf;
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(0, 0).applyTo(control);
		Composite holder = new Composite(control, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).hint(100, 50).applyTo(holder);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		table = new Table(holder, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.NO_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		slider = new Slider(control, SWT.VERTICAL | SWT.NO_FOCUS);
		GridDataFactory.fillDefaults().grab(false, true).applyTo(slider);
		GC gc = new GC(table);
		for (int i = 0; i < this.columns.size(); i++) {
			Column<R> column = this.columns.get(i);
			TableColumn tableColumn = new TableColumn(table, column.alignment());
			tableColumn.setText(column.title());
			tableColumn.setMoveable(true);
			// never narrower than its title and the sort arrow
			layout.setColumnData(tableColumn, new ColumnWeightData(column.weight(), gc.textExtent(column.title()).x + HEADER_PADDING));
			int index = i;
			tableColumn.addListener(SWT.Selection, event -> sortBy(index, index == sortColumn ? !descending : false));
		}
		gc.dispose();
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), table);
		flaggedFont = resources.create(FontDescriptor.createFrom(table.getFont()).setStyle(SWT.BOLD));
		flaggedColor = table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);

		table.addListener(SWT.Resize, event -> {
			window = roomForRows();
			scrollTo(top);
		});
		slider.addListener(SWT.Selection, event -> scrollTo(slider.getSelection()));
		table.addListener(SWT.MouseVerticalWheel, event -> {
			scrollTo(top - event.count);
			event.doit = false;
		});
		table.addListener(SWT.MouseDown, event -> clickModifiers = event.stateMask);
		table.addListener(SWT.KeyDown, this::keyPressed);
		table.addListener(SWT.Selection, event -> {
			takeNativeSelection(event.item instanceof TableItem item ? table.indexOf(item) : -1);
			clickModifiers = 0;
			userSelectionListeners.forEach(Runnable::run);
			selectionListeners.forEach(Runnable::run);
		});
	}

	/** The control to lay out: the table and its slider. */
	public Control getControl() {
		return control;
	}

	/** The native table, holding the rows on screen only. */
	public Table getTable() {
		return table;
	}

	public void setStyle(RowStyle<R> style) {
		this.style = style;
		fillWindow();
	}

	/** Replaces the rows, keeping the filter, the order, the selection (by key) and the scroll position. */
	public void setRows(List<R> newRows) {
		Set<Object> selectedKeys = selectedKeys();
		Object topKey = top < shown.length ? keyOf.apply(rowAt(top)) : null;
		rows = List.copyOf(newRows);
		recompute();
		selectKeys(selectedKeys);
		int topIndex = topKey == null ? -1 : indexOf(topKey);
		scrollTo(topIndex >= 0 ? topIndex : top);
		if (selected.cardinality() != selectedKeys.size()) {
			selectionListeners.forEach(Runnable::run); // some selected rows are gone
		}
	}

	/** Shows only the rows whose cells contain every word of the text, ignoring case and accents. */
	public void setFilterText(String text) {
		String[] words = text == null || text.isBlank() ? new String[0] : Column.collationKey(text.strip()).split("\\s+");
		if (!Arrays.equals(words, filterWords)) {
			filterWords = words;
			refilterKeepingSelection();
		}
	}

	/** Shows only the rows that pass a test besides the filter text (a "flagged only" toggle ...). */
	public void setRowFilter(Predicate<? super R> filter) {
		rowFilter = filter;
		refilterKeepingSelection();
	}

	/** Sorts by a column, as a click on its header does (a second click reverses the order). */
	public void sortBy(int column, boolean inDescendingOrder) {
		sortColumn = column;
		descending = inDescendingOrder;
		table.setSortColumn(table.getColumn(column));
		table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
		refilterKeepingSelection();
	}

	/** The number of rows shown (passing the filter), on screen or not. */
	public int getRowCount() {
		return shown.length;
	}

	/** The number of rows, shown or filtered out. */
	public int getTotalCount() {
		return rows.size();
	}

	/** A shown row, by its index in the filtered and sorted rows. */
	@SuppressWarnings("unchecked")
	public R rowAt(int index) {
		return (R) shown[index];
	}

	/** The text of a cell of a shown row. */
	public String cellText(int index, int column) {
		String text = columns.get(column).text().apply(rowAt(index));
		return text == null ? "" : text.replace('\n', ' ');
	}

	/** Whether a shown row is marked as needing attention. */
	public boolean isFlagged(int index) {
		return style.isFlagged(rowAt(index));
	}

	/** The index of the first row on screen. */
	public int getTopIndex() {
		return top;
	}

	public List<R> selectedRows() {
		List<R> rows = new ArrayList<>();
		for (int index = selected.nextSetBit(0); index >= 0; index = selected.nextSetBit(index + 1)) {
			rows.add(rowAt(index));
		}
		return rows;
	}

	/** The indices of the selected rows among the rows shown. */
	public int[] getSelectionIndices() {
		return selected.stream().toArray();
	}

	/** Selects every row shown. */
	public void selectAll() {
		selected.set(0, shown.length);
		fillWindow();
		selectionListeners.forEach(Runnable::run);
	}

	/**
	 * Selects the rows with these keys and scrolls to the first, as if the user had (but without the
	 * events of a user's click). Returns how many were found among the shown rows.
	 */
	public int select(Collection<?> keys) {
		selectKeys(new HashSet<>(keys));
		int first = selected.nextSetBit(0);
		lead = first;
		anchor = first;
		scrollTo(first < 0 ? top : first - Math.min(2, window / 3));
		selectionListeners.forEach(Runnable::run);
		return selected.cardinality();
	}

	/** Whether a row with this key is among all rows, shown or not. */
	public boolean contains(Object key) {
		for (R row : rows) {
			if (key.equals(keyOf.apply(row))) {
				return true;
			}
		}
		return false;
	}

	/** Told whenever the selection changes, by the user or by {@link #select} and refreshes. */
	public void addSelectionListener(Runnable listener) {
		selectionListeners.add(listener);
	}

	/** Told when the user selects rows by mouse or keyboard only. */
	public void addUserSelectionListener(Runnable listener) {
		userSelectionListeners.add(listener);
	}

	/** Told when the user opens a row: double-click or Enter. */
	public void addOpenListener(Consumer<R> listener) {
		table.addListener(SWT.DefaultSelection, event -> {
			if (lead >= 0 && lead < shown.length) {
				listener.accept(rowAt(lead));
			}
		});
	}

	/** Told when the rows shown change: new rows, another filter or order. */
	public void addContentListener(Runnable listener) {
		contentListeners.add(listener);
	}

	private void refilterKeepingSelection() {
		Set<Object> selectedKeys = selectedKeys();
		recompute();
		selectKeys(selectedKeys);
		int first = selected.nextSetBit(0);
		scrollTo(first >= 0 ? first : 0);
	}

	@SuppressWarnings("unchecked")
	private void recompute() {
		List<R> passing = new ArrayList<>();
		for (R row : rows) {
			if (rowFilter.test(row) && matchesFilterText(row)) {
				passing.add(row);
			}
		}
		if (sortColumn >= 0) {
			Function<? super R, ? extends Comparable<?>> key = columns.get(sortColumn).sortKey();
			Keyed[] keyed = new Keyed[passing.size()];
			for (int i = 0; i < keyed.length; i++) {
				keyed[i] = new Keyed((Comparable<Object>) key.apply(passing.get(i)), passing.get(i));
			}
			Comparator<Keyed> order = (a, b) -> a.key().compareTo(b.key());
			Arrays.sort(keyed, descending ? order.reversed() : order);
			shown = Arrays.stream(keyed).map(Keyed::row).toArray();
		} else {
			shown = passing.toArray();
		}
		selected.clear();
		lead = -1;
		anchor = -1;
		contentListeners.forEach(Runnable::run);
	}

	private boolean matchesFilterText(R row) {
		if (filterWords.length == 0) {
			return true;
		}
		StringBuilder cells = new StringBuilder();
		for (Column<R> column : columns) {
			cells.append(column.text().apply(row)).append('\u0000');
		}
		String haystack = Column.collationKey(cells.toString());
		for (String word : filterWords) {
			if (!haystack.contains(word)) {
				return false;
			}
		}
		return true;
	}

	/** Makes a row the first on screen (as far as the rows go) and fills the table from it. */
	private void scrollTo(int row) {
		top = Math.max(0, Math.min(row, shown.length - window));
		slider.setValues(top, 0, Math.max(shown.length, 1), Math.max(1, Math.min(window, shown.length)), 1, Math.max(1, window));
		fillWindow();
		showSliderWhenNeeded();
	}

	/** Shows the slider only when there are more rows than room, as a native scroll bar would. */
	private void showSliderWhenNeeded() {
		boolean needed = shown.length > window;
		if (slider.getVisible() != needed) {
			slider.setVisible(needed);
			((GridData) slider.getLayoutData()).exclude = !needed;
			control.layout(); // resizes the table, which scrolls again with its new room
		}
	}

	private void fillWindow() {
		int count = Math.max(0, Math.min(window, shown.length - top));
		if (table.getItemCount() != count) {
			table.setItemCount(count);
		}
		List<Integer> selectedOnScreen = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			fill(table.getItem(i), rowAt(top + i));
			if (selected.get(top + i)) {
				selectedOnScreen.add(i);
			}
		}
		table.setSelection(selectedOnScreen.stream().mapToInt(Integer::intValue).toArray());
	}

	private void fill(TableItem item, R row) {
		for (int column = 0; column < columns.size(); column++) {
			String text = columns.get(column).text().apply(row);
			item.setText(column, text == null ? "" : text.replace('\n', ' '));
			Image image = style.image(row, column);
			if (image != null || item.getImage(column) != null) { // even a null image makes GTK indent a cell
				item.setImage(column, image);
			}
		}
		boolean flagged = style.isFlagged(row);
		item.setFont(flagged ? flaggedFont : null);
		item.setForeground(flagged ? flaggedColor : null);
	}

	/**
	 * Takes a selection the toolkit made on screen (a click) into the selection by model index.
	 *
	 * @param item the index on screen of the row clicked, or -1 when unknown
	 */
	private void takeNativeSelection(int item) {
		int[] onScreen = table.getSelectionIndices();
		int clicked = item >= 0 ? top + item : onScreen.length > 0 ? top + onScreen[0] : -1;
		if ((clickModifiers & SWT.SHIFT) != 0 && anchor >= 0 && clicked >= 0) {
			selected.clear();
			selected.set(Math.min(anchor, clicked), Math.max(anchor, clicked) + 1);
			fillWindow();
		} else {
			if ((clickModifiers & SWT.MOD1) == 0) {
				selected.clear();
			} else {
				selected.clear(top, top + window);
			}
			for (int index : onScreen) {
				selected.set(top + index);
			}
			anchor = clicked;
		}
		lead = clicked;
	}

	/** Moves through the rows by keyboard, beyond the rows on screen: arrows, pages, Home, End, Ctrl+A. */
	private void keyPressed(Event event) {
		if ((event.stateMask & SWT.MOD1) != 0 && (event.keyCode == 'a' || event.keyCode == 'A')) {
			selectAll();
			event.doit = false;
			return;
		}
		int target = switch (event.keyCode) {
		case SWT.ARROW_UP -> lead - 1;
		case SWT.ARROW_DOWN -> lead + 1;
		case SWT.PAGE_UP -> lead - window;
		case SWT.PAGE_DOWN -> lead + window;
		case SWT.HOME -> 0;
		case SWT.END -> shown.length - 1;
		default -> Integer.MIN_VALUE;
		};
		if (target == Integer.MIN_VALUE || shown.length == 0) {
			return;
		}
		event.doit = false;
		target = Math.max(0, Math.min(shown.length - 1, target));
		if ((event.stateMask & SWT.SHIFT) != 0 && anchor >= 0) {
			selected.clear();
			selected.set(Math.min(anchor, target), Math.max(anchor, target) + 1);
		} else {
			selected.clear();
			selected.set(target);
			anchor = target;
		}
		lead = target;
		if (target < top) {
			scrollTo(target);
		} else if (target >= top + window) {
			scrollTo(target - window + 1);
		} else {
			fillWindow();
		}
		if (lead - top < table.getItemCount()) {
			table.showItem(table.getItem(lead - top));
		}
		userSelectionListeners.forEach(Runnable::run);
		selectionListeners.forEach(Runnable::run);
	}

	/** How many whole rows fit under the header. */
	private int roomForRows() {
		int height = table.getClientArea().height - table.getHeaderHeight();
		if (table.getHorizontalBar() != null && table.getHorizontalBar().isVisible()) {
			height -= table.getHorizontalBar().getSize().y;
		}
		return Math.max(1, height / Math.max(1, table.getItemHeight()));
	}

	private Set<Object> selectedKeys() {
		Set<Object> keys = new HashSet<>();
		for (int index = selected.nextSetBit(0); index >= 0; index = selected.nextSetBit(index + 1)) {
			keys.add(keyOf.apply(rowAt(index)));
		}
		return keys;
	}

	private void selectKeys(Set<?> keys) {
		selected.clear();
		if (keys.isEmpty()) {
			return;
		}
		int found = 0;
		for (int i = 0; i < shown.length && found < keys.size(); i++) {
			if (keys.contains(keyOf.apply(rowAt(i)))) {
				selected.set(i);
				found++;
			}
		}
	}

	private int indexOf(Object key) {
		for (int i = 0; i < shown.length; i++) {
			if (key.equals(keyOf.apply(rowAt(i)))) {
				return i;
			}
		}
		return -1;
	}
}
