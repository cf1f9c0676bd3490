package org.dossier.ui;

import java.util.List;

import org.dossier.model.Annotation;
import org.dossier.model.Document;

/**
 * A part showing one document's text, i.e. the document editor, as the views see it: got with
 * {@code part.getAdapter(DocumentView.class)}. Views follow its selection through
 * {@link #getSelectedAnnotations()} and reveal their rows in it.
 */
public interface DocumentView {

	/** The document shown (loaded). */
	Document getDocument();

	/** The annotations that overlap the current text selection, or that contain the caret. */
	List<Annotation> getSelectedAnnotations();

	/** Scrolls to an annotation of this document and selects its span. */
	void reveal(Annotation annotation);

	/** Scrolls to a span of the text and selects it. */
	void reveal(int begin, int end);
}
