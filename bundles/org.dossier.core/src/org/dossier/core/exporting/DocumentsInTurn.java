package org.dossier.core.exporting;

import java.util.List;

import org.dossier.core.store.DossierStore;
import org.dossier.core.store.DossierStoreException;
import org.dossier.model.Document;
import org.dossier.model.DocumentEntry;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Hands an exporter every document of a dossier in turn, loading each that is not in memory and
 * freeing it again once written, so that an export holds one document at a time. One unit of work per
 * document; cancelling stops it.
 */
public final class DocumentsInTurn {

	/** Writes one document. */
	@FunctionalInterface
	public interface DocumentWriter<E extends Exception> {
		void write(Document document) throws E;
	}

	private DocumentsInTurn() {
	}

	/**
	 * @throws OperationCanceledException when the monitor is cancelled
	 * @throws DossierStoreException      naming a document file that cannot be read
	 */
	public static <E extends Exception> void write(DossierStore store, SubMonitor progress, DocumentWriter<E> writer)
			throws E, DossierStoreException {
		for (DocumentEntry entry : List.copyOf(store.getDossier().getDocuments())) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			progress.subTask(entry.getTitle() != null ? entry.getTitle() : entry.getId());
			boolean loadedBefore = store.isLoaded(entry);
			try {
				writer.write(store.getDocument(entry));
			} finally {
				if (!loadedBefore) {
					store.unloadDocument(entry);
				}
			}
			progress.worked(1);
		}
	}
}
