package org.dossier.nlp.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.dossier.nlp.Sentence;
import org.dossier.nlp.SentenceSplitter;
import org.dossier.nlp.Token;
import org.dossier.nlp.TokenKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sentences and tokens of French, German, English and Russian text. */
class SentenceSplitterTest {

	private final SentenceSplitter splitter = new SentenceSplitter();

	private List<String> sentences(String text) {
		return splitter.split(text).stream().map(Sentence::text).toList();
	}

	private List<String> tokens(String text) {
		return splitter.tokenize(text).stream().map(Token::text).toList();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"Er kam am 3. März 2020 in Berlin an.",
			"Der 2. Weltkrieg endete in Europa im Mai 1945.",
			"Das Fest fand zum 10. Mal statt.",
			"Н.Н. Михайлова и З.И. Синева обработали данные.",
			"Jeder bekam 2,000,000 roubles (US$ 22,250) als Prämie.",
			"Man nehme z. B. einen Apfel und eine Birne.",
			"Dr. Müller traf Prof. Schmidt in Hamburg.",
			"M. Macron a reçu Mme Merkel à l'Élysée.",
			"See p. 12 and pp. 215–224 of the report No. 13 for details.",
			"Das steht in Abb. 2 auf S. 14, vgl. Tab. 3.",
			"Подробности см. в Т. 5, С. 12 и на рис. 3 этого отчёта.",
			"Землетрясение произошло вблизи г. Караганда в июне.",
			"Это было сильное, т.е. ощутимое землетрясение.",
			"Some fruit, e.g. apples and pears etc. are sold here.",
			"Die Daten, d. h. die Messungen usw. sind geprüft.",
			"The rate rose from 3.5 to 4.25 per cent, i.e. by a fifth.",
			"St. Petersburg and Washington D.C. signed it.",
			"Il a parlé à J.-C. Dupont hier soir.",
			"The text […] goes on here.",
			"« Vraiment ? » demanda-t-il à son voisin.",
			"«Вы придёте?» — спросил он.",
			"Wait... what did he say?" })
	void keepsASentenceWholeAcrossAbbreviationsOrdinalsAndNumbers(String sentence) {
		assertThat(sentences(sentence)).containsExactly(sentence);
	}

	@Test
	void endsSentencesAtTheirFinalPunctuation() {
		assertThat(sentences("The minister left. Nobody knew why! Was it the budget? Perhaps.")).containsExactly(
				"The minister left.", "Nobody knew why!", "Was it the budget?", "Perhaps.");
	}

	@Test
	void endsASentenceAfterAnAbbreviationThatMayCloseOne() {
		assertThat(sentences("They sold apples, pears etc. The market closed at noon.")).containsExactly(
				"They sold apples, pears etc.", "The market closed at noon.");
		assertThat(sentences("Первая выработка была заложена еще в 1857 г. В настоящее время здесь много взрывов."))
				.containsExactly("Первая выработка была заложена еще в 1857 г.", "В настоящее время здесь много взрывов.");
		assertThat(sentences("Были бури, дожди и т. д. Потом стало тихо.")).containsExactly("Были бури, дожди и т. д.",
				"Потом стало тихо.");
		assertThat(sentences("Es gab Regen, Sturm usw. Danach wurde es ruhig.")).containsExactly("Es gab Regen, Sturm usw.",
				"Danach wurde es ruhig.");
	}

	@Test
	void endsASentenceAfterAYearOrANumber() {
		assertThat(sentences("The war began in 2022. It is not over.")).containsExactly("The war began in 2022.",
				"It is not over.");
		assertThat(sentences("Die Zahl stieg auf 12. Danach sank sie.")).containsExactly("Die Zahl stieg auf 12.",
				"Danach sank sie.");
	}

	@Test
	void keepsClosingQuotationMarksBracketsAndFootnoteMarkersWithTheSentence() {
		assertThat(sentences("Il a dit : « Nous partons. » Il est parti.")).containsExactly("Il a dit : « Nous partons. »",
				"Il est parti.");
		assertThat(sentences("He said: “Go.” Then he left.")).containsExactly("He said: “Go.”", "Then he left.");
		assertThat(sentences("Sie rief: „Komm!“ Er kam.")).containsExactly("Sie rief: „Komm!“", "Er kam.");
		assertThat(sentences("It reached “the level of ‘squad/platoon/company’”.[1] From this we conclude.")).containsExactly(
				"It reached “the level of ‘squad/platoon/company’”.[1]", "From this we conclude.");
		assertThat(sentences("(All the forces number 900,000.)[8] According to others, fewer.")).containsExactly(
				"(All the forces number 900,000.)[8]", "According to others, fewer.");
		assertThat(sentences("It was signed in 2023,[9] and another in 2024.[10] However, it failed.¹² Then nothing."))
				.containsExactly("It was signed in 2023,[9] and another in 2024.[10]", "However, it failed.¹²", "Then nothing.");
		assertThat(sentences("Er sagte: »Wir bleiben.« Dann ging er.")).containsExactly("Er sagte: »Wir bleiben.«",
				"Dann ging er.");
	}

	@Test
	void endsASentenceAtAnEllipsisBeforeACapital() {
		assertThat(sentences("He paused... Then he left. She waited… Nothing came.")).containsExactly("He paused...",
				"Then he left.", "She waited…", "Nothing came.");
	}

	@Test
	void keepsNumberedHeadingsAndListItemsApartFromTheTextAfterThem() {
		String text = """
				1. Introduction
				The study began in 2019. It ended in 2021.

				2.3. Methods
				We measured the water.

				IV. Results
				  1. First item of the list.
				  2. Second item.
				""";
		assertThat(sentences(text)).containsExactly("1. Introduction", "The study began in 2019.", "It ended in 2021.",
				"2.3. Methods", "We measured the water.", "IV. Results", "1. First item of the list.", "2. Second item.");
	}

	@Test
	void endsASentenceAtABlankLineButNotAtALineBreakInsideIt() {
		assertThat(sentences("Executive summary\n\nThe report covers the year\nand the region of Kursk.\nA new line starts here"))
				.containsExactly("Executive summary", "The report covers the year\nand the region of Kursk.",
						"A new line starts here");
	}

	@Test
	void splitsFrenchElisionsAndEnglishContractions() {
		assertThat(tokens("L’homme qu'il voit aujourd'hui")).containsExactly("L’", "homme", "qu'", "il", "voit", "aujourd'hui");
		assertThat(tokens("Ukraine’s army didn't move")).containsExactly("Ukraine", "’s", "army", "did", "n't", "move");
	}

	@Test
	void keepsNumbersAddressesAndAbbreviationsWhole() {
		String text = "Il y a 1\u00A0250\u00A0000 visiteurs (3,7 % ou 2,000,000) le 21.06.2014, cf. https://example.org/a?b=1. "
				+ "Écrire à info@example.org, doi:10.1234/ABC.5 ou 10.5555/xyz. US$ 22,250 für Иссык-Куль z. B.";
		List<Token> tokens = splitter.tokenize(text);

		assertThat(tokens).extracting(Token::text, Token::kind).contains(
				tuple("1\u00A0250\u00A0000", TokenKind.NUMBER), tuple("3,7", TokenKind.NUMBER), tuple("%", TokenKind.SYMBOL),
				tuple("2,000,000", TokenKind.NUMBER), tuple("21.06.2014", TokenKind.NUMBER), tuple("cf.", TokenKind.ABBREVIATION),
				tuple("https://example.org/a?b=1", TokenKind.WEB_ADDRESS), tuple("info@example.org", TokenKind.WEB_ADDRESS),
				tuple("doi:10.1234/ABC.5", TokenKind.WEB_ADDRESS), tuple("10.5555/xyz", TokenKind.WEB_ADDRESS),
				tuple("US$", TokenKind.SYMBOL), tuple("22,250", TokenKind.NUMBER), tuple("Иссык-Куль", TokenKind.WORD),
				tuple("z.", TokenKind.ABBREVIATION), tuple("B.", TokenKind.ABBREVIATION));
	}

	@Test
	void takesAPeriodForAFullStopAfterAWordThatIsNoAbbreviation() {
		assertThat(tokens("Le vol. Il y en a.")).containsExactly("Le", "vol", ".", "Il", "y", "en", "a", ".");
		assertThat(tokens("See vol. 3.")).containsExactly("See", "vol.", "3", ".");
	}

	@Test
	void everySentenceAndTokenIsTheInputBetweenItsOffsets() {
		String text = """
				Le 3 novembre 2019, le ministre Sergueï Lavrov a déclaré : « Nous ne reconnaîtrons pas ces résultats. »
				Die Sprecherin sagte am 3. März: „Wir prüfen das, z. B. die Kosten.“ Dr. Müller widersprach.

				“We won’t accept this,” he said.[12] Prices rose 3.5 % (US$ 22,250)… Then? Nothing¹.
				По словам Н.Н. Михайловой, т.е. автора статьи, в 2014 г. было 559 землетрясений. См. https://example.org/x.
				\u00A0\u2009\t
				1. Fin\u00AD\u200Bal line
				""";
		List<Sentence> sentences = splitter.split(text);

		int previousEnd = 0;
		for (Sentence sentence : sentences) {
			assertThat(sentence.text()).isEqualTo(text.substring(sentence.begin(), sentence.end()));
			assertThat(sentence.begin()).isGreaterThanOrEqualTo(previousEnd);
			assertThat(sentence.tokens()).isNotEmpty();
			assertThat(sentence.tokens().get(0).begin()).isEqualTo(sentence.begin());
			assertThat(sentence.tokens().get(sentence.tokens().size() - 1).end()).isEqualTo(sentence.end());
			for (Token token : sentence.tokens()) {
				assertThat(token.text()).isEqualTo(text.substring(token.begin(), token.end()));
				assertThat(token.begin()).isGreaterThanOrEqualTo(previousEnd);
				previousEnd = token.end();
			}
		}
		List<Token> allTokens = splitter.tokenize(text);
		assertThat(allTokens).isEqualTo(sentences.stream().flatMap(sentence -> sentence.tokens().stream()).toList());
		for (int k = 0; k < text.length(); k++) {
			if (Character.isLetterOrDigit(text.charAt(k))) {
				int offset = k;
				assertThat(allTokens).as("a token holding offset %d", offset)
						.anyMatch(token -> token.begin() <= offset && offset < token.end());
			}
		}
	}

	@Test
	void everySentenceAndTokenIsTheInputBetweenItsOffsetsWhateverTheInput() {
		String[] pieces = { "Dr.", "z.", "B.", "т.е.", "г.", "etc.", "am", "3", "12.", "3.5", "1 250", "Word", "word", " ", " ", "\u00A0",
				"\n", "\n\n", ".", "...", "…", "?", "!", ",", "«", "»", "“", "”", "„", "\"", "'", "’", "(", ")", "[", "]", "[1]", "¹",
				"https://x.org/a.", "a@b.org", "l'", "n't", "-", "–", "US$", "\u00AD", "\uFEFF", "\t", "I.", "IV." };
		Random random = new Random(5);
		for (int round = 0; round < 2000; round++) {
			String text = random.ints(random.nextInt(80), 0, pieces.length).mapToObj(k -> pieces[k]).collect(Collectors.joining());
			int previousEnd = 0;
			for (Sentence sentence : splitter.split(text)) {
				assertThat(sentence.text()).isEqualTo(text.substring(sentence.begin(), sentence.end()));
				assertThat(sentence.begin()).isGreaterThanOrEqualTo(previousEnd);
				for (Token token : sentence.tokens()) {
					assertThat(token.text()).isEqualTo(text.substring(token.begin(), token.end())).isNotEmpty();
					assertThat(token.begin()).isGreaterThanOrEqualTo(previousEnd);
					previousEnd = token.end();
				}
			}
		}
	}
}
