package org.dossier.internal.ui.views.entities;

import org.dossier.internal.ui.views.facts.DossierFacts.EntityCounts;
import org.dossier.model.Entity;

/** An entity of the dossier with how often the documents read so far mention it. */
record EntityRow(Entity entity, EntityCounts counts) {

	String name() {
		return entity.getName();
	}

	String kind() {
		return entity.getKind() == null ? "" : entity.getKind().getLiteral();
	}

	String aliases() {
		return String.join(", ", entity.getAliases());
	}

	private static String plural(int count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}

	/** "Moscow (location), 14 mentions in 2 documents" */
	String describe() {
		return name() + (kind().isEmpty() ? "" : " (" + kind() + ")") + ", " + plural(counts.mentions(), "mention") + " in "
				+ plural(counts.documents(), "document");
	}
}
