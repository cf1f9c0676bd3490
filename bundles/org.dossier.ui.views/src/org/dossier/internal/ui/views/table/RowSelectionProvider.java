package org.dossier.internal.ui.views.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * Publishes a {@link RowTable}'s selection to the workbench as the model objects its rows stand for
 * (an Entity, a Claim, a Quantity ...), so that the Properties view shows and edits them. Finding a
 * row's object may load its document, so the event waits until the selection has rested for a moment:
 * holding an arrow key down loads only the document of the row it stops on.
 */
public final class RowSelectionProvider<R> implements ISelectionProvider {

	private static final int REST_MILLIS = 120;

	private final RowTable<R> table;
	private final Function<? super R, ?> modelObjectOf;
	private final Function<Object, ?> keyOfModelObject;
	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private final Runnable fire = this::fire;

	/**
	 * @param modelObjectOf    the model object of a row, or {@code null} when it has none (any more)
	 * @param keyOfModelObject the key of the row showing a model object, for {@link #setSelection}
	 */
	public RowSelectionProvider(RowTable<R> table, Function<? super R, ?> modelObjectOf, Function<Object, ?> keyOfModelObject) {
		this.table = table;
		this.modelObjectOf = modelObjectOf;
		this.keyOfModelObject = keyOfModelObject;
		table.addSelectionListener(() -> {
			if (!table.getTable().isDisposed()) {
				table.getTable().getDisplay().timerExec(REST_MILLIS, fire);
			}
		});
	}

	@Override
	public IStructuredSelection getSelection() {
		List<Object> objects = new ArrayList<>();
		for (R row : table.selectedRows()) {
			Object object = modelObjectOf.apply(row);
			if (object != null) {
				objects.add(object);
			}
		}
		return new StructuredSelection(objects);
	}

	@Override
	public void setSelection(ISelection selection) {
		if (selection instanceof IStructuredSelection structured) {
			Collection<Object> keys = new ArrayList<>();
			for (Object element : structured) {
				Object key = keyOfModelObject.apply(element);
				if (key != null) {
					keys.add(key);
				}
			}
			table.select(keys);
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	private void fire() {
		if (table.getTable().isDisposed() || listeners.isEmpty()) {
			return;
		}
		SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
		listeners.forEach(listener -> listener.selectionChanged(event));
	}
}
