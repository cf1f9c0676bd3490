package org.dossier.internal.ui.editor;

import org.dossier.model.Annotation;
import org.dossier.model.CodedSegment;

/** A highlighted span in the editor standing for one annotation of the model. */
public final class ModelAnnotation extends org.eclipse.jface.text.source.Annotation {

	private final Annotation annotation;

	ModelAnnotation(Annotation annotation) {
		super(annotation instanceof CodedSegment segment ? TagColours.type(segment) : AnnotationKinds.of(annotation).type(), false, null);
		this.annotation = annotation;
	}

	public Annotation getModelAnnotation() {
		return annotation;
	}

	/** The hover text, computed each time so that it follows changes to linked entities and claims. */
	@Override
	public String getText() {
		return AnnotationDetails.of(annotation);
	}
}
