package org.dossier.internal.core.extracting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.ObjLongConsumer;

import org.dossier.core.extracting.EntityResolver;
import org.dossier.core.extracting.ExtractionContext;
import org.dossier.core.importing.StepTimes;
import org.dossier.internal.core.registry.ExtractorDescriptor;
import org.dossier.model.Annotation;
import org.dossier.model.Document;
import org.eclipse.core.runtime.CoreException;

/**
 * Runs the extractors on one document: in their dependency order, those that handle its language
 * (as it is when each one's turn comes: language identification may set it on the way), each one
 * shielded from the others' failures. Annotations end sorted by position with ids
 * {@code <document id>-a<n>}.
 */
public final class DocumentExtraction implements ExtractionContext {

	private final Document document;
	private final EntityResolver entities;
	private final BooleanSupplier canceled;
	private final List<Annotation> found = new ArrayList<>();
	private final List<String> warnings = new ArrayList<>();
	private String origin;

	private final String defaultLanguage;

	private DocumentExtraction(Document document, EntityResolver entities, String defaultLanguage, BooleanSupplier canceled) {
		this.document = document;
		this.defaultLanguage = defaultLanguage;
		this.entities = entities;
		this.canceled = canceled;
	}

	/**
	 * @param timing told the processor time ({@link StepTimes#threadTime()}) each extractor took, by extractor id
	 * @return the warnings of the extractors that failed or reported problems
	 */
	public static List<String> run(Document document, List<ExtractorDescriptor> extractors, EntityResolver entities,
			String defaultLanguage, ObjLongConsumer<String> timing, BooleanSupplier canceled) {
		DocumentExtraction extraction = new DocumentExtraction(document, entities, defaultLanguage, canceled);
		if (document.getLanguage() == null || document.getLanguage().isBlank()) {
			document.setLanguage("und");
		}
		for (ExtractorDescriptor descriptor : extractors) {
			if (canceled.getAsBoolean()) {
				break;
			}
			if (descriptor.handles(document.getLanguage())) {
				long started = StepTimes.threadTime();
				extraction.runOne(descriptor);
				timing.accept(descriptor.id(), StepTimes.threadTime() - started);
			}
		}
		extraction.found.sort(Comparator.comparingInt(Annotation::getBegin).thenComparingInt(Annotation::getEnd));
		for (int i = 0; i < extraction.found.size(); i++) {
			extraction.found.get(i).setId(document.getId() + "-a" + (i + 1));
		}
		document.getAnnotations().addAll(extraction.found);
		return extraction.warnings;
	}

	private void runOne(ExtractorDescriptor descriptor) {
		origin = descriptor.id();
		try {
			descriptor.extractor().extract(this);
		} catch (CoreException e) {
			warnings.add(descriptor.name() + " is not available: " + e.getStatus().getMessage());
		} catch (RuntimeException | StackOverflowError e) {
			warnings.add(descriptor.name() + " failed: " + e);
		}
	}

	@Override
	public String defaultLanguage() {
		return defaultLanguage == null ? "und" : defaultLanguage;
	}

	@Override
	public Document document() {
		return document;
	}

	@Override
	public String text() {
		return document.getText() == null ? "" : document.getText();
	}

	@Override
	public String language() {
		return document.getLanguage();
	}

	@Override
	public void replaceText(String normalizedText) {
		if (!found.isEmpty()) {
			throw new IllegalStateException("the text cannot change once annotations index into it");
		}
		document.setText(normalizedText);
	}

	@Override
	public void setLanguage(String language) {
		document.setLanguage(language);
	}

	@Override
	public List<Annotation> annotations() {
		return java.util.Collections.unmodifiableList(found);
	}

	@Override
	public void add(Annotation annotation) {
		int length = text().length();
		if (annotation.getBegin() < 0 || annotation.getEnd() > length || annotation.getBegin() > annotation.getEnd()) {
			warnings.add(origin + " gave an annotation outside the text (" + annotation.getBegin() + "-" + annotation.getEnd() + ")");
			return;
		}
		annotation.setOrigin(origin);
		found.add(annotation);
	}

	@Override
	public EntityResolver entities() {
		return entities;
	}

	@Override
	public void warn(String message) {
		warnings.add(message);
	}

	@Override
	public boolean isCanceled() {
		return canceled.getAsBoolean();
	}
}
