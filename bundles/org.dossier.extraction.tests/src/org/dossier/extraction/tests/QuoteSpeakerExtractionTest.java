package org.dossier.extraction.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.dossier.model.Document;
import org.dossier.model.Entity;
import org.dossier.model.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speakers of quotations whose attribution names no person, through the installed extractors: taken from
 * the people around the quotation, and left unset where the text names no one. (Invented text.)
 */
class QuoteSpeakerExtractionTest {

	private static final String REPORT = """
			Talks on the reservoir, day two

			The Minister of Water, Jonas Albrecht, arrived by train from the capital. "The dam will be inspected before the floods," \
			he told the press. “We will not wait for another broken valve.”

			“The valves are new,” the engineer replied.

			“Nothing has been decided yet,” said the head of the river board, Petra Lindgren, after the session.

			The regional governor, Tomas Vik, read out a statement:

			“The villages below the dam will be evacuated if the water rises by two more metres.”

			“Nothing will be signed this week,” said a delegate who asked not to be named.

			Despite the assurances of Tomas Vik, the rules stand. According to the Water Decree of 2019, “no dam may be \
			raised without a public hearing”.
			""";

	private static final String BERICHT = """
			Der Damm im Norden

			Man erinnert sich an die Worte von Jonas Albrecht, der am 3. Mai 2021 vor Journalisten sagte: „Wir bauen \
			für hundert Jahre.“ Das war eine deutliche Ansage. Die Kommission prüft den Bericht noch.
			""";

	@TempDir
	Path temp;

	@Test
	void wordsAfterAPrepositionAreNoSpeakerTheNamedPersonBeforeIs() throws Exception {
		try (ImportedText imported = ImportedText.of(temp, "bericht.txt", BERICHT)) {
			assertThat(imported.document().getAnnotations()).filteredOn(Quote.class::isInstance).map(Quote.class::cast)
					.singleElement().extracting(Quote::getSpeaker).as("speaker").isNotNull()
					.extracting(Entity::getName).isEqualTo("Jonas Albrecht");
		}
	}

	@Test
	void speakersComeFromThePeopleAroundAQuotationWhoseAttributionNamesNone() throws Exception {
		try (ImportedText imported = ImportedText.of(temp, "reservoir.txt", REPORT)) {
			Document document = imported.document();
			List<Quote> quotes = document.getAnnotations().stream().filter(Quote.class::isInstance).map(Quote.class::cast).toList();
			assertThat(quotes).extracting(quote -> String.join(" ", List.of(quote.getCoveredText().split(" ")).subList(0, 3)) + " | "
					+ (quote.getSpeaker() == null ? "none" : quote.getSpeaker().getName())).containsExactly(
							"The dam will | Jonas Albrecht",
							"We will not | Jonas Albrecht",
							"The valves are | none",
							"Nothing has been | Petra Lindgren",
							"The villages below | Tomas Vik",
							"Nothing will be | none",
							"no dam may | none");
		}
	}
}
