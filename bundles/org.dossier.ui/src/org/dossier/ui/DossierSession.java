package org.dossier.ui;

import java.nio.file.Path;
import java.util.concurrent.CopyOnWriteArrayList;

import org.dossier.core.store.DossierStore;
import org.dossier.core.store.DossierStoreException;
import org.dossier.internal.ui.DossierUiPlugin;

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
	private DossierStore store;

	private DossierSession() {
	}

	public static DossierSession getDefault() {
		return INSTANCE;
	}

	/** The open dossier, or {@code null}. */
	public DossierStore getStore() {
		return store;
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
		try {
			store = readOnly ? DossierStore.openReadOnly(folder) : DossierStore.open(folder);
		} finally {
			fire();
		}
	}

	/** Tells the listeners that the open dossier's content changed (an import ended ...). */
	public void contentChanged() {
		fire();
	}

	public void close() {
		if (store != null) {
			store.close();
			store = null;
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
		store = opened;
		DossierUiPlugin plugin = DossierUiPlugin.getDefault();
		if (plugin != null) {
			plugin.getPreferenceStore().setValue(LAST_DOSSIER, opened.getFolder().toString());
		}
		fire();
		return opened;
	}

	private void fire() {
		for (Listener listener : listeners) {
			listener.dossierChanged(store);
		}
	}
}
