package org.dossier.ui;

import java.nio.file.Path;
import java.util.EventObject;
import java.util.concurrent.CopyOnWriteArrayList;

import org.dossier.core.editing.DossierEditingDomains;
import org.dossier.core.store.DossierStore;
import org.dossier.core.store.DossierStoreException;
import org.dossier.internal.ui.DossierUiPlugin;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IDisposable;

/**
 * The dossier open in the workbench (one at a time) and the listeners that show it. Used from the UI
 * thread; opening another dossier closes the current one and releases its lock.
 */
public final class DossierSession {

	/** Told whenever the open dossier changes: opened, closed or reread. */
	@FunctionalInterface
	public interface Listener {
		/** @param store the dossier now open, or {@code null} when none is */
		void dossierChanged(DossierStore store);
	}

	private static final String LAST_DOSSIER = "lastDossier";
	private static final DossierSession INSTANCE = new DossierSession();

	private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
	private final CopyOnWriteArrayList<CommandStackListener> commandStackListeners = new CopyOnWriteArrayList<>();
	private final CommandStackListener commandStackRelay = event -> {
		for (CommandStackListener listener : commandStackListeners) {
			listener.commandStackChanged(event);
		}
	};
	private DossierStore store;
	private AdapterFactoryEditingDomain editingDomain;

	private DossierSession() {
	}

	public static DossierSession getDefault() {
		return INSTANCE;
	}

	/** The open dossier, or {@code null}. */
	public DossierStore getStore() {
		return store;
	}

	/**
	 * The editing domain of the open dossier, or {@code null}: every change a user makes runs as a
	 * command on its stack, for undo and redo. A new domain (and stack) comes with each dossier opened.
	 */
	public EditingDomain getEditingDomain() {
		return editingDomain;
	}

	/** The item providers' adapter factory of the open dossier's domain, or {@code null}. */
	public AdapterFactory getAdapterFactory() {
		return editingDomain == null ? null : editingDomain.getAdapterFactory();
	}

	/** Runs a command on the open dossier's stack, if it can run; returns whether it ran. */
	public boolean execute(Command command) {
		if (editingDomain == null || store.isReadOnly() || command == null || !command.canExecute()) {
			return false;
		}
		editingDomain.getCommandStack().execute(command);
		return true;
	}

	/** Whether the open dossier has changes not saved yet. */
	public boolean isDirty() {
		return store != null && !store.isReadOnly()
				&& (((BasicCommandStack) editingDomain.getCommandStack()).isSaveNeeded() || store.isDirty());
	}

	/** Saves the open dossier; the undo history stays, with its save point here. */
	public void save() throws DossierStoreException {
		if (store == null || store.isReadOnly()) {
			return;
		}
		store.save();
		((BasicCommandStack) editingDomain.getCommandStack()).saveIsDone();
		commandStackRelay.commandStackChanged(new EventObject(editingDomain.getCommandStack()));
	}

	/** Forgets the unsaved work kept for recovery of the open dossier (the user chose not to keep it). */
	public void discardRecovery() {
		if (store != null && !store.isReadOnly()) {
			try {
				store.discardRecovery();
			} catch (DossierStoreException e) {
				DossierUiPlugin.log("Deleting the recovery copy failed", e);
			}
		}
	}

	/**
	 * Brings back the unsaved work an earlier session left for recovery; it counts as unsaved until
	 * the next save. The undo history starts afresh.
	 */
	public void recover() throws DossierStoreException {
		if (store == null) {
			return;
		}
		store.recover();
		disposeEditingDomain();
		createEditingDomain();
		fire();
	}

	/** Told whenever a command runs, is undone or redone on the open dossier's stack, or it is saved. */
	public void addCommandStackListener(CommandStackListener listener) {
		commandStackListeners.addIfAbsent(listener);
	}

	public void removeCommandStackListener(CommandStackListener listener) {
		commandStackListeners.remove(listener);
	}

	/** Opens a dossier for writing; throws (leaving the current one open) if it cannot be opened. */
	public DossierStore open(Path folder) throws DossierStoreException {
		if (store != null && store.getFolder().equals(folder.toAbsolutePath().normalize())) {
			return store;
		}
		return replace(DossierStore.open(folder));
	}

	/** Opens a dossier read-only, for one another process holds open. */
	public DossierStore openReadOnly(Path folder) throws DossierStoreException {
		return replace(DossierStore.openReadOnly(folder));
	}

	/** Creates an empty dossier and opens it. */
	public DossierStore create(Path folder, String name) throws DossierStoreException {
		return replace(DossierStore.create(folder, name));
	}

	/** Rereads the open dossier from disk, dropping unsaved changes. */
	public void reload() throws DossierStoreException {
		if (store == null) {
			return;
		}
		Path folder = store.getFolder();
		boolean readOnly = store.isReadOnly();
		store.close();
		store = null;
		disposeEditingDomain();
		try {
			store = readOnly ? DossierStore.openReadOnly(folder) : DossierStore.open(folder);
			createEditingDomain();
		} finally {
			fire();
		}
	}

	/** Tells the listeners that the open dossier's content changed (an import ended ...). */
	public void contentChanged() {
		fire();
	}

	/** Closes the open dossier, dropping unsaved changes (ask the user first: see {@link #isDirty()}). */
	public void close() {
		if (store != null) {
			store.close();
			store = null;
			disposeEditingDomain();
			fire();
		}
	}

	/** The folder of the dossier open last time, or {@code null}. */
	public Path lastFolder() {
		DossierUiPlugin plugin = DossierUiPlugin.getDefault();
		String last = plugin == null ? "" : plugin.getPreferenceStore().getString(LAST_DOSSIER);
		return last.isEmpty() ? null : Path.of(last);
	}

	public void addListener(Listener listener) {
		listeners.addIfAbsent(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	private DossierStore replace(DossierStore opened) {
		if (store != null) {
			store.close();
		}
		disposeEditingDomain();
		store = opened;
		createEditingDomain();
		DossierUiPlugin plugin = DossierUiPlugin.getDefault();
		if (plugin != null) {
			plugin.getPreferenceStore().setValue(LAST_DOSSIER, opened.getFolder().toString());
		}
		fire();
		return opened;
	}

	private void createEditingDomain() {
		editingDomain = DossierEditingDomains.create(store);
		editingDomain.getCommandStack().addCommandStackListener(commandStackRelay);
	}

	private void disposeEditingDomain() {
		if (editingDomain != null) {
			editingDomain.getCommandStack().removeCommandStackListener(commandStackRelay);
			if (editingDomain.getAdapterFactory() instanceof IDisposable disposable) {
				disposable.dispose();
			}
			editingDomain = null;
		}
	}

	private void fire() {
		for (Listener listener : listeners) {
			listener.dossierChanged(store);
		}
	}
}
