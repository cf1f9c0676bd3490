package org.dossier.internal.ui.views;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.dossier.core.store.DossierStore;
import org.dossier.core.store.DossierStoreException;
import org.dossier.internal.ui.views.facts.DocumentFacts;
import org.dossier.internal.ui.views.facts.DocumentFactsReader;
import org.dossier.internal.ui.views.facts.DossierFacts;
import org.dossier.model.Document;
import org.dossier.model.DocumentEntry;
import org.dossier.ui.DossierRule;
import org.dossier.ui.DossierSession;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Keeps the {@link DocumentFacts} of every document of the open dossier for the views, read once by a
 * background {@link FactsScanJob} and brought up to date after each command.
 * <p>
 * Which documents are read, and where: a document the session has in memory (open in the editor,
 * changed, just imported) is read there, on the UI thread, in short slices, since only that thread
 * may touch the session's model. Every other document is read from its file by the job's own thread,
 * in a read-only store of its own that it opens for the scan: nothing the UI thread edits is shared,
 * so no lock is needed, and each document is let go of as soon as its facts are taken. A document not
 * in memory cannot have changed since it was read, so after a command only the documents in memory are
 * read again. Memory: the facts (counts, short texts, addresses), never the documents.
 * <p>
 * Listeners are told on the UI thread; the scanner reads only while someone listens.
 * <p>
 * Known limit: an import adds documents to the session from its own job. Scans are not started by an
 * import (the session tells its listeners when it ends), but a scan already under way, or one a
 * command starts meanwhile, may read the session's list of resources while the import changes it; it
 * then fails, is logged, and the next command or Read Documents Again reads what it missed.
 */
public final class FactsScanner {

	/** Told on the UI thread whenever more or newer facts are known. */
	@FunctionalInterface
	public interface Listener {
		void factsChanged(DossierFacts facts);
	}

	/** What a scan has to read, decided on the UI thread when it starts. */
	record Plan(DossierStore store, Path folder, List<String> inMemory, List<String> fromDisk) {
	}

	private static final FactsScanner INSTANCE = new FactsScanner();
	private static final int DELAY_MILLIS = 250;

	private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
	private final Map<String, DocumentFacts> known = new HashMap<>();
	/** Shared with imports, which change the session's model from their own thread. */
	private final ISchedulingRule rule = DossierRule.INSTANCE;
	private final FactsScanJob job = new FactsScanJob(this, rule);
	private final DossierSession.Listener dossierListener = this::dossierChanged;
	private final CommandStackListener commandListener = event -> requestScan();
	private DossierStore store;
	private DossierFacts facts = DossierFacts.NONE;

	private FactsScanner() {
	}

	public static FactsScanner getDefault() {
		return INSTANCE;
	}

	/** Starts telling a listener about the facts; returns those known now. */
	public DossierFacts subscribe(Listener listener) {
		boolean first = listeners.isEmpty();
		listeners.addIfAbsent(listener);
		if (first) {
			DossierSession.getDefault().addListener(dossierListener);
			DossierSession.getDefault().addCommandStackListener(commandListener);
			dossierChanged(DossierSession.getDefault().getStore());
		}
		return facts;
	}

	/** Stops telling a listener; with no listener left the facts are dropped. */
	public void unsubscribe(Listener listener) {
		listeners.remove(listener);
		if (listeners.isEmpty()) {
			DossierSession.getDefault().removeListener(dossierListener);
			DossierSession.getDefault().removeCommandStackListener(commandListener);
			job.cancel();
			known.clear();
			store = null;
			facts = DossierFacts.NONE;
		}
	}

	public DossierFacts getFacts() {
		return facts;
	}

	/** Whether a scan is running or about to. */
	public boolean isScanning() {
		return job.getState() != org.eclipse.core.runtime.jobs.Job.NONE;
	}

