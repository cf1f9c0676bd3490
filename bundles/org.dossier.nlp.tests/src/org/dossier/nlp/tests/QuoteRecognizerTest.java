package org.dossier.nlp.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.dossier.nlp.Quotation;
import org.dossier.nlp.QuoteRecognizer;
import org.junit.jupiter.api.Test;

/** Quotations in French, German, English and Russian text, and who is quoted. */
class QuoteRecognizerTest {

	private final QuoteRecognizer recognizer = new QuoteRecognizer();

	private static final String FRENCH = """
			Le 3 novembre 2019, le ministre Sergueï Lavrov a déclaré à Moscou : « Nous ne reconnaîtrons pas ces \
			résultats. » Selon lui, le « référendum » n'a aucune valeur.

			« Il n'y aura pas de négociations », a affirmé le porte-parole du Kremlin, Dmitri Peskov. « C'est exclu », \
			a-t-il ajouté.

			Selon l'Agence Exemple, «\u00A0la participation a dépassé 60\u00A0%\u00A0».
			""";

	private static final String ENGLISH = """
			“We will not accept this,” the Russian foreign minister Sergei Lavrov told reporters. “It is a provocation,” \
			said Lavrov.

			Dmitry Peskov, the Kremlin spokesman, said that "no decision has been taken yet". He called the plan a “bluff.”

			According to the ministry, “the troops have left the region” and “no civilians were harmed”.

			It reached “the level of ‘squad/platoon/company’ in most units”.
			""";

	private static final String GERMAN = """
			Die Sprecherin sagte: „Wir prüfen den Fall sehr genau.“ „Das ist inakzeptabel“, so Scholz.

			»Wir bleiben dabei«, erklärte die Ministerin. Laut Innenministerin Nancy Faeser ist die Lage „sehr ernst \
			und angespannt“.

			„Wir haben ‚keine Wahl‘ gehabt“, erklärte der Bürgermeister von Halle, Bernd Wiegand. Er fügte hinzu: „Die \
			Lage bleibt ernst.“
			""";

	private static final String RUSSIAN = """
			«Мы не признаём эти результаты», — заявил министр иностранных дел России Сергей Лавров. По словам \
			Лаврова, «переговоров не будет».

			Мария Захарова сказала: «Мы называем это „перезагрузкой“». Она добавила: «Других вариантов нет».

			Данные станций «Ортау» и «Курчатов-Крест» опубликованы.
			""";

	private Quotation quotation(List<Quotation> quotations, String startOfText) {
		return quotations.stream()
				.filter(quotation -> quotation.text().startsWith(startOfText))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no quotation starting with " + startOfText + " in " + quotations));
	}

	private static String speaker(Quotation quotation) {
		return quotation.speaker().map(Quotation.Speaker::text).orElse(null);
	}

	private static String verb(Quotation quotation) {
		return quotation.speechVerb().map(Quotation.SpeechVerb::text).orElse(null);
	}

	@Test
	void attributesFrenchQuotationsWithTheVerbBeforeOrAfterThem() {
		List<Quotation> quotations = recognizer.recognize(FRENCH);

		Quotation results = quotation(quotations, "Nous ne reconnaîtrons");
		assertThat(results.text()).isEqualTo("Nous ne reconnaîtrons pas ces résultats.");
		assertThat(results.markedText()).isEqualTo("« Nous ne reconnaîtrons pas ces résultats. »");
		assertThat(speaker(results)).isEqualTo("le ministre Sergueï Lavrov");
		assertThat(verb(results)).isEqualTo("a déclaré");
		assertThat(results.speaker().orElseThrow().fromContext()).isFalse();

		Quotation negotiations = quotation(quotations, "Il n'y aura");
		assertThat(speaker(negotiations)).isEqualTo("le porte-parole du Kremlin, Dmitri Peskov");
		assertThat(verb(negotiations)).isEqualTo("a affirmé");
	}

	@Test
	void resolvesAFrenchInversionToTheSpeakerNamedBefore() {
		Quotation excluded = quotation(recognizer.recognize(FRENCH), "C'est exclu");

		assertThat(verb(excluded)).isEqualTo("a-t-il ajouté");
		assertThat(speaker(excluded)).isEqualTo("le porte-parole du Kremlin, Dmitri Peskov");
		assertThat(excluded.speaker().orElseThrow().fromContext()).isTrue();
	}

	@Test
	void leavesTheSpacesInsideFrenchMarksOutOfTheQuotedText() {
		Quotation participation = quotation(recognizer.recognize(FRENCH), "la participation");

		assertThat(participation.text()).isEqualTo("la participation a dépassé 60\u00A0%");
		assertThat(participation.markedText()).startsWith("«\u00A0la").endsWith("%\u00A0»");
		assertThat(speaker(participation)).isEqualTo("l'Agence Exemple");
		assertThat(verb(participation)).isEqualTo("Selon");
	}

