package org.dossier.ui.tests.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.dossier.internal.ui.views.facts.DocumentFacts;
import org.dossier.internal.ui.views.facts.FigureConflicts;
import org.dossier.internal.ui.views.facts.FigureFact;
import org.dossier.internal.ui.views.facts.ModelAddress;
import org.junit.jupiter.api.Test;

/** The heuristic that flags figures of the same thing given differently by different sources. */
class FigureConflictsTest {

	private int figures;

	@Test
	void flagsTheSameCountGivenDifferentlyBySourcesInAnyPluralForm() {
		List<FigureConflicts.Group> conflicts = FigureConflicts.find(List.of(
				document("d1", "wire", count(1200, "casualties")),
				document("d2", "blog", count(1500, "casualty")),
				document("d3", "agency", count(1200, "casualties"))));

		assertThat(conflicts).hasSize(1);
		assertThat(conflicts.get(0).values()).containsExactly(1200.0, 1500.0);
		assertThat(conflicts.get(0).sources()).isEqualTo(3);
		assertThat(conflicts.get(0).describe()).isEqualTo("count of “casualties”: 1,200 / 1,500");
	}

	@Test
	void matchesInflectedRussianAndGermanNouns() {
		assertThat(FigureConflicts.find(List.of(document("d1", null, count(40, "солдат")), document("d2", null, count(45, "солдатов")))))
				.hasSize(1);
		assertThat(FigureConflicts.find(List.of(document("d1", null, count(40, "Soldaten")), document("d2", null, count(45, "Soldat")))))
				.hasSize(1);
	}

	@Test
	void leavesAloneOneSourceGivingSeveralFigures() {
		assertThat(FigureConflicts.find(List.of(document("d1", "wire", count(300, "troops"), count(1200, "troops")),
				document("d2", "wire", count(300, "troops"))))).isEmpty();
	}

	@Test
	void takesFiguresWithinOnePercentForTheSame() {
		assertThat(FigureConflicts.find(List.of(document("d1", null, count(1_200_000, "visitors")),
				document("d2", null, count(1_205_000, "visitors"))))).isEmpty();
		assertThat(FigureConflicts.find(List.of(document("d1", null, count(1_200_000, "visitors")),
				document("d2", null, count(1_234_567, "visitors"))))).hasSize(1);
	}

	@Test
	void comparesNeitherDifferentNounsKindsOrUnitsNorFiguresOfNothing() {
		assertThat(FigureConflicts.find(List.of(document("d1", null, count(1200, "casualties")), document("d2", null, count(1500, "troops")))))
				.as("different nouns").isEmpty();
		assertThat(FigureConflicts.find(List.of(document("d1", null, figure("money", 5, "EUR", "aid")),
				document("d2", null, figure("money", 7, "USD", "aid"))))).as("different units").isEmpty();
		assertThat(FigureConflicts.find(List.of(document("d1", null, figure("percent", 45, "%", null)),
				document("d2", null, figure("percent", 52, "%", null))))).as("no noun").isEmpty();
		assertThat(FigureConflicts.find(List.of(document("d1", null, figure("percent", 45, "%", "participation")),
				document("d2", null, figure("percent", 52, "%", "participation"))))).as("same noun and unit").hasSize(1);
	}

	private FigureFact count(double value, String counted) {
		return figure("count", value, counted, counted);
	}

	private FigureFact figure(String kind, double value, String unit, String noun) {
		return new FigureFact(new ModelAddress("d", "a" + ++figures), String.valueOf(value), kind, value, null, unit, noun);
	}

	private static DocumentFacts document(String id, String publisherId, FigureFact... figures) {
		return new DocumentFacts(id, publisherId, 100, Map.of(), List.of(figures), List.of(), List.of(), Map.of(), List.of(), null);
	}
}
