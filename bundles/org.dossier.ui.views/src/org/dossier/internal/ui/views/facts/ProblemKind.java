package org.dossier.internal.ui.views.facts;

/** The kinds of problems the Problems view lists, each with how serious it is. */
public enum ProblemKind {
	UNREADABLE_DOCUMENT("Unreadable document", Severity.ERROR),
	SPAN_OUTSIDE_TEXT("Annotation outside the text", Severity.ERROR),
	EXTRACTION_WARNING("Extraction failed in part", Severity.WARNING),
	UNSUPPORTED_CLAIM("Unsupported claim", Severity.WARNING),
	CONFLICTING_FIGURES("Conflicting figures", Severity.WARNING),
	CITATION_WITHOUT_REFERENCE("Citation without reference", Severity.WARNING),
	DUPLICATE_DOCUMENT("Duplicate document", Severity.WARNING),
	REFERENCE_WITHOUT_LINK("Reference without URL or DOI", Severity.INFO);

	public enum Severity {
		ERROR, WARNING, INFO
	}

	private final String label;
	private final Severity severity;

	ProblemKind(String label, Severity severity) {
		this.label = label;
		this.severity = severity;
	}

	public String label() {
		return label;
	}

	public Severity severity() {
		return severity;
	}
}