	@Test
	void flagsScareQuotesAndLeavesThemUnattributed() {
		Quotation referendum = quotation(recognizer.recognize(FRENCH), "référendum");
		assertThat(referendum.scareQuote()).isTrue();
		assertThat(referendum.speaker()).isEmpty();
		assertThat(referendum.speechVerb()).isEmpty();

		assertThat(quotation(recognizer.recognize(ENGLISH), "bluff").scareQuote()).isTrue();
		assertThat(recognizer.recognize(RUSSIAN)).filteredOn(quotation -> quotation.text().startsWith("Ортау")
				|| quotation.text().startsWith("Курчатов")).hasSize(2).allMatch(Quotation::scareQuote);
	}

	@Test
	void attributesEnglishQuotationsWithTitlesAppositionsAndInversions() {
		List<Quotation> quotations = recognizer.recognize(ENGLISH);

		Quotation accept = quotation(quotations, "We will not accept");
		assertThat(speaker(accept)).isEqualTo("the Russian foreign minister Sergei Lavrov");
		assertThat(verb(accept)).isEqualTo("told");
		assertThat(speaker(quotation(quotations, "It is a provocation"))).isEqualTo("Lavrov");
		assertThat(verb(quotation(quotations, "It is a provocation"))).isEqualTo("said");

		Quotation decision = quotation(quotations, "no decision");
		assertThat(speaker(decision)).isEqualTo("Dmitry Peskov");
		assertThat(decision.markedText()).isEqualTo("\"no decision has been taken yet\"");
	}

	@Test
	void givesAQuotationWithoutVerbTheSpeakerOfTheQuotationBeforeItInItsSentence() {
		List<Quotation> quotations = recognizer.recognize(ENGLISH);

		assertThat(speaker(quotation(quotations, "the troops"))).isEqualTo("the ministry");
		assertThat(verb(quotation(quotations, "the troops"))).isEqualTo("According to");
		Quotation civilians = quotation(quotations, "no civilians");
		assertThat(speaker(civilians)).isEqualTo("the ministry");
		assertThat(civilians.speaker().orElseThrow().fromContext()).isTrue();
	}

	@Test
	void marksQuotationsInsideQuotationsAsNested() {
		List<Quotation> quotations = recognizer.recognize(ENGLISH + GERMAN + RUSSIAN);

		assertThat(quotation(quotations, "squad/platoon").nested()).isTrue();
		assertThat(quotation(quotations, "keine Wahl").nested()).isTrue();
		assertThat(quotation(quotations, "перезагрузкой").nested()).isTrue();
		assertThat(quotation(quotations, "the level of").nested()).isFalse();
		assertThat(quotation(quotations, "the level of").text()).isEqualTo("the level of ‘squad/platoon/company’ in most units");
		assertThat(quotation(quotations, "squad/platoon").speaker()).isEmpty();
	}

	@Test
	void attributesGermanQuotationsInBothConventions() {
		List<Quotation> quotations = recognizer.recognize(GERMAN);

		assertThat(speaker(quotation(quotations, "Wir prüfen"))).isEqualTo("Die Sprecherin");
		assertThat(verb(quotation(quotations, "Wir prüfen"))).isEqualTo("sagte");
		assertThat(speaker(quotation(quotations, "Das ist inakzeptabel"))).isEqualTo("Scholz");
		assertThat(verb(quotation(quotations, "Das ist inakzeptabel"))).isEqualTo("so");
		assertThat(quotation(quotations, "Wir bleiben dabei").markedText()).isEqualTo("»Wir bleiben dabei«");
		assertThat(speaker(quotation(quotations, "Wir bleiben dabei"))).isEqualTo("die Ministerin");
		assertThat(speaker(quotation(quotations, "sehr ernst"))).isEqualTo("Innenministerin Nancy Faeser");
		assertThat(verb(quotation(quotations, "sehr ernst"))).isEqualTo("Laut");
		assertThat(speaker(quotation(quotations, "Wir haben"))).isEqualTo("der Bürgermeister von Halle, Bernd Wiegand");
		assertThat(speaker(quotation(quotations, "Die Lage bleibt"))).isEqualTo("der Bürgermeister von Halle, Bernd Wiegand");
	}

	@Test
	void attributesRussianQuotationsAfterADashOrAPreposition() {
		List<Quotation> quotations = recognizer.recognize(RUSSIAN);

		Quotation results = quotation(quotations, "Мы не признаём");
		assertThat(speaker(results)).isEqualTo("министр иностранных дел России Сергей Лавров");
		assertThat(verb(results)).isEqualTo("заявил");
		assertThat(speaker(quotation(quotations, "переговоров"))).isEqualTo("Лаврова");
		assertThat(verb(quotation(quotations, "переговоров"))).isEqualTo("По словам");
		assertThat(speaker(quotation(quotations, "Мы называем"))).isEqualTo("Мария Захарова");
		assertThat(speaker(quotation(quotations, "Других вариантов"))).isEqualTo("Мария Захарова");
		assertThat(verb(quotation(quotations, "Других вариантов"))).isEqualTo("добавила");
	}