	/** Reads what is missing or may have changed, soon; a scan under way starts over. */
	public void requestScan() {
		if (store != null) {
			job.cancel();
			job.schedule(DELAY_MILLIS);
		}
	}

	/** Stops the scan under way; what it read so far is kept. */
	public void cancelScan() {
		job.cancel();
	}

	/**
	 * The rule scans run under. Work that loads documents into the session from another thread (finding
	 * an entity's usages) holds it, so that no scan reads the session's model meanwhile.
	 */
	public ISchedulingRule getRule() {
		return rule;
	}

	private void dossierChanged(DossierStore current) {
		if (current != store) {
			job.cancel();
			store = current;
			known.clear();
			publish();
		}
		requestScan();
	}

	/** What to read: called by the job, on the UI thread. {@code null} when no dossier is open. */
	Plan plan() {
		if (store == null) {
			return null;
		}
		List<String> ids = documentIds();
		boolean removed = known.keySet().retainAll(new HashSet<>(ids));
		Set<String> loaded = loadedDocumentIds();
		List<String> inMemory = new ArrayList<>();
		List<String> fromDisk = new ArrayList<>();
		for (String id : ids) {
			if (loaded.contains(id)) {
				inMemory.add(id);
			} else if (!known.containsKey(id)) {
				fromDisk.add(id);
			}
		}
		if (removed || ids.size() != facts.documentCount()) {
			publish(); // documents came or went: the views say how many are read
		}
		return new Plan(store, store.getFolder(), inMemory, fromDisk);
	}

	/**
	 * Reads documents the session has in memory, on the UI thread, from {@code next} on until the time
	 * is up; returns where to go on from.
	 */
	int readInMemory(Plan plan, int next, long nanos) {
		if (plan.store() != store) {
			return plan.inMemory().size();
		}
		long deadline = System.nanoTime() + nanos;
		Map<String, DocumentFacts> read = new HashMap<>();
		int position = next;
		while (position < plan.inMemory().size() && (position == next || System.nanoTime() < deadline)) {
			String id = plan.inMemory().get(position++);
			DocumentEntry entry = entry(id);
			if (entry != null && store.isLoaded(entry)) {
				try {
					read.put(id, DocumentFactsReader.read(store.getDocument(entry)));
				} catch (DossierStoreException e) {
					read.put(id, DocumentFacts.unreadable(id, e.getMessage()));
				}
			}
		}
		accept(plan.store(), read);
		return position;
	}

	/** Takes facts read for a dossier, if it is still the one open; on the UI thread. */
	void accept(DossierStore from, Map<String, DocumentFacts> read) {
		if (from == store && !read.isEmpty()) {
			known.putAll(read);
			publish();
		}
	}

	private void publish() {
		List<DocumentFacts> ordered = new ArrayList<>();
		List<String> ids = store == null ? List.of() : documentIds();
		for (String id : ids) {
			DocumentFacts document = known.get(id);
			if (document != null) {
				ordered.add(document);
			}
		}
		facts = store == null ? DossierFacts.NONE : new DossierFacts(ordered, ids.size());
		for (Listener listener : listeners) {
			listener.factsChanged(facts);
		}
	}

	private List<String> documentIds() {
		List<String> ids = new ArrayList<>();
		// a copy, not an iterator: an import may be adding entries from its own thread
		for (Object entry : store.getDossier().getDocuments().toArray()) {
			if (entry instanceof DocumentEntry document && document.getId() != null) {
				ids.add(document.getId());
			}
		}
		return ids;
	}

	private Set<String> loadedDocumentIds() {
		Set<String> ids = new HashSet<>();
		for (Object object : store.getResourceSet().getResources().toArray()) {
			if (object instanceof Resource resource && resource.isLoaded() && !resource.getContents().isEmpty()
					&& resource.getContents().get(0) instanceof Document document) {
				ids.add(document.getId());
			}
		}
		return ids;
	}

	private DocumentEntry entry(String id) {
		return store.entry(id);
	}
}
