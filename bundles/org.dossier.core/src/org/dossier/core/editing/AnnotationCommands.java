package org.dossier.core.editing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.dossier.core.store.Ids;
import org.dossier.model.Annotation;
import org.dossier.model.Claim;
import org.dossier.model.Document;
import org.dossier.model.Dossier;
import org.dossier.model.DossierPackage;
import org.dossier.model.EvidenceLink;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/** Undoable commands that add, change and delete the annotations of a document. */
public final class AnnotationCommands {

	/** The origin of annotations a person made, as opposed to an extractor's id. */
	public static final String MANUAL = "manual";

	private AnnotationCommands() {
	}

	/**
	 * Adds a hand-made annotation over {@code [begin, end)} of the document, kept in text order. The
	 * annotation gets an id, the manual origin and full confidence.
	 */
	public static Command add(EditingDomain domain, Document document, Annotation annotation, int begin, int end) {
		String text = document.getText() == null ? "" : document.getText();
		if (begin < 0 || end > text.length() || begin >= end) {
			return UnexecutableCommand.INSTANCE;
		}
		annotation.setBegin(begin);
		annotation.setEnd(end);
		annotation.setOrigin(MANUAL);
		annotation.setConfidence(1.0);
		if (annotation.getId() == null) {
			annotation.setId(document.getId() + "-" + Ids.newId("m"));
		}
		return AddCommand.create(domain, document, DossierPackage.Literals.DOCUMENT__ANNOTATIONS, annotation,
				insertionIndex(document.getAnnotations(), begin));
	}

	/**
	 * Deletes annotations, automatic or manual, together with the evidence links that point at them
	 * (a link to nothing would be a claim backed by nothing).
	 */
	public static Command delete(EditingDomain domain, Dossier dossier, Collection<? extends Annotation> annotations) {
		if (annotations.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		CompoundCommand delete = new CompoundCommand(annotations.size() == 1 ? "Delete Annotation" : "Delete Annotations");
		for (Claim claim : dossier.getClaims()) {
			List<EvidenceLink> links = new ArrayList<>();
			for (EvidenceLink link : claim.getEvidence()) {
				if (annotations.contains(link.getAnnotation())) {
					links.add(link);
				}
			}
			if (!links.isEmpty()) {
				delete.append(RemoveCommand.create(domain, claim, DossierPackage.Literals.CLAIM__EVIDENCE, links));
			}
		}
		for (Annotation annotation : annotations) {
			if (annotation.eContainer() instanceof Document document) {
				delete.append(RemoveCommand.create(domain, document, DossierPackage.Literals.DOCUMENT__ANNOTATIONS, annotation));
			}
		}
		return delete.unwrap();
	}

	/** The span an annotation covers in its document's text, or "" when the offsets do not fit. */
	public static String coveredText(Annotation annotation) {
		if (annotation.eContainer() instanceof Document document && document.getText() != null) {
			String text = document.getText();
			int begin = Math.max(0, annotation.getBegin());
			int end = Math.min(text.length(), annotation.getEnd());
			return begin < end ? text.substring(begin, end) : "";
		}
		return "";
	}

	private static int insertionIndex(List<Annotation> annotations, int begin) {
		int low = 0;
		int high = annotations.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (annotations.get(middle).getBegin() <= begin) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}
}
