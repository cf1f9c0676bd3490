package org.dossier.internal.ui.explorer;

import org.dossier.model.Claim;
import org.dossier.model.Entity;
import org.dossier.model.Reliability;
import org.dossier.model.Source;
import org.dossier.model.Tag;

/**
 * What the explorer calls the dossier's objects: their own names, without the type word the item
 * providers prefix ("Entity Moscow") — the group above already says what they are.
 */
final class ExplorerNames {

	private ExplorerNames() {
	}

	/** The name to show, or {@code null} to fall back on the item provider's label. */
	static String of(Object element) {
		if (element instanceof Entity entity && entity.getName() != null) {
			return entity.getName() + (entity.getKind() == null ? "" : " (" + entity.getKind().getLiteral() + ")");
		}
		if (element instanceof Claim claim && claim.getStatement() != null) {
			return claim.getStatement();
		}
		if (element instanceof Source source && source.getName() != null) {
			Reliability reliability = source.getReliability();
			return source.getName() + (reliability == null || reliability == Reliability.NOT_GRADED ? "" : " [" + reliability.getLiteral() + "]");
		}
		if (element instanceof Tag tag && tag.getName() != null) {
			return tag.getName();
		}
		return null;
	}
}
