package org.dossier.internal.ui.views.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts of a dossier's documents as far as they have been read, with the totals the views show
 * (mention counts, conflicting figures ...), computed on first use. Immutable apart from those cached
 * totals; used from one thread, the UI thread.
 */
public final class DossierFacts {

	/** No dossier, nothing to read. */
	public static final DossierFacts NONE = new DossierFacts(List.of(), 0);

	/**
	 * How often the dossier mentions an entity.
	 *
	 * @param mentions      the mentions in all documents
	 * @param documents     the documents that mention it
	 * @param firstMentions the first mention in each of those documents, in dossier order
	 */
	public record EntityCounts(int mentions, int documents, List<ModelAddress> firstMentions) {
		static final EntityCounts NONE = new EntityCounts(0, 0, List.of());
	}

	private final List<DocumentFacts> documents;
	private final Map<String, DocumentFacts> byId = new HashMap<>();
	private final int documentCount;
	private Map<String, EntityCounts> entityCounts;
	private List<FigureConflicts.Group> conflicts;
	private Map<ModelAddress, FigureConflicts.Group> conflictByFigure;

	/**
	 * @param documents     the facts read so far, in dossier order
	 * @param documentCount how many documents the dossier has
	 */
	public DossierFacts(List<DocumentFacts> documents, int documentCount) {
		this.documents = List.copyOf(documents);
		this.documentCount = documentCount;
		for (DocumentFacts document : this.documents) {
			byId.put(document.documentId(), document);
		}
	}

	public List<DocumentFacts> documents() {
		return documents;
	}

	/** The facts of a document, or {@code null} when it has not been read yet. */
	public DocumentFacts document(String documentId) {
		return byId.get(documentId);
	}

	public int readCount() {
		return documents.size();
	}

	public int documentCount() {
		return documentCount;
	}

	/** Whether every document of the dossier has been read. */
	public boolean isComplete() {
		return documents.size() >= documentCount;
	}

	public EntityCounts entityCounts(String entityId) {
		if (entityCounts == null) {
			entityCounts = countMentions();
		}
		return entityCounts.getOrDefault(entityId, EntityCounts.NONE);
	}

	public List<FigureConflicts.Group> conflicts() {
		if (conflicts == null) {
			conflicts = FigureConflicts.find(documents);
			conflictByFigure = new HashMap<>();
			for (FigureConflicts.Group group : conflicts) {
				group.figures().forEach(figure -> conflictByFigure.put(figure.address(), group));
			}
		}
		return conflicts;
	}

	/** The conflict a figure is part of, or {@code null}. */
	public FigureConflicts.Group conflictOf(ModelAddress figure) {
		conflicts();
		return conflictByFigure.get(figure);
	}

	/** Where the documents state a claim (its claim mentions), in dossier order. */
	public List<ModelAddress> claimMentions(String claimId) {
		List<ModelAddress> mentions = new ArrayList<>();
		for (DocumentFacts document : documents) {
			mentions.addAll(document.claimMentions().getOrDefault(claimId, List.of()));
		}
		return mentions;
	}

	private Map<String, EntityCounts> countMentions() {
		Map<String, int[]> totals = new HashMap<>();
		Map<String, List<ModelAddress>> firsts = new HashMap<>();
		for (DocumentFacts document : documents) {
			document.mentions().forEach((entityId, tally) -> {
				totals.computeIfAbsent(entityId, id -> new int[1])[0] += tally.mentions();
				firsts.computeIfAbsent(entityId, id -> new ArrayList<>()).add(tally.firstMention());
			});
		}
		Map<String, EntityCounts> counts = new HashMap<>();
		totals.forEach((entityId, total) -> {
			List<ModelAddress> first = firsts.get(entityId);
			counts.put(entityId, new EntityCounts(total[0], first.size(), List.copyOf(first)));
		});
		return counts;
	}
}