	@Test
	void followsAQuotationOverParagraphsReopenedWithItsMarkAndGivesItTheSpeakerIntroducedBefore() {
		String text = """
				Le maire de la commune a déclaré :

				« Nous avons tout perdu. La rivière a emporté les maisons, l'école et l'église.

				« Nous reconstruirons, mais il nous faut l'aide de l'État. »

				La préfecture n'a pas répondu.
				""";
		List<Quotation> quotations = recognizer.recognize(text);

		assertThat(quotations).hasSize(1);
		Quotation quotation = quotations.get(0);
		assertThat(quotation.text()).startsWith("Nous avons tout perdu.").endsWith("l'aide de l'État.").contains("\n\n« Nous");
		assertThat(speaker(quotation)).isEqualTo("Le maire de la commune");
		assertThat(verb(quotation)).isEqualTo("a déclaré");
		assertThat(quotation.speaker().orElseThrow().fromContext()).isTrue();
	}

	@Test
	void dropsAQuotationThatIsNeverClosed() {
		String text = "He said “we will see about that.\n\nThe next paragraph is narration. She said “fine” and left.";

		assertThat(recognizer.recognize(text)).extracting(Quotation::text).containsExactly("fine");
	}

	@Test
	void doesNotTakeAVerbOfTheNextSentenceForTheAttributionOfAClosedQuotation() {
		List<Quotation> quotations = recognizer.recognize("Merkel sagte: „Wir schaffen das.“ Sie meinte es ernst.");

		assertThat(speaker(quotations.get(0))).isEqualTo("Merkel");
		assertThat(verb(quotations.get(0))).isEqualTo("sagte");
	}

	@Test
	void findsNoQuotationsWhereThereAreNoMarks() {
		assertThat(recognizer.recognize("Le ministre a déclaré qu'il ne reconnaîtrait pas les résultats.")).isEmpty();
		assertThat(recognizer.recognize("")).isEmpty();
	}

	@Test
	void everyQuotationSpeakerAndVerbIsTheInputBetweenItsOffsets() {
		String text = FRENCH + "\n" + ENGLISH + "\n" + GERMAN + "\n" + RUSSIAN
				+ "\n\"Unclosed straight quote and 12\" inches, l’homme’s ‘odd’ one.\n« » «\u00A0» “”";
		List<Quotation> quotations = recognizer.recognize(text);

		assertThat(quotations).hasSizeGreaterThan(20).allSatisfy(quotation -> {
			assertThat(quotation.text()).isEqualTo(text.substring(quotation.begin(), quotation.end())).isNotBlank();
			assertThat(quotation.markedText()).isEqualTo(text.substring(quotation.markedBegin(), quotation.markedEnd()));
			assertThat(quotation.markedBegin()).isLessThan(quotation.begin());
			assertThat(quotation.markedEnd()).isGreaterThan(quotation.end());
			quotation.speaker().ifPresent(speaker -> assertThat(speaker.text()).isEqualTo(text.substring(speaker.begin(), speaker.end())));
			quotation.speechVerb().ifPresent(verb -> assertThat(verb.text()).isEqualTo(text.substring(verb.begin(), verb.end())));
			assertThat(quotation.scareQuote() && quotation.speaker().isPresent()).isFalse();
		});
	}

	@Test
	void everyQuotationIsTheInputBetweenItsOffsetsWhateverTheInput() {
		String[] pieces = { "«", "»", "“", "”", "„", "‚", "‘", "’", "‹", "›", "\"", "'", " ", " ", "\u00A0", "\n", "\n\n", "Lavrov",
				"Le ministre", "the minister", "die Sprecherin", "Сергей", "said", "a déclaré", "a-t-il ajouté", "sagte", "so",
				"заявил", "По словам", "according to", "he", "il", "Er", ",", ".", ":", "—", "!", "word", "mot", "Wort", "слово" };
		Random random = new Random(11);
		for (int round = 0; round < 2000; round++) {
			String text = random.ints(random.nextInt(80), 0, pieces.length).mapToObj(k -> pieces[k]).collect(Collectors.joining());
			assertThat(recognizer.recognize(text)).allSatisfy(quotation -> {
				assertThat(quotation.text()).isEqualTo(text.substring(quotation.begin(), quotation.end()));
				assertThat(quotation.markedText()).isEqualTo(text.substring(quotation.markedBegin(), quotation.markedEnd()));
				quotation.speaker().ifPresent(
						speaker -> assertThat(speaker.text()).isEqualTo(text.substring(speaker.begin(), speaker.end())));
				quotation.speechVerb()
						.ifPresent(verb -> assertThat(verb.text()).isEqualTo(text.substring(verb.begin(), verb.end())));
			});
		}
	}
}
