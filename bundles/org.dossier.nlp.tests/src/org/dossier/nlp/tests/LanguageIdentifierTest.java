package org.dossier.nlp.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.dossier.nlp.LanguageIdentification;
import org.dossier.nlp.LanguageIdentifier;
import org.dossier.nlp.LanguageSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The language of texts and of their paragraphs. The sentences here are not the ones the identifier was
 * trained on: they test what it learnt, not what it memorised.
 */
class LanguageIdentifierTest {

	private final LanguageIdentifier identifier = new LanguageIdentifier();

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			en | The hospital says it cannot treat more patients this winter.
			en | Rescue workers searched the rubble for survivors throughout the night.
			en | Several witnesses described a loud explosion shortly before the fire.
			en | Parliament rejected the budget by a narrow margin on Thursday evening.
			en | Critics argue that the reform favours large landowners over small farmers.
			en | Volunteers distributed blankets and hot meals to families sleeping outdoors.
			en | Independent journalists were not allowed to visit the detention camp.
			fr | L'hôpital affirme ne pas pouvoir accueillir davantage de patients cet hiver.
			fr | Plusieurs témoins ont décrit une forte explosion peu avant l'incendie.
			fr | Le Parlement a rejeté le budget jeudi soir à une courte majorité.
			fr | Selon ses détracteurs, la réforme favorise les grands propriétaires.
			fr | Des bénévoles ont distribué couvertures et repas chauds aux familles dormant dehors.
			fr | Exportations pétrolières : forte baisse après l'entrée en vigueur des sanctions.
			fr | Le maire a promis de publier chaque contrat signé par la municipalité.
			de | Rettungskräfte suchten die ganze Nacht in den Trümmern nach Überlebenden.
			de | Das Parlament lehnte den Haushalt am Donnerstagabend mit knapper Mehrheit ab.
			de | Kritiker meinen, die Reform begünstige Großgrundbesitzer gegenüber kleinen Bauern.
			de | Unabhängige Journalisten durften das Internierungslager nicht besuchen.
			de | Ölexporte brachen nach Inkrafttreten der Sanktionen im März stark ein.
			de | Kommunalwahlen finden am ersten Wochenende im Mai statt.
			de | Der Bürgermeister versprach, jeden Vertrag der Stadtverwaltung zu veröffentlichen.
			ru | Спасатели всю ночь искали выживших под завалами.
			ru | Парламент отклонил бюджет в четверг вечером незначительным большинством.
			""")
	void tellsTheLanguageOfParagraphsOfAboutTenWords(String language, String paragraph) {
		assertThat(identifier.languageOf(paragraph)).isEqualTo(language);
	}

	@Test
	void takesCyrillicForRussianEvenWithLatinNamesInIt() {
		assertThat(identifier.languageOf("Станции KNDC и PDGK зарегистрировали толчок магнитудой MPVA=6.2."))
				.isEqualTo("ru");
		assertThat(identifier.languageOf("Заключение")).isEqualTo("ru");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "Executive summary", "12 345,6 – 7,8 (2014)",
			"https://www.foreignaffairs.com/ukraine/ukraines-gamble", "T(A), с T(V), с E-W N-S Z E-W N-S Z", "Ok." })
	void answersUndeterminedWhenThereIsTooLittleToTell(String text) {
		assertThat(identifier.languageOf(text)).isEqualTo(LanguageIdentifier.UNDETERMINED);
	}

	@Test
	void answersUndeterminedForOtherScripts() {
		assertThat(identifier.languageOf("Η Αθήνα είναι η πρωτεύουσα και η μεγαλύτερη πόλη της Ελλάδας.")).isEqualTo("und");
	}

	@Test
	void leavesWebAddressesOutOfTheEvidence() {
		String german = "Die Zahlen stehen auf https://www.example.com/the-report-of-the-ministry-for-the-people "
				+ "und werden täglich aktualisiert.";
		assertThat(identifier.languageOf(german)).isEqualTo("de");
	}

	@Test
	void givesEachParagraphOfAMixedDocumentItsLanguage() {
		String text = """
				Dossier de presse

				Le ministre a présenté mardi le nouveau plan de rénovation des écoles de la région.

				Die Opposition kritisierte, dass der Plan keine Finanzierung für die ländlichen Gemeinden vorsieht.

				The opposition said the plan offers no money for the rural communities in the north.

				Оппозиция заявила, что план не предусматривает денег для сельских общин.

