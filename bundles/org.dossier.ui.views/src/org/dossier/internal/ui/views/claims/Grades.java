package org.dossier.internal.ui.views.claims;

import java.util.Set;
import java.util.stream.Collectors;

import org.dossier.model.Credibility;
import org.dossier.model.Reliability;
import org.dossier.model.Verdict;
import org.dossier.ui.ModelTexts;

/** How the Claims view writes Admiralty grades and verdicts. */
final class Grades {

	private Grades() {
	}

	/** "2 probably true"; empty when not graded. */
	static String credibility(Credibility credibility) {
		return credibility == null || credibility == Credibility.NOT_GRADED ? "" : ModelTexts.credibility(credibility);
	}

	/** "mostly true" */
	static String verdict(Verdict verdict) {
		return verdict == null ? "" : ModelTexts.verdict(verdict);
	}

	/** "B"; "?" for a source not graded or not known. */
	static String reliability(Reliability reliability) {
		return reliability == null || reliability == Reliability.NOT_GRADED ? "?" : reliability.getLiteral();
	}

	/** "A, C, ?": the grades, best first, unknown last. */
	static String reliabilities(Set<Reliability> grades) {
		return grades.stream().sorted(Grades::compare).map(Grades::reliability).collect(Collectors.joining(", "));
	}

	/** The best grade of a set, for sorting: A first, unknown and none last. */
	static int best(Set<Reliability> grades) {
		return grades.stream().mapToInt(Grades::rank).min().orElse(Integer.MAX_VALUE);
	}

	private static int compare(Reliability a, Reliability b) {
		return Integer.compare(rank(a), rank(b));
	}

	private static int rank(Reliability grade) {
		return grade == Reliability.NOT_GRADED ? Reliability.VALUES.size() : grade.getValue();
	}
}
