package org.dossier.core.extracting;

import java.util.List;

import org.dossier.model.Annotation;
import org.dossier.model.Document;

/** What an extractor sees of one document and where it puts what it finds. */
public interface ExtractionContext {

	Document document();

	/** The document's normalised text; annotation offsets index into it. */
	String text();

	/** The document's language (BCP 47: fr, de, en, ru), or {@code "und"} when unknown. */
	String language();

	/**
	 * Replaces the document's text: for normalisers, which run before any annotation exists.
	 *
	 * @throws IllegalStateException when annotations already index into the current text
	 */
	void replaceText(String normalizedText);

	/**
	 * The language to take for a document whose text does not tell it (too few letters) and that
	 * states none, as the user chose for the import; {@code "und"} when none was chosen.
	 */
	default String defaultLanguage() {
		return "und";
	}

	/** Sets the document's language, for language identification. */
	void setLanguage(String language);

	/** Annotations found so far in this document, by earlier extractors too. */
	List<Annotation> annotations();

	/** Adds an annotation; its origin is set to the extractor's id. */
	void add(Annotation annotation);

	/** The dossier's entities, shared by all documents, for resolving mentions. */
	EntityResolver entities();

	/** Records a problem that did not stop extraction (shown with the import report). */
	void warn(String message);

	boolean isCanceled();
}
