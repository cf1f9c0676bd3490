package org.dossier.extraction.tests.gold;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares what an extractor produced with the gold standard, per annotation type and language.
 *
 * <p>Two matchings, both one-to-one between gold and produced annotations of the same type:
 * <ul>
 * <li><b>exact</b>: same begin and end;</li>
 * <li><b>overlap</b> (lenient): the exact matches, then each remaining gold annotation, in text order, takes
 * the unmatched produced annotation that shares the most characters with it.</li>
 * </ul>
 * For the exact matches the scorer also checks the value ({@link #sameValue}): the date, the quantity's
 * number (within 1e-6 relative), unit and kind, the coordinate (within 0.01°), the quote's speaker, the
 * mention's entity, the citation's and reference's label (and the reference's URL and DOI where the gold
 * entry has them), the table's rows, columns and label.
 *
 * <p>Use: {@link #add} each document, then read {@link #score}, {@link #scores()}, {@link #table()} or
 * {@link #discrepancies()}.
 */
public final class ExtractionScorer {

	/** The language of the rows that sum over all languages. */
	public static final String ALL_LANGUAGES = "all";

	private static final double RELATIVE_TOLERANCE = 1e-6;
	private static final double DEGREE_TOLERANCE = 0.01;

	private final List<String> types;
	private final Set<String> languages = new TreeSet<>();
	private final Map<Cell, Tally> tallies = new HashMap<>();
	private final List<Discrepancy> discrepancies = new ArrayList<>();

	/** Scores the types of the gold standard ({@link AnnotationSpan#TYPES}). */
	public ExtractionScorer() {
		this(AnnotationSpan.TYPES);
	}

	/** Scores only the given types, e.g. while an extractor for the others is still missing. */
	public ExtractionScorer(List<String> types) {
		this.types = List.copyOf(new LinkedHashSet<>(types));
	}

	/**
	 * Scores one document. Produced annotations of types not scored are ignored.
	 *
	 * @return this scorer, to chain calls
	 */
	public ExtractionScorer add(GoldDocument gold, List<AnnotationSpan> produced) {
		languages.add(gold.language());
		for (String type : types) {
			List<AnnotationSpan> expected = gold.annotations(type);
			List<AnnotationSpan> found = produced.stream().filter(annotation -> annotation.type().equals(type))
					.sorted(Comparator.comparingInt(AnnotationSpan::begin).thenComparingInt(AnnotationSpan::end))
					.toList();
			tallies.computeIfAbsent(new Cell(type, gold.language()), cell -> new Tally()).add(match(gold, expected, found));
		}
		return this;
	}

	/**
	 * The score of one type in one language, or over all languages with {@link #ALL_LANGUAGES}; all zeros
	 * when no document of that language was added.
	 */
	public Score score(String type, String language) {
		Tally sum = new Tally();
		for (String each : languages) {
			if (language.equals(ALL_LANGUAGES) || language.equals(each)) {
				sum.add(tallies.getOrDefault(new Cell(type, each), new Tally()));
			}
		}
		return sum.toScore(type, language);
	}

	/** One score per type and language, then one over all languages, types in the order given. */
	public List<Score> scores() {
		List<Score> scores = new ArrayList<>();
		for (String type : types) {
			for (String language : languages) {
				scores.add(score(type, language));
			}
			scores.add(score(type, ALL_LANGUAGES));
		}
		return scores;
	}

	/** What kept the scores from 1, in the order the documents were added. */
	public List<Discrepancy> discrepancies() {
		return List.copyOf(discrepancies);
	}

	/**
	 * The scores as a fixed-width table, one line per {@link #scores()} entry. Ratios whose denominator is
	 * zero are printed as "-".
	 */
	public String table() {
		StringBuilder table = new StringBuilder();
		table.append(String.format(Locale.ROOT, "%-10s %-4s %5s %5s | %5s %6s %6s %6s | %5s %6s %6s %6s | %9s %6s%n",
				"type", "lang", "gold", "prod", "exact", "P", "R", "F1", "overl", "P", "R", "F1", "values", "acc"));
		for (Score score : scores()) {
			Counts exact = score.exact();
			Counts overlap = score.overlap();
			table.append(String.format(Locale.ROOT, "%-10s %-4s %5d %5d | %5d %6s %6s %6s | %5d %6s %6s %6s | %9s %6s%n",
					score.type(), score.language(), exact.gold(), exact.produced(),
					exact.matched(), ratio(exact.matched(), exact.produced()), ratio(exact.matched(), exact.gold()),
					exact.gold() + exact.produced() == 0 ? "-" : format(exact.f1()),
					overlap.matched(), ratio(overlap.matched(), overlap.produced()),
					ratio(overlap.matched(), overlap.gold()),
					overlap.gold() + overlap.produced() == 0 ? "-" : format(overlap.f1()),
					score.valuesCorrect() + "/" + exact.matched(), ratio(score.valuesCorrect(), exact.matched())));
		}
		return table.toString();
	}

	public void printTable(PrintStream out) {
		out.print(table());
		out.flush();
	}

	/**
	 * Whether a produced annotation carries the gold annotation's value; see the class comment for what
	 * is compared per type. Types the gold standard does not know compare all attributes.
	 */
	public static boolean sameValue(AnnotationSpan gold, AnnotationSpan produced) {
		return switch (gold.type()) {
		case AnnotationSpan.DATE -> sameText(gold.attribute("value"), produced.attribute("value"));
		case AnnotationSpan.QUANTITY -> sameNumber(gold.attribute("value"), produced.attribute("value"), false)
				&& sameText(gold.attribute("unit"), produced.attribute("unit"))
				&& sameText(gold.attribute("kind"), produced.attribute("kind"));
		case AnnotationSpan.COORDINATE -> sameNumber(gold.attribute("lat"), produced.attribute("lat"), true)
				&& sameNumber(gold.attribute("lon"), produced.attribute("lon"), true);
		case AnnotationSpan.QUOTE -> speaker(gold).equals(speaker(produced));
		case AnnotationSpan.MENTION -> sameText(gold.attribute("entity"), produced.attribute("entity"));
		case AnnotationSpan.CITATION -> label(gold).equals(label(produced));
		case AnnotationSpan.REFERENCE -> label(gold).equals(label(produced))
				&& (gold.attribute("url") == null || sameText(gold.attribute("url"), produced.attribute("url")))
				&& (gold.attribute("doi") == null || doi(gold).equals(doi(produced)));
		case AnnotationSpan.TABLE -> sameText(gold.attribute("rows"), produced.attribute("rows"))
				&& sameText(gold.attribute("columns"), produced.attribute("columns"))
				&& Objects.equals(gold.attribute("label"), produced.attribute("label"));
		default -> gold.attributes().equals(produced.attributes());
		};
	}

	private List<Outcome> match(GoldDocument document, List<AnnotationSpan> gold, List<AnnotationSpan> produced) {
		List<Outcome> outcomes = new ArrayList<>();
		AnnotationSpan[] partner = new AnnotationSpan[gold.size()];
		boolean[] taken = new boolean[produced.size()];
		for (int g = 0; g < gold.size(); g++) {
			int best = -1;
			for (int p = 0; p < produced.size(); p++) {
				if (taken[p] || !gold.get(g).sameSpan(produced.get(p))) {
					continue;
				}
				if (best < 0 || !sameValue(gold.get(g), produced.get(best)) && sameValue(gold.get(g), produced.get(p))) {
					best = p;
				}
			}
			if (best >= 0) {
				taken[best] = true;
				partner[g] = produced.get(best);
				boolean right = sameValue(gold.get(g), partner[g]);
				outcomes.add(right ? Outcome.EXACT_RIGHT_VALUE : Outcome.EXACT_WRONG_VALUE);
				if (!right) {
					discrepancies.add(discrepancy(Discrepancy.Kind.WRONG_VALUE, document, gold.get(g), partner[g]));
				}
			}
		}
		for (int g = 0; g < gold.size(); g++) {
			if (partner[g] != null) {
				continue;
			}
			int best = -1;
			for (int p = 0; p < produced.size(); p++) {
				int overlap = gold.get(g).overlap(produced.get(p));
				if (!taken[p] && overlap > 0 && (best < 0 || overlap > gold.get(g).overlap(produced.get(best)))) {
					best = p;
				}
			}
			if (best >= 0) {
				taken[best] = true;
				outcomes.add(Outcome.OVERLAP);
				discrepancies.add(discrepancy(Discrepancy.Kind.BOUNDARY, document, gold.get(g), produced.get(best)));
			} else {
				outcomes.add(Outcome.MISSED);
				discrepancies.add(discrepancy(Discrepancy.Kind.MISSED, document, gold.get(g), null));
			}
		}
		for (int p = 0; p < produced.size(); p++) {
			if (!taken[p]) {
				outcomes.add(Outcome.SPURIOUS);
				discrepancies.add(discrepancy(Discrepancy.Kind.SPURIOUS, document, null, produced.get(p)));
			}
		}
		return outcomes;
	}

	private static Discrepancy discrepancy(Discrepancy.Kind kind, GoldDocument document, AnnotationSpan gold,
			AnnotationSpan produced) {
		return new Discrepancy(kind, document.name(), gold, produced, document.text());
	}

	private static boolean sameText(String gold, String produced) {
		return gold != null && produced != null && gold.strip().equals(produced.strip());
	}

	private static boolean sameNumber(String gold, String produced, boolean degrees) {
		if (gold == null || produced == null) {
			return false;
		}
		try {
			double expected = Double.parseDouble(gold.strip());
			double actual = Double.parseDouble(produced.strip());
			double tolerance = degrees ? DEGREE_TOLERANCE
					: RELATIVE_TOLERANCE * Math.max(Math.abs(expected), Math.abs(actual));
			return Math.abs(expected - actual) <= tolerance;
		} catch (NumberFormatException e) {
			return false;
		}
	}

	/** An unset speaker, an empty one and "none" all mean "nobody identified". */
	private static String speaker(AnnotationSpan quote) {
		String speaker = quote.attribute("speaker");
		return speaker == null || speaker.isBlank() ? "none" : speaker.strip();
	}

	/** "[11]", "(11)", "11." and "11" are the same label. */
	private static String label(AnnotationSpan annotation) {
		String label = Objects.requireNonNullElse(annotation.attribute("label"), "").strip();
		if (label.endsWith(".")) {
			label = label.substring(0, label.length() - 1);
		}
		if (label.length() >= 2 && (label.startsWith("[") && label.endsWith("]")
				|| label.startsWith("(") && label.endsWith(")"))) {
			label = label.substring(1, label.length() - 1);
		}
		return label.strip();
	}

	/** DOIs are case-insensitive and are written with or without a resolver or "doi:" prefix. */
	private static String doi(AnnotationSpan reference) {
		String doi = Objects.requireNonNullElse(reference.attribute("doi"), "").strip().toLowerCase(Locale.ROOT);
		for (String prefix : List.of("https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/",
				"doi:")) {
			if (doi.startsWith(prefix)) {
				doi = doi.substring(prefix.length()).strip();
			}
		}
		return doi.endsWith(".") ? doi.substring(0, doi.length() - 1) : doi;
	}

	private static String ratio(int numerator, int denominator) {
		return denominator == 0 ? "-" : format((double) numerator / denominator);
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.3f", value);
	}

	/** One type in one language: a cell of the table. */
	private record Cell(String type, String language) {
	}

	/** What became of one gold or one produced annotation. */
	private enum Outcome {
		EXACT_RIGHT_VALUE, EXACT_WRONG_VALUE, OVERLAP, MISSED, SPURIOUS
	}

	/** Running sums for one type and language. */
	private static final class Tally {
		int gold;
		int produced;
		int exact;
		int overlap;
		int valuesCorrect;

		void add(List<Outcome> outcomes) {
			for (Outcome outcome : outcomes) {
				switch (outcome) {
				case EXACT_RIGHT_VALUE -> {
					valuesCorrect++;
					exact++;
					overlap++;
					gold++;
					produced++;
				}
				case EXACT_WRONG_VALUE -> {
					exact++;
					overlap++;
					gold++;
					produced++;
				}
				case OVERLAP -> {
					overlap++;
					gold++;
					produced++;
				}
				case MISSED -> gold++;
				case SPURIOUS -> produced++;
				}
			}
		}

		void add(Tally other) {
			gold += other.gold;
			produced += other.produced;
			exact += other.exact;
			overlap += other.overlap;
			valuesCorrect += other.valuesCorrect;
		}

		Score toScore(String type, String language) {
			return new Score(type, language, new Counts(gold, produced, exact), new Counts(gold, produced, overlap),
					valuesCorrect);
		}
	}

	/**
	 * How many gold and produced annotations there were and how many were matched. A ratio with nothing to
	 * measure is 1 (no produced annotation: nothing wrong was produced; no gold annotation: nothing was
	 * missed); F1 is 0 when precision and recall are both 0.
	 */
	public record Counts(int gold, int produced, int matched) {

		public double precision() {
			return produced == 0 ? 1 : (double) matched / produced;
		}

		public double recall() {
			return gold == 0 ? 1 : (double) matched / gold;
		}

		public double f1() {
			double precision = precision();
			double recall = recall();
			return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
		}
	}

	/**
	 * The score of one type in one language (or {@link ExtractionScorer#ALL_LANGUAGES}).
	 *
	 * @param exact counts under exact span matching
	 * @param overlap counts under overlap matching
	 * @param valuesCorrect how many of the exact matches carry the gold value
	 */
	public record Score(String type, String language, Counts exact, Counts overlap, int valuesCorrect) {

		/** Share of exact matches whose value is right; 1 when there is no exact match. */
		public double valueAccuracy() {
			return exact.matched() == 0 ? 1 : (double) valuesCorrect / exact.matched();
		}
	}

	/**
	 * A gold annotation the extractor missed, found with other boundaries or gave a wrong value, or a
	 * produced annotation the gold standard does not have.
	 *
	 * @param gold absent for {@link Kind#SPURIOUS}
	 * @param produced absent for {@link Kind#MISSED}
	 * @param text the document text, to quote the surfaces
	 */
	public record Discrepancy(Kind kind, String document, AnnotationSpan gold, AnnotationSpan produced, String text) {

		public enum Kind {
			/** No produced annotation overlaps the gold one. */
			MISSED,
			/** No gold annotation overlaps the produced one. */
			SPURIOUS,
			/** Matched by overlap only: the boundaries differ. */
			BOUNDARY,
			/** Same span, different value. */
			WRONG_VALUE
		}

		/** E.g. {@code MISSED fr-news.txt gold date "2 mai" [812,817) {value=2019-05-02}}. */
		@Override
		public String toString() {
			StringBuilder line = new StringBuilder(kind + " " + document);
			if (gold != null) {
				line.append(" gold ").append(describe(gold));
			}
			if (produced != null) {
				line.append(" produced ").append(describe(produced));
			}
			return line.toString();
		}

		private String describe(AnnotationSpan annotation) {
			String surface = annotation.end() <= text.length() ? text.substring(annotation.begin(), annotation.end())
					: "<beyond the text>";
			if (surface.length() > 60) {
				surface = surface.substring(0, 28) + " … " + surface.substring(surface.length() - 28);
			}
			return annotation.type() + " \"" + surface.replace("\n", "\\n") + "\" [" + annotation.begin() + ","
					+ annotation.end() + ")" + (annotation.attributes().isEmpty() ? "" : " " + annotation.attributes());
		}
	}
}
