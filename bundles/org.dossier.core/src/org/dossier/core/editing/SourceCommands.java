package org.dossier.core.editing;

import org.dossier.core.store.DossierStore;
import org.dossier.core.store.Ids;
import org.dossier.model.Document;
import org.dossier.model.DocumentEntry;
import org.dossier.model.Dossier;
import org.dossier.model.DossierFactory;
import org.dossier.model.DossierPackage.Literals;
import org.dossier.model.Reliability;
import org.dossier.model.Source;
import org.dossier.model.SourceKind;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/** Undoable commands that say where documents come from and how reliable that source is (Admiralty A–F). */
public final class SourceCommands {

	private SourceCommands() {
	}

	/** A new source with an id, to add with {@link #attribute}. */
	public static Source newSource(String name, SourceKind kind) {
		Source source = DossierFactory.eINSTANCE.createSource();
		source.setId(Ids.newId("s"));
		source.setName(name.strip());
		source.setKind(kind);
		return source;
	}

	/**
	 * Makes a source the publisher of documents (and of their entries in the index, which lists group
	 * by), grading its reliability; a source not yet in the dossier joins it.
	 */
	public static Command attribute(EditingDomain domain, Dossier dossier, Source source, Reliability reliability,
			Iterable<Document> documents) {
		CompoundCommand attribute = new CompoundCommand("Set Source " + source.getName());
		if (!dossier.getSources().contains(source)) {
			attribute.append(AddCommand.create(domain, dossier, Literals.DOSSIER__SOURCES, source));
		}
		if (reliability != null && reliability != source.getReliability()) {
			attribute.append(SetCommand.create(domain, source, Literals.SOURCE__RELIABILITY, reliability));
		}
		for (Document document : documents) {
			attribute.append(SetCommand.create(domain, document, Literals.DOCUMENT__PUBLISHER, source));
			DocumentEntry entry = DossierStore.entryOf(dossier, document.getId());
			if (entry != null) {
				attribute.append(SetCommand.create(domain, entry, Literals.DOCUMENT_ENTRY__PUBLISHER, source));
			}
		}
		return attribute;
	}
}
