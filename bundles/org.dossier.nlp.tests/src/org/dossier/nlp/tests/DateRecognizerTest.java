package org.dossier.nlp.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.dossier.nlp.DateMention;
import org.dossier.nlp.DateRecognizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateRecognizerTest {

	private final DateRecognizer recognizer = new DateRecognizer();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Le traité a été signé le 3 novembre 2019 à Genève.              | 3 novembre 2019       | 2019-11-03
			Le 1er mai 2020, les syndicats ont défilé à Lyon.               | 1er mai 2020          | 2020-05-01
			La réunion est prévue le 2 mai.                                 | 2 mai                 | --05-02
			Les prix ont augmenté en mars 2021 dans toute la zone.          | mars 2021             | 2021-03
			La loi a été votée en 1975 par le Parlement.                    | 1975                  | 1975
			Le décret du 16.09.1999 reste en vigueur.                       | 16.09.1999            | 1999-09-16
			Les travaux dureront jusqu'en 2030.                             | 2030                  | 2030
			La croissance a ralenti à la mi-2024.                           | 2024                  | 2024
			L'accord du 5 févr. 2020 a été dénoncé.                         | 5 févr. 2020          | 2020-02-05
			Un rapport de decembre 2018 le confirme.                        | decembre 2018         | 2018-12
			Am 3. März 2020 trat das Gesetz in Kraft.                       | 3. März 2020          | 2020-03-03
			Im März 2020 schlossen die Schulen.                             | März 2020             | 2020-03
			Die Sitzung findet am 21.06.2014 in Bonn statt.                 | 21.06.2014            | 2014-06-21
			Seit 1990 ist das Land wieder vereint.                          | 1990                  | 1990
			Im Jahr 2000 begann das Projekt.                                | 2000                  | 2000
			Am 1. Mai demonstrierten Tausende.                              | 1. Mai                | --05-01
			Der Vertrag vom 9. Nov. 1989 wurde gefeiert.                    | 9. Nov. 1989          | 1989-11-09
			Im Jänner 2021 fiel viel Schnee.                                | Jänner 2021           | 2021-01
			Das Treffen war am 3.Mai 2019.                                  | 3.Mai 2019            | 2019-05-03
			Die Frist endet am 5. Sept. nach Plan.                          | 5. Sept.              | --09-05
			The festival opened on 16 September 2024.                       | 16 September 2024     | 2024-09-16
			He spoke on May 10, 2006, in the capital.                       | May 10, 2006          | 2006-05-10
			The deadline is the 3rd of May.                                 | 3rd of May            | --05-03
			The vote took place on Sept. 3, 2019 in the evening.            | Sept. 3, 2019         | 2019-09-03
			The bridge opened in 1975 after long delays.                    | 1975                  | 1975
			The census closed on 2021-10-15 without incident.               | 2021-10-15            | 2021-10-15
			Troops arrived on November 14th, 2014 before dawn.              | November 14th, 2014   | 2014-11-14
			The talks resumed on 21/06/2014 in Vienna.                      | 21/06/2014            | 2014-06-21
			The talks resumed on 06/21/2014 in Vienna.                      | 06/21/2014            | 2014-06-21
			Fighting resumed in the summer of 2022 near the river.          | 2022                  | 2022
			14 ноября 2014 г. открылась новая станция.                      | 14 ноября 2014 г.     | 2014-11-14
			Паводок 21.06.2014 г. затронул пригороды.                       | 21.06.2014 г.         | 2014-06-21
			В 1975 году была построена первая станция.                      | 1975 году             | 1975
			Сеть расширили в ноябре 2014 г. по плану.                       | ноябре 2014 г.        | 2014-11
			Сеть работает с 2011 г. без перерывов.                          | 2011 г.               | 2011
			Толчок 15 августа ощущался в горах.                             | 15 августа            | --08-15
			Это случилось 14-го ноября 2014 года утром.                     | 14-го ноября 2014 года | 2014-11-14
			Выпуск вышел 3 нояб. 2014 в Москве.                             | 3 нояб. 2014          | 2014-11-03
			Каталог за 2014 год опубликован.                                | 2014 год              | 2014
			Since January, the camps have doubled in size.                  | January               | --01
			Les livraisons ont repris en janvier, surtout vers le sud.      | janvier               | --01
			Seit März sind die Preise gestiegen.                            | März                  | --03
			До октября ничего подписано не будет.                           | октября               | --10
			""")
	void findsDatesAndGivesTheirIsoValue(String sentence, String mention, String value) {
		List<DateMention> dates = recognizer.recognize(sentence);
		assertThat(dates).extracting(DateMention::text, DateMention::value).containsExactly(tuple(mention, value));
		assertThat(dates.get(0).yearInferred()).isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "января, 01", "февраля, 02", "марта, 03", "апреля, 04", "мая, 05", "июня, 06", "июля, 07",
			"августа, 08", "сентября, 09", "октября, 10", "ноября, 11", "декабря, 12" })
	void readsEveryRussianMonthInTheGenitive(String month, String number) {
		assertThat(recognizer.recognize("Собрание состоялось 7 " + month + " 2015 г. в Алматы."))
				.extracting(DateMention::value).containsExactly("2015-" + number + "-07");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {
			"You may 10 times repeat the question.",
			"The 1980s were turbulent years.",
			"Ils étaient sept 2019 fois plus nombreux.",
			"The convoy drove in 2000 km of mud.",
			"The count rose by 1000 in one day.",
			"The form of 30.02.2020 is not a date.",
			"Version 2.1.3 of the catalogue was used.",
			"Report at https://example.org/news/2024-08-13/kursk for details.",
			"Les chiffres de mars 3 sont faux.",
			"Code 12/25/8 is a part number.",
			"The talks may resume, but by may we mean perhaps.",
			"January was cold everywhere." })
	void findsNoDateWhereThereIsNone(String sentence) {
		assertThat(recognizer.recognize(sentence)).isEmpty();
	}

	@Test
	void findsBothEndsOfARangeOfYears() {
		assertThat(recognizer.recognize("Contracts signed in 2023–2024 and работы в 2011–2014 гг. завершены."))
				.extracting(DateMention::text, DateMention::value)
				.containsExactly(tuple("2023", "2023"), tuple("2024", "2024"), tuple("2011", "2011"), tuple("2014 гг.", "2014"));
	}

	@Test
	void checksDaysAgainstTheirMonthAndYear() {
		assertThat(recognizer.recognize("le 29 février 2020, le 29 février 2021, le 31 avril 2019"))
				.extracting(DateMention::text, DateMention::value)
				.containsExactly(tuple("29 février 2020", "2020-02-29"), tuple("février 2021", "2021-02"),
						tuple("avril 2019", "2019-04"));
	}

	@Test
	void leavesTheYearOutWhenNotAskedToInferIt() {
		DateMention date = recognizer.recognize("Le 3 novembre 2019, puis le 2 mai.").get(1);
		assertThat(date.value()).isEqualTo("--05-02");
		assertThat(date.yearInferred()).isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Die Gespräche fanden vom 10. bis 12. März 2024 in Wien statt. | 10.  | 2024-03-10 | 12. März 2024   | 2024-03-12
			Les négociations ont eu lieu du 3 au 5 mai 2019 à Paris.      | 3    | 2019-05-03 | 5 mai 2019      | 2019-05-05
			The talks ran 10–12 March 2024 in Vienna.                     | 10   | 2024-03-10 | 12 March 2024   | 2024-03-12
			Переговоры шли с 10 по 12 марта 2014 г. в Вене.               | 10   | 2014-03-10 | 12 марта 2014 г. | 2014-03-12
			""")
	void findsBothDaysOfARangeThatNamesItsMonthOnce(String sentence, String first, String firstValue, String second,
			String secondValue) {
		assertThat(recognizer.recognize(sentence)).extracting(DateMention::text, DateMention::value)
				.containsExactly(tuple(first, firstValue), tuple(second, secondValue));
	}

	@Test
	void givesAMonthAloneTheYearOfTheDateBeforeIt() {
		DateMention date = recognizer.withYearFromPrecedingDates().recognize("On 16 September 2024 they met again, the first time since May.")
				.get(1);
		assertThat(date.text()).isEqualTo("May");
		assertThat(date.value()).isEqualTo("2024-05");
		assertThat(date.yearInferred()).isTrue();
	}

	@Test
	void takesTheYearFromAReferenceYear() {
		DateMention date = recognizer.withReferenceYear(2021).recognize("La réunion est prévue le 2 mai.").get(0);
		assertThat(date.value()).isEqualTo("2021-05-02");
		assertThat(date.yearInferred()).isTrue();
	}

	@Test
	void takesTheYearFromTheLatestPrecedingDateWithAMonthBeforeAReferenceYear() {
		String text = "Am 3. März 2020 trat das Gesetz in Kraft. Im Jahr 1990 war es anders. Am 1. Mai demonstrierten Tausende. "
				+ "Seit Dezember 2021 gilt es wieder; am 6. Januar kam die Änderung.";
		List<DateMention> dates = recognizer.withReferenceYear(2024).withYearFromPrecedingDates().recognize(text);
		assertThat(dates).extracting(DateMention::text, DateMention::value, DateMention::yearInferred).containsExactly(
				tuple("3. März 2020", "2020-03-03", false), tuple("1990", "1990", false),
				tuple("1. Mai", "2020-05-01", true), tuple("Dezember 2021", "2021-12", false),
				tuple("6. Januar", "2021-01-06", true));
	}

	@Test
	void takesTheYearOfTheDatelineRatherThanOfALookBackInAnotherParagraph() {
		String text = "Genf, 17. September 2024\n\nIm Rückblick: Am 12. Februar 2015 wurde in Minsk unterzeichnet; am 20. Februar "
				+ "folgte die Resolution.\n\nDie nächste Runde folgt am 21. Oktober.";
		List<DateMention> dates = recognizer.withYearFromPrecedingDates().recognize(text);
		assertThat(dates).extracting(DateMention::text, DateMention::value).containsExactly(tuple("17. September 2024", "2024-09-17"),
				tuple("12. Februar 2015", "2015-02-12"), tuple("20. Februar", "2015-02-20"), tuple("21. Oktober", "2024-10-21"));
	}

	@Test
	void fallsBackToTheReferenceYearWhenNoDateWithAMonthPrecedes() {
		List<DateMention> dates = new DateRecognizer().withYearFromPrecedingDates().withReferenceYear(2016)
				.recognize("В 1975 году ... 15 августа произошел толчок.");
		assertThat(dates).extracting(DateMention::value).containsExactly("1975", "2016-08-15");
	}

	@Test
	void leavesAnInferredTwentyNinthOfFebruaryYearlessInACommonYear() {
		assertThat(recognizer.withReferenceYear(2023).recognize("On 29 February the office was closed."))
				.extracting(DateMention::value, DateMention::yearInferred).containsExactly(tuple("--02-29", false));
	}

	@Test
	void refusesAReferenceYearOutOfRange() {
		assertThatThrownBy(() -> recognizer.withReferenceYear(500)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void readsDatesWithNoBreakSpacesAndLineBreaks() {
		assertThat(recognizer.recognize("le 3\u00A0novembre\u202F2019 et le 14\nnovembre 2019"))
				.extracting(DateMention::value).containsExactly("2019-11-03", "2019-11-14");
	}
}
