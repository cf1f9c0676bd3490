package org.dossier.core.editing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dossier.core.store.DossierStore;
import org.dossier.core.store.DossierStoreException;
import org.dossier.model.Annotation;
import org.dossier.model.Claim;
import org.dossier.model.Document;
import org.dossier.model.DocumentEntry;
import org.dossier.model.Entity;
import org.dossier.model.Mention;
import org.dossier.model.Quote;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Everything that points at an entity: mentions, quotations it is the speaker of, claims it is the
 * claimant of. Links live in the documents, so finding them reads every document; the documents that
 * hold one stay loaded (a command is about to change them), the others are unloaded again.
 */
public final class EntityUsages {

	private final List<Mention> mentions = new ArrayList<>();
	private final List<Quote> quotes = new ArrayList<>();
	private final List<Claim> claims = new ArrayList<>();
	private final List<String> unreadable = new ArrayList<>();

	private EntityUsages() {
	}

	/**
	 * Finds the usages of the given entities.
	 *
	 * @throws OperationCanceledException when the monitor is cancelled
	 */
	public static EntityUsages find(DossierStore store, Collection<Entity> wanted, IProgressMonitor monitor) {
		Set<Entity> entities = new HashSet<>(wanted);
		EntityUsages usages = new EntityUsages();
		List<DocumentEntry> entries = new ArrayList<>(store.getDossier().getDocuments());
		SubMonitor progress = SubMonitor.convert(monitor, "Finding mentions", entries.size());
		for (DocumentEntry entry : entries) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			boolean wasLoaded = store.isLoaded(entry);
			boolean used = false;
			try {
				Document document = store.getDocument(entry);
				for (Annotation annotation : document.getAnnotations()) {
					if (annotation instanceof Mention mention && entities.contains(mention.getEntity())) {
						usages.mentions.add(mention);
						used = true;
					} else if (annotation instanceof Quote quote && entities.contains(quote.getSpeaker())) {
						usages.quotes.add(quote);
						used = true;
					}
				}
			} catch (DossierStoreException e) {
				usages.unreadable.add(e.getMessage());
			}
			if (!used && !wasLoaded) {
				store.unloadDocument(entry);
			}
			progress.worked(1);
		}
		for (Claim claim : store.getDossier().getClaims()) {
			if (entities.contains(claim.getClaimant())) {
				usages.claims.add(claim);
			}
		}
		return usages;
	}

	public List<Mention> mentions() {
		return mentions;
	}

	public List<Quote> quotes() {
		return quotes;
	}

	public List<Claim> claims() {
		return claims;
	}

	/** Documents that could not be read, each as a one-line reason naming the file. */
	public List<String> unreadable() {
		return unreadable;
	}
}
