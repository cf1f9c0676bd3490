package org.dossier.internal.ui.views.table;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The selection provider of a view with several tables: it passes on the selection of the table that
 * had the focus last, so the Properties view shows what the user works on.
 */
public final class SelectionProviderSwitch implements ISelectionProvider {

	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private final ISelectionChangedListener relay = event -> fire(event.getSelection());
	private ISelectionProvider current;

	/** Makes a provider the current one, telling the listeners its selection. */
	public void setCurrent(ISelectionProvider provider) {
		if (provider == current) {
			return;
		}
		if (current != null) {
			current.removeSelectionChangedListener(relay);
		}
		current = provider;
		current.addSelectionChangedListener(relay);
		fire(current.getSelection());
	}

	@Override
	public ISelection getSelection() {
		return current == null ? StructuredSelection.EMPTY : current.getSelection();
	}

	@Override
	public void setSelection(ISelection selection) {
		if (current != null) {
			current.setSelection(selection);
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

	private void fire(ISelection selection) {
		SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
		listeners.forEach(listener -> listener.selectionChanged(event));
	}
}
