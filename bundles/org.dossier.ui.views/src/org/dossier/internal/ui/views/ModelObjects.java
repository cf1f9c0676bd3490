package org.dossier.internal.ui.views;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.function.Function;

import org.dossier.core.store.DossierStore;
import org.dossier.core.store.DossierStoreException;
import org.dossier.internal.ui.views.facts.ModelAddress;
import org.dossier.model.Document;
import org.dossier.model.DocumentEntry;
import org.dossier.ui.DocumentEditorInput;
import org.dossier.ui.DossierSession;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Finds the model objects the views' rows stand for, by address, in the open dossier, loading their
 * documents when needed. The documents loaded here for a selection stay loaded while they are among the
 * last {@value #KEPT} used (the Properties view may be editing them); older ones are let go of again
 * unless they changed or an editor shows them, so browsing a long table does not fill the memory with
 * documents. Used on the UI thread.
 */
public final class ModelObjects {

	private static final int KEPT = 16;
	private static final ModelObjects INSTANCE = new ModelObjects();

	/** The documents loaded here, least recently used first. */
	private final LinkedHashSet<String> loadedHere = new LinkedHashSet<>();
	private DossierStore store;

	private ModelObjects() {
	}

	public static ModelObjects getDefault() {
		return INSTANCE;
	}

	/** The object at an address, or {@code null} when its document is gone or cannot be read. */
	public EObject resolve(ModelAddress address) {
		if (address == null) {
			return null;
		}
		Document document = document(address.documentId());
		return document == null || document.eResource() == null ? null : document.eResource().getEObject(address.fragment());
	}

	/**
	 * Reads something of a document and lets go of the document again, unless it was loaded before:
	 * for a glance that needs no object to stay (the text of a piece of evidence).
	 */
	public <T> T peek(String documentId, Function<Document, T> reader) {
		DossierStore current = DossierSession.getDefault().getStore();
		DocumentEntry entry = entry(current, documentId);
		if (entry == null) {
			return null;
		}
		boolean wasLoaded = current.isLoaded(entry);
		try {
			return reader.apply(current.getDocument(entry));
		} catch (DossierStoreException e) {
			return null;
		} finally {
			if (!wasLoaded) {
				current.unloadDocument(entry);
			}
		}
	}

	/** The document with this id, loaded if needed; {@code null} when there is none. */
	public Document document(String documentId) {
		DossierStore current = DossierSession.getDefault().getStore();
		if (current != store) {
			loadedHere.clear();
			store = current;
		}
		DocumentEntry entry = entry(current, documentId);
		if (entry == null) {
			return null;
		}
		boolean wasLoaded = current.isLoaded(entry);
		try {
			Document document = current.getDocument(entry);
			if (!wasLoaded || loadedHere.contains(documentId)) {
				loadedHere.remove(documentId);
				loadedHere.add(documentId);
				letGoOfOldest();
			}
			return document;
		} catch (DossierStoreException e) {
			ILog.of(ModelObjects.class).warn("Cannot read a document for a view: " + e.getMessage());
			return null;
		}
	}

	private void letGoOfOldest() {
		Iterator<String> oldest = loadedHere.iterator();
		while (loadedHere.size() > KEPT && oldest.hasNext()) {
			String documentId = oldest.next();
			oldest.remove();
			DocumentEntry entry = entry(store, documentId);
			if (entry != null && !isInEditor(documentId)) {
				store.unloadDocument(entry); // keeps it when it has unsaved changes
			}
		}
	}

	private static boolean isInEditor(String documentId) {
		DocumentEditorInput input = new DocumentEditorInput(documentId, null);
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				if (page.findEditors(input, null, IWorkbenchPage.MATCH_INPUT).length > 0) {
					return true;
				}
			}
		}
		return false;
	}

	private static DocumentEntry entry(DossierStore store, String documentId) {
		return store == null ? null : store.entry(documentId);
	}
}
