package org.dossier.nlp.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.dossier.nlp.DuplicatePassage;
import org.dossier.nlp.DuplicatePassageRecognizer;
import org.junit.jupiter.api.Test;

/** Repeated titles, articles and paragraphs of compilations, and the short lines that repeat harmlessly. */
class DuplicatePassageRecognizerTest {

	private final DuplicatePassageRecognizer recognizer = new DuplicatePassageRecognizer();

	@Test
	void aCompilationRepeatingItsTitleAndAWholeArticle() {
		String title = "Revue de presse : le gaz";
		String text = """
				Revue de presse : le gaz

				AFP

				Le ministre a annoncé mardi que les réservoirs seraient remplis avant l'hiver prochain.

				Selon lui, la France ne manquera pas de gaz, même si les livraisons venues de l'est cessent.

				AFP

				Revue de presse : le gaz

				Le ministre a annoncé mardi que les réservoirs seraient remplis avant l'hiver prochain.

				Selon lui, la France ne manquera pas de gaz, même si les livraisons venues de l'est cessent.
				""";

		List<DuplicatePassage> passages = recognizer.recognize(text, title);

		int secondTitle = text.indexOf(title, 1);
		int firstArticle = text.indexOf("Le ministre");
		int secondArticle = text.indexOf("Le ministre", firstArticle + 1);
		int firstArticleEnd = text.indexOf("cessent.") + "cessent.".length();
		assertThat(passages).extracting(DuplicatePassage::begin, DuplicatePassage::firstBegin, DuplicatePassage::firstEnd)
				.containsExactly(tuple(secondTitle, 0, title.length()), tuple(secondArticle, firstArticle, firstArticleEnd));
		assertThat(passages.get(1).text()).startsWith("Le ministre").endsWith("cessent.").contains("\n\nSelon lui");
		assertThat(passages.get(1).end()).isEqualTo(text.stripTrailing().length());
	}

	@Test
	void shortRepeatedLinesDoNotCountAndTheTitleOnlyWhenKnown() {
		String text = "Atomgespräche in Genf\n\ndpa\n\nDie Gespräche sollen am Montag weitergehen.\n\ndpa\n\nAtomgespräche in Genf\n";

		assertThat(recognizer.recognize(text, null)).isEmpty();
		assertThat(recognizer.recognize(text, "Atomgespräche in Genf")).extracting(DuplicatePassage::text)
				.containsExactly("Atomgespräche in Genf");
	}

	@Test
	void caseAndSpacingDoNotTellARepetitionApart() {
		String paragraph = "Die Bundesregierung hat am Dienstag beschlossen, die Speicher bis zum Herbst zu füllen.";
		String shouted = "DIE BUNDESREGIERUNG  hat am Dienstag beschlossen,\tdie Speicher bis zum Herbst zu füllen.";
		String text = paragraph + "\n\nZwischentitel\n\n" + shouted + "\n";

		assertThat(recognizer.recognize(text, null)).singleElement().satisfies(passage -> {
			assertThat(passage.text()).isEqualTo(shouted);
			assertThat(passage.firstBegin()).isZero();
			assertThat(passage.firstEnd()).isEqualTo(paragraph.length());
		});
	}

	@Test
	void everyLaterRepetitionPointsToTheFirstOccurrence() {
		String paragraph = "Министерство по чрезвычайным ситуациям сообщило, что повреждены около семисот жилых домов.";
		String text = paragraph + "\n\nОбновлено в 10:00\n\n" + paragraph + "\n\nОбновлено в 12:00\n\n" + paragraph;

		assertThat(recognizer.recognize(text, null)).extracting(DuplicatePassage::firstBegin, DuplicatePassage::firstEnd)
				.containsExactly(tuple(0, paragraph.length()), tuple(0, paragraph.length()));
	}

	@Test
	void paragraphsRepeatedInAnotherOrderAreSeparatePassages() {
		String first = "The delegation arrived in Geneva on Monday evening and met the mediators at once.";
		String second = "Talks are expected to last until Friday, according to a spokesperson for the hosts.";
		String text = first + "\n\n" + second + "\n\n" + second + "\n\n" + first + "\n";

		List<DuplicatePassage> passages = recognizer.recognize(text, null);

		assertThat(passages).extracting(DuplicatePassage::text).containsExactly(second, first);
		assertThat(passages).allSatisfy(passage -> {
			assertThat(text.substring(passage.begin(), passage.end())).isEqualTo(passage.text());
			assertThat(text.substring(passage.firstBegin(), passage.firstEnd())).isEqualTo(passage.text());
		});
	}

	@Test
	void aTextWithoutRepetitionHasNone() {
		assertThat(recognizer.recognize("One paragraph.\n\nAnother paragraph.\n", "One paragraph.")).isEmpty();
	}
}