				[1] https://example.org/plan-ecoles-2024
				""";
		LanguageIdentification identification = identifier.identify(text);

		assertThat(identification.paragraphs()).extracting(LanguageSpan::language)
				.containsExactly("fr", "fr", "de", "en", "ru", "und");
		assertThat(identification.paragraphs().get(1).text()).startsWith("Le ministre").endsWith("région.");
		assertThat(identification.isMixed()).isTrue();
	}

	@Test
	void theStretchesInAnotherLanguageThanTheDocumentsJoinTheirParagraphs() {
		String text = """
				Le ministre a présenté mardi le nouveau plan de rénovation des écoles de la région.

				The opposition said the plan offers no money for the rural communities in the north.

				Statement, 4 March

				They called on the government to publish the costs before the vote in the assembly.

				Le vote aura lieu jeudi, a précisé le président de l'assemblée régionale.

				Die Opposition kritisierte, dass der Plan keine Finanzierung für die Gemeinden vorsieht.
				""";
		LanguageIdentification identification = identifier.identify(text);

		List<LanguageSpan> stretches = identification.stretchesNotIn("fr", text);

		assertThat(stretches).extracting(LanguageSpan::language).containsExactly("en", "de");
		assertThat(stretches.get(0).text()).startsWith("The opposition").contains("Statement, 4 March").endsWith("assembly.");
		assertThat(stretches.get(1).text()).startsWith("Die Opposition").endsWith("vorsieht.");
		assertThat(stretches).allSatisfy(stretch -> assertThat(text.substring(stretch.begin(), stretch.end())).isEqualTo(stretch.text()));
		assertThat(identification.stretchesNotIn("fr-CA", text)).isEqualTo(stretches);
	}

	@Test
	void aDocumentInALanguageItCannotTellHasNoStretchesInOtherLanguages() {
		String text = "Il ministro ha presentato il piano per le scuole della regione.\n\nThe opposition said the plan offers no money.\n";

		assertThat(identifier.identify(text).stretchesNotIn("it", text)).isEmpty();
		assertThat(identifier.identify(text).stretchesNotIn("und", text)).isEmpty();
	}

	@Test
	void takesTheDominantLanguageFromMostLettersNotMostParagraphs() {
		String text = """
				Kurz notiert.

				Der Ausschuss hat heute nach einer langen und teilweise hitzigen Debatte beschlossen, die Untersuchung der \
				Vorfälle im Hafen fortzusetzen und im kommenden Frühjahr einen ausführlichen Bericht vorzulegen.

				Short update on the port inquiry.

				Inquiry continues into the events at the port.
				""";
		LanguageIdentification identification = identifier.identify(text);

		assertThat(identification.paragraphs()).extracting(LanguageSpan::language).containsExactly("und", "de", "en", "en");
		assertThat(identification.language()).isEqualTo("de");
	}

	@Test
	void answersUndeterminedForATextWithoutWords() {
		LanguageIdentification identification = identifier.identify("12.5\n\n3 400\n\n");
		assertThat(identification.language()).isEqualTo("und");
		assertThat(identification.isMixed()).isFalse();
	}

	@Test
	void everyParagraphIsTheInputBetweenItsOffsets() {
		String text = "  Première ligne du texte, qui parle de la ville.\r\nEt sa suite.\n \n\t\nSecond paragraph here, in English.\n\n\n"
				+ "Третий абзац.\u00A0\n\nletzter Absatz";
		LanguageIdentification identification = identifier.identify(text);

		assertThat(identification.paragraphs()).hasSize(4).allSatisfy(paragraph -> {
			assertThat(paragraph.text()).isEqualTo(text.substring(paragraph.begin(), paragraph.end()));
			assertThat(paragraph.text()).isEqualTo(paragraph.text().strip());
		});
		assertThat(identification.paragraphs().get(0).text()).endsWith("Et sa suite.");
	}

	@Test
	void everyParagraphIsTheInputBetweenItsOffsetsWhateverTheInput() {
		String[] pieces = { "the", "der", "les", "и", "Paris", " ", " ", "\u00A0", "\n", "\n\n", "\r\n", " \n \n", ".", "l'",
				"12", "https://example.org/x", "a@b.org", "km/h", "Ω", "中", "é", "ß", "\t", "\u2028" };
		Random random = new Random(17);
		for (int round = 0; round < 2000; round++) {
			String text = random.ints(random.nextInt(60), 0, pieces.length).mapToObj(k -> pieces[k]).collect(Collectors.joining());
			LanguageIdentification identification = identifier.identify(text);
			assertThat(identification.paragraphs()).allSatisfy(paragraph -> {
				assertThat(paragraph.text()).isEqualTo(text.substring(paragraph.begin(), paragraph.end())).isNotBlank();
				assertThat(paragraph.language()).isIn("fr", "de", "en", "ru", "und");
			});
		}
	}
}
