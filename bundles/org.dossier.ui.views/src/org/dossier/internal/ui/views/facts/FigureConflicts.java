package org.dossier.internal.ui.views.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds figures that different sources give differently: candidates for the analyst to check, such as
 * two casualty counts that disagree.
 * <p>
 * Two quantities are taken to be figures of the same thing when they have the same kind, the same unit
 * and the same noun (what they count or measure, see {@link FigureNouns}), compared by a crude stem that
 * survives plurals and most inflections: lower case, a final "s" dropped, the first six letters kept
 * ("casualties" and "casualty", "Soldaten" and "Soldat", "солдат" and "солдатов" meet). A group of such
 * figures is a conflict when it holds values more than {@value #TOLERANCE_PERCENT}% apart (so "1.2
 * million" and "1,200,000" agree) and they come from at least two sources: documents with different
 * publishers, a document without a publisher counting as a source of its own. One source giving
 * several values is not flagged: a text often gives a figure for each of several things.
 * <p>
 * Limits, by design of a heuristic that reads no meaning: figures of the same noun about different
 * things (troops in two regions, casualties on two dates, two parties' shares of the vote) are
 * flagged and must be dismissed by eye; the same thing named by different words ("deaths", "killed",
 * "victims") or in different languages ("victims", "Opfer", "жертв") is not matched; a range
 * ("10,000–15,000", "30,000 to 40,000") is not compared, as only its lower end is stored; dates are
 * listed but never compared; a figure whose noun the text does not give is never compared, nor a cell
 * value of a table, whose next words belong to the next cell.
 */
public final class FigureConflicts {

	static final int TOLERANCE_PERCENT = 1;
	/** Two numbers joined as a range: "10,000–15,000", "3 bis 5", "от 10 до 15". */
	private static final Pattern RANGE = Pattern.compile("\\d\\s*(?:[–—-]|to|bis|à|au|et|and|und|до|и)\\s*\\d", Pattern.UNICODE_CHARACTER_CLASS);
	private static final int STEM_LENGTH = 6;

	/** Figures of the same thing that disagree, with the distinct values, in increasing order. */
	public record Group(String kind, String unit, String noun, List<FigureFact> figures, List<Double> values, int sources) {

		/** "count of “casualties”: 1,200 / 1,500" */
		public String describe() {
			StringBuilder text = new StringBuilder(kind);
			if (unit != null && !unit.isBlank() && !unit.equals(noun)) {
				text.append(" in ").append(unit);
			}
			text.append(" of “").append(noun).append("”: ");
			for (int i = 0; i < values.size(); i++) {
				text.append(i == 0 ? "" : " / ").append(FigureFormat.format(values.get(i)));
			}
			return text.toString();
		}
	}

	private FigureConflicts() {
	}

	/**
	 * The conflicting groups among the figures of the documents.
	 *
	 * @param documents the facts of each document, in dossier order
	 */
	public static List<Group> find(Iterable<DocumentFacts> documents) {
		Map<String, List<FigureFact>> byKey = new LinkedHashMap<>();
		Map<FigureFact, String> sourceOf = new HashMap<>();
		for (DocumentFacts document : documents) {
			String source = document.publisherId() != null ? "source:" + document.publisherId() : "document:" + document.documentId();
			for (FigureFact figure : document.figures()) {
				String key = key(figure);
				if (key != null) {
					byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(figure);
					sourceOf.put(figure, source);
				}
			}
		}
		List<Group> conflicts = new ArrayList<>();
		for (List<FigureFact> figures : byKey.values()) {
			Set<String> sources = new HashSet<>();
			figures.forEach(figure -> sources.add(sourceOf.get(figure)));
			List<Double> values = distinctValues(figures);
			if (sources.size() >= 2 && values.size() >= 2) {
				FigureFact first = figures.get(0);
				conflicts.add(new Group(first.kind(), first.unit(), first.noun(), List.copyOf(figures), values, sources.size()));
			}
		}
		return conflicts;
	}

	/** What a figure is compared by, or {@code null} for a figure never compared. */
	static String key(FigureFact figure) {
		if (figure.isDate() || figure.noun() == null || Double.isNaN(figure.value()) || RANGE.matcher(figure.text()).find()) {
			return null;
		}
		String unit = figure.unit() == null || figure.unit().equals(figure.noun()) ? "" : figure.unit().toLowerCase(Locale.ROOT);
		return figure.kind() + '\u0000' + unit + '\u0000' + stem(figure.noun());
	}

	static String stem(String word) {
		String stem = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
		if (stem.length() > 3 && stem.endsWith("s")) {
			stem = stem.substring(0, stem.length() - 1);
		}
		return stem.length() > STEM_LENGTH ? stem.substring(0, STEM_LENGTH) : stem;
	}

	/** The values, those within the tolerance of the previous one counted once. */
	private static List<Double> distinctValues(List<FigureFact> figures) {
		List<Double> sorted = new ArrayList<>();
		figures.forEach(figure -> sorted.add(figure.value()));
		sorted.sort(Comparator.naturalOrder());
		List<Double> distinct = new ArrayList<>();
		for (double value : sorted) {
			if (distinct.isEmpty() || !agree(distinct.get(distinct.size() - 1), value)) {
				distinct.add(value);
			}
		}
		return distinct;
	}

	private static boolean agree(double a, double b) {
		return Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * TOLERANCE_PERCENT / 100.0;
	}
}
