package org.dossier.internal.ui.explorer;

import java.util.List;

import org.dossier.model.Dossier;

/** A group of the Dossier Explorer's tree: Documents, Entities, Claims, Sources, Tags. */
enum ExplorerFolder {
	DOCUMENTS("Documents"), ENTITIES("Entities"), CLAIMS("Claims"), SOURCES("Sources"), TAGS("Tags");

	private final String label;

	ExplorerFolder(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}

	List<?> children(Dossier dossier) {
		return switch (this) {
		case DOCUMENTS -> dossier.getDocuments();
		case ENTITIES -> dossier.getEntities();
		case CLAIMS -> dossier.getClaims();
		case SOURCES -> dossier.getSources();
		case TAGS -> dossier.getTags();
		};
	}
}
