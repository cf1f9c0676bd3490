package org.dossier.nlp.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import org.dossier.nlp.DateRecognizer;
import org.dossier.nlp.LanguageSpan;
import org.dossier.nlp.Quantity;
import org.dossier.nlp.QuantityKind;
import org.dossier.nlp.QuantityRecognizer;
import org.dossier.nlp.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityRecognizerTest {

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			en | Some 350,000 volunteers registered with the agency.       | 350,000              | COUNT     | 350000    |          | volunteers
			en | The census counted a total of 1,300,000 households.       | 1,300,000            | COUNT     | 1300000   |          | households
			en | About 7 million voters stayed at home.                    | 7 million            | COUNT     | 7000000   |          | voters
			en | The contractor was fined 2,000,000 roubles last spring.   | 2,000,000 roubles    | MONEY     | 2000000   |          | RUB
			en | The grant is worth US$ 22,250 per school.                 | US$ 22,250           | MONEY     | 22250     |          | USD
			en | The fund received $5 billion last year.                   | $5 billion           | MONEY     | 5e9       |          | USD
			en | Organisers expect 10,000–15,000 visitors at the fair.     | 10,000–15,000        | COUNT     | 10000     | 15000    | visitors
			en | The harbour handles 20,000 to 35,000 containers a week.   | 20,000 to 35,000     | COUNT     | 20000     | 35000    | containers
			en | The survey reached between 100 and 250 farmers.           | 100 and 250          | COUNT     | 100       | 250      | farmers
			en | Prices rose by 12 percent over the year.                  | 12 percent           | PERCENT   | 12        |          | %
			en | Prices rose by 12 per cent over the year.                 | 12 per cent          | PERCENT   | 12        |          | %
			en | The column marched 5 km before dawn.                      | 5 km                 | MEASURE   | 5         |          | km
			en | The reservoir covers 120 km² of the valley.               | 120 km²              | MEASURE   | 120       |          | km²
			en | The reservoir covers 120 km2 of the valley.               | 120 km2              | MEASURE   | 120       |          | km²
			en | It was a 10-km march through the hills.                   | 10-km                | MEASURE   | 10        |          | km
			en | The night was cold at −5 °C near the lake.                | −5 °C                | MEASURE   | -5        |          | °C
			en | A magnitude 7.8 earthquake struck the coast.              | 7.8                  | MAGNITUDE | 7.8       |          | M
			en | An M 5.4 aftershock followed an hour later.               | M 5.4                | MAGNITUDE | 5.4       |          | M
			en | The shock of Mw 6.1 was felt widely.                      | Mw 6.1               | MAGNITUDE | 6.1       |          | Mw
			en | The blast released 4.22×10^13 J of energy.                | 4.22×10^13 J         | MEASURE   | 4.22e13   |          | J
			en | The blast released 4.22×10¹³ J of energy.                 | 4.22×10¹³ J          | MEASURE   | 4.22e13   |          | J
			en | The blast released 4.22e13 J of energy.                   | 4.22e13 J            | MEASURE   | 4.22e13   |          | J
			en | Recruitment grew 3-fold in a year.                        | 3-fold               | RATIO     | 3         |          | ×
			en | The registry added a further 214,000 entries.             | 214,000              | COUNT     | 214000    |          | entries
			en | The final bill could reach 500,000.                       | 500,000              | COUNT     | 500000    |          |
			en | The share fell to 0.75 in the second quarter.             | 0.75                 | OTHER     | 0.75      |          |
			fr | Le musée a accueilli 1 250 000 visiteurs.                 | 1 250 000            | COUNT     | 1250000   |          | visiteurs
			fr | L'État a investi 2 milliards d'euros dans le réseau.      | 2 milliards d'euros  | MONEY     | 2e9       |          | EUR
			fr | Le taux de chômage atteint 3,7 % en mars.                 | 3,7 %                | PERCENT   | 3.7       |          | %
			fr | Le colis pèse 0,5 kg seulement.                           | 0,5 kg               | MEASURE   | 0.5       |          | kg
			fr | Le chômage a baissé de 12 pour cent.                      | 12 pour cent         | PERCENT   | 12        |          | %
			fr | La hausse est comprise entre 3 et 5 % selon les régions.  | 3 et 5 %             | PERCENT   | 3         | 5        | %
			fr | La dette atteint 1 billion d'euros.                       | 1 billion d'euros    | MONEY     | 1e12      |          | EUR
			fr | Les dépenses ont été multipliées par 3 fois en dix ans.   | 3 fois               | RATIO     | 3         |          | ×
			fr | La ville compte 25 millions d'habitants.                  | 25 millions          | COUNT     | 25000000  |          | habitants
			de | Rund 80.000 Menschen demonstrierten in Berlin.            | 80.000               | COUNT     | 80000     |          | Menschen
			de | Das Budget beträgt 3,7 Millionen Euro im Jahr.            | 3,7 Millionen Euro   | MONEY     | 3700000   |          | EUR
			de | Der Schaden liegt bei € 5 Mio. laut Versicherung.         | € 5 Mio.             | MONEY     | 5000000   |          | EUR
			de | Der Preis stieg um 12 Prozent.                            | 12 Prozent           | PERCENT   | 12        |          | %
			de | Das Paket wiegt 1,5 kg und ist klein.                     | 1,5 kg               | MEASURE   | 1.5       |          | kg
			de | Die Front verläuft zwischen 10 und 20 km vor der Stadt.   | 10 und 20 km         | MEASURE   | 10        | 20       | km
			de | Die Kosten waren 2,5-mal so hoch wie geplant.             | 2,5-mal              | RATIO     | 2.5       |          | ×
			de | Die Staatsschulden betragen 3 Billionen Euro.             | 3 Billionen Euro     | MONEY     | 3e12      |          | EUR
			de | Im Lager liegen 3 bis 5 Millionen Schuss Munition.        | 3 bis 5 Millionen    | COUNT     | 3000000   | 5000000  | Schuss
			ru | В стране около 7 млн человек призывного возраста.         | 7 млн                | COUNT     | 7000000   |          | человек
			ru | Выплата составила 15 тыс. рублей на человека.             | 15 тыс. рублей       | MONEY     | 15000     |          | RUB
			ru | Ущерб оценили в 500 000 евро.                             | 500 000 евро         | MONEY     | 500000    |          | EUR
			ru | Доля выросла на 30 процентов за год.                      | 30 процентов         | PERCENT   | 30        |          | %
			ru | Очаг находился на глубине h=10 км под хребтом.            | h=10 км              | MEASURE   | 10        |          | km
			ru | Глубина очага h~12–18 км по данным сети.                  | 12–18 км             | MEASURE   | 12        | 18       | km
			ru | Событие имело магнитуду MPVA=6.2 по данным сети.          | MPVA=6.2             | MAGNITUDE | 6.2       |          | MPVA
			ru | Энергетический класс КР=13.6 является максимальным.       | КР=13.6              | MAGNITUDE | 13.6      |          | КР
			ru | В каталог вошли события с КР=7.1–12.9 за год.             | КР=7.1–12.9          | MAGNITUDE | 7.1       | 12.9     | КР
			ru | На карте отмечены толчки с КР≥9.1 за год.                 | КР≥9.1               | MAGNITUDE | 9.1       |          | КР
			ru | В городе толчок оценили в 3–4 балла по шкале.             | 3–4 балла            | MAGNITUDE | 3         | 4        | point
			ru | Число толчков выросло в 2 раза за месяц.                  | 2 раза               | RATIO     | 2         |          | ×
			ru | Население составляет 3,7 млн человек.                     | 3,7 млн              | COUNT     | 3700000   |          | человек
			ru | Станция стоит в 87 км от города.                          | 87 км                | MEASURE   | 87        |          | km
			ru | Энергия составила 3.85⋅1012 Дж за год.                    | 3.85⋅1012 Дж         | MEASURE   | 3.85e12   |          | J
			ru | Ускорение грунта достигло 2.6 см/с2 на станции.           | 2.6 см/с2            | MEASURE   | 2.6       |          | cm/s²
			ru | Запись (окно 12–40 с) показана ниже.                      | 12–40 с              | MEASURE   | 12        | 40       | s
			de | Die Speicher reichen für 90 Tage im Winter.               | 90 Tage              | MEASURE   | 90        |          | day
			en | Three terminals were built within 10 months last year.    | 10 months            | MEASURE   | 10        |          | month
			ru | Сеть работает уже 10 лет без перерыва.                    | 10 лет               | MEASURE   | 10        |          | year
			fr | L'Union importe 110 milliards de mètres cubes par an.     | 110 milliards de mètres cubes | MEASURE | 1.1e11 |       | m³
			fr | Les stocks atteignent 3,7 millions de tonnes cette année. | 3,7 millions de tonnes | MEASURE | 3700000 |        | t
			ru | Ущерб оценили в 200 млрд тенге за год.                    | 200 млрд тенге       | MONEY     | 2e11      |          | KZT
			fr | La prime atteint 10 €/MWh cet hiver.                      | 10 €/MWh             | MONEY     | 10        |          | EUR/MWh
			en | The energy released was E=2.4×10^11 J in total.           | E=2.4×10^11 J        | MEASURE   | 2.4e11    |          | J
			""")
	void findsQuantities(String language, String sentence, String text, QuantityKind kind, double value, Double upper,
			String unit) {
		List<Quantity> quantities = new QuantityRecognizer(Locale.forLanguageTag(language)).recognize(sentence);
		assertThat(quantities).hasSize(1);
		Quantity quantity = quantities.get(0);
		assertThat(quantity.text()).isEqualTo(text);
		assertThat(quantity.kind()).isEqualTo(kind);
		assertThat(quantity.value()).isCloseTo(value, withinPercentage(1e-9));
		assertThat(quantity.upperValue()).isEqualTo(upper == null ? OptionalDouble.empty() : OptionalDouble.of(upper));
		assertThat(quantity.unit()).isEqualTo(Optional.ofNullable(unit));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			The city has 1 250 000 inhabitants.
			The city has 1\u00A0250\u00A0000 inhabitants.
			The city has 1\u202F250\u202F000 inhabitants.
			The city has 1\u2009250\u2009000 inhabitants.
			The city has 1'250'000 inhabitants.
			The city has 1,250,000 inhabitants.
			The city has 1.250.000 inhabitants.
			""")
	void readsEveryDigitGrouping(String sentence) {
		assertThat(new QuantityRecognizer().recognize(sentence)).extracting(Quantity::value).containsExactly(1250000.0);
	}

	@Test
	void readsAnAmbiguousSeparatorByTheLanguage() {
		String sentence = "Die Strecke misst 3,700 und die Menge 80.000.";
		assertThat(new QuantityRecognizer(Locale.GERMAN).recognize(sentence)).extracting(Quantity::value)
				.containsExactly(3.7, 80000.0);
		assertThat(new QuantityRecognizer(Locale.ENGLISH).recognize(sentence)).extracting(Quantity::value)
				.containsExactly(3700.0, 80.0);
	}

	@Test
	void readsAnAmbiguousSeparatorByWhatTheTextDoesElsewhere() {
		QuantityRecognizer languageUnknown = new QuantityRecognizer();
		assertThat(languageUnknown.recognize("Il y avait 80.000 personnes et 3,7 millions d'euros."))
				.extracting(Quantity::value).containsExactly(80000.0, 3700000.0);
		assertThat(languageUnknown.recognize("A length of 80.000 m and 1,250,000 troops, 12.5 percent."))
				.extracting(Quantity::value).containsExactly(80.0, 1250000.0, 12.5);
	}

	@Test
	void readsBillionByTheLanguage() {
		assertThat(new QuantityRecognizer(Locale.ENGLISH).recognize("2 billion")).extracting(Quantity::value).containsExactly(2e9);
		assertThat(new QuantityRecognizer(Locale.FRENCH).recognize("2 billions")).extracting(Quantity::value).containsExactly(2e12);
	}

	@Test
	void readsTheNumbersOfATableRowOneByOne() {
		assertThat(new QuantityRecognizer().recognize("N(K) 332 103 29 15 8 1"))
				.extracting(Quantity::text).containsExactly("332", "103", "29", "15");
	}

	@Test
	void findsSeveralQuantitiesInASentence() {
		String sentence = "The museum spent 2,000,000 roubles (US$ 22,250) on repairs, while 540,000 people visited it.";
		assertThat(new QuantityRecognizer(Locale.ENGLISH).recognize(sentence))
				.extracting(Quantity::text, Quantity::kind, Quantity::unit).containsExactly(
						tuple("2,000,000 roubles", QuantityKind.MONEY, Optional.of("RUB")),
						tuple("US$ 22,250", QuantityKind.MONEY, Optional.of("USD")),
						tuple("540,000", QuantityKind.COUNT, Optional.of("people")));
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			en | See Table 4 and Fig. 3 for the details.
			ru | Как видно на рис. 2 и 4, сеть плотная.
			en | The figures come from the ministry.[11]
			ru | Методика описана ранее [14–16].
			ru | Данные приведены в работах [1, 2].
			en | The network grew quickly in 2014.
			en | The decree of 16.09.1999 allows it.
			en | The Annual Review No. 13 was printed.
			en | The 44th Street parade was cancelled.
			en | Cases of COVID-19 rose again.
			ru | Толчок произошел в 21h42m по местному времени.
			fr | La réunion commence à 14:30 précises.
			ru | Сборник трудов института. Вып. 7.
			en | Seismic Instruments, p. 215–224.
			de | Nach § 5 des Gesetzes ist das erlaubt.
			en | The 1990s were a hard decade.
			en | See https://example.org/reports/2024/15000-troops for more.
			en | The DOI is 10.3103/S0747923911030054 in the record.
			ru | Эпицентр: ϕ=42.87°N, λ=77.37°E по данным сети.
			ru | Работы велись с 2011 г. по плану.
			en | The mission was published in 2022.
			en | Stations A1 and I0 and T2 were moved.
			en | He was a 16-year-old conscript.
			ru | Сеть открыли в 2016 году в горах.
			en | It was a 5-year plan for the region.
			en | It was the 3rd time this year.
			en | The options are 1 and 2 in the list.
			""")
	void findsNoQuantityInNumbersThatAreNone(String language, String sentence) {
		assertThat(new QuantityRecognizer(Locale.forLanguageTag(language)).recognize(sentence)).isEmpty();
	}

	@Test
	void leavesOutListAndSectionNumbersAtTheStartOfALine() {
		String text = "1. Ivanov I.I. Catalogue of earthquakes.\n2.1 Methods of location\n  3) Results for 559 events";
		assertThat(new QuantityRecognizer(Locale.ENGLISH).recognize(text)).extracting(Quantity::text).containsExactly("559");
	}

	@Test
	void leavesOutTheNumbersOfSpansTheCallerNames() {
		String text = "Table 1\nKNDC 120 3.4 2.7\nThe station recorded 14 events.";
		int tableEnd = text.indexOf("\nThe");
		record Table(int begin, int end, String text) implements TextSpan {
		}
		List<Quantity> quantities = new QuantityRecognizer().recognize(text, List.of(new Table(0, tableEnd, text.substring(0, tableEnd))));
		assertThat(quantities).extracting(Quantity::text).containsExactly("14");
	}

	@Test
	void aParagraphInAnotherLanguageReadsScaleWordsAndAmbiguousNumbersItsOwnWay() {
		String german = "Laut Ministerium fehlen 1,5 Milliarden Euro; 3,7 Millionen Haushalte und 1,500 Betriebe sind betroffen.";
		String english = "The ministry said 1,500 firms were affected and a further 2 billion euros were at stake.";
		String text = german + "\n\n" + english + "\n";
		int englishBegin = text.indexOf(english);
		LanguageSpan inEnglish = new LanguageSpan(englishBegin, englishBegin + english.length(), english, "en");
		QuantityRecognizer recognizer = new QuantityRecognizer(Locale.GERMAN);

		List<Quantity> asGerman = recognizer.recognize(text, List.of());
		List<Quantity> mixed = recognizer.recognize(text, List.of(), List.of(inEnglish));

		assertThat(asGerman).extracting(Quantity::text, Quantity::value).contains(tuple("1,500", 1.5), tuple("2 billion euros", 2e12));
		assertThat(mixed).extracting(Quantity::text, Quantity::value).containsExactly(tuple("1,5 Milliarden Euro", 1.5e9),
				tuple("3,7 Millionen", 3.7e6), tuple("1,500", 1.5), tuple("1,500", 1500.0), tuple("2 billion euros", 2e9));
	}

	@Test
	void leavesOutTheNumbersOfDatesFoundBefore() {
		String text = "On 16 September 2024 some 180,000 runners took part.";
		List<Quantity> quantities = new QuantityRecognizer().recognize(text, new DateRecognizer().recognize(text));
		assertThat(quantities).extracting(Quantity::text).containsExactly("180,000");
	}
}
