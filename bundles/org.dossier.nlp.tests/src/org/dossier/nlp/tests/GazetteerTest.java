package org.dossier.nlp.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dossier.nlp.EntityMention.Kind;
import org.dossier.nlp.Gazetteer;
import org.dossier.nlp.Gazetteer.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The gazetteer shipped with Dossier, read through its public API. */
class GazetteerTest {

	private static final Gazetteer GAZETTEER = Gazetteer.standard();

	@Test
	void holdsEveryUnMemberStateWithCoordinatesAndNamesInFourLanguages() {
		List<Entry> countries = GAZETTEER.entries().stream().filter(e -> e.category().equals("country")).toList();

		assertThat(countries).hasSizeGreaterThanOrEqualTo(193);
		assertThat(countries).extracting(Entry::canonicalName).contains("Afghanistan", "Germany", "Russia",
				"United States", "Kazakhstan", "Kyrgyzstan", "Tuvalu", "South Sudan", "Eswatini", "Ukraine");
		for (Entry country : countries) {
			assertThat(country.kind()).isEqualTo(Kind.LOCATION);
			assertThat(country.lat()).as(country.canonicalName()).isBetween(-90.0, 90.0);
			assertThat(country.lon()).as(country.canonicalName()).isBetween(-180.0, 180.0);
			for (String language : List.of("en", "fr", "de", "ru")) {
				assertThat(country.names(language)).as(country.canonicalName() + " in " + language).isNotEmpty();
			}
		}
	}

	@Test
	void placesHaveCoordinatesAndOtherEntriesHaveNone() {
		for (Entry entry : GAZETTEER.entries()) {
			if (entry.kind() == Kind.LOCATION) {
				assertThat(entry.lat()).as(entry.canonicalName()).isNotNull();
				assertThat(entry.lon()).as(entry.canonicalName()).isNotNull();
			} else {
				assertThat(entry.lat()).as(entry.canonicalName()).isNull();
			}
		}
	}

	@Test
	void isLargeAndGivesEachEntryItsOwnCanonicalName() {
		Set<String> names = new HashSet<>();
		for (Entry entry : GAZETTEER.entries()) {
			assertThat(names.add(entry.canonicalName())).as(entry.canonicalName()).isTrue();
		}
		assertThat(GAZETTEER.size()).isGreaterThan(900);
		assertThat(GAZETTEER.formCount()).isGreaterThan(8 * GAZETTEER.size());
		assertThat(GAZETTEER.entries().stream().filter(e -> e.kind() == Kind.ORGANIZATION).count()).isGreaterThan(150);
		assertThat(GAZETTEER.entries().stream().filter(e -> e.category().equals("city")).count()).isGreaterThan(300);
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource(delimiter = '|', value = { "Moscou|Moscow", "Moskau|Moscow", "Москва|Moscow", "Москвы|Moscow",
			"Москвой|Moscow", "MOSCOW|Moscow", "Allemagne|Germany", "Deutschland|Germany", "Deutschlands|Germany",
			"Германию|Germany", "Etats-Unis|United States", "États-Unis|United States", "USA|United States",
			"США|United States", "Соединенных Штатов|United States", "Соединённых Штатов|United States",
			"Южной Кореи|South Korea", "Нидерландов|Netherlands", "Египта|Egypt", "Côte d’Ivoire|Côte d'Ivoire",
			"Кот-д'Ивуара|Côte d'Ivoire", "Боснии и Герцеговины|Bosnia and Herzegovina",
					"Ростова-на-Дону|Rostov-on-Don",
			"Нью-Йорке|New York", "Курской области|Kursk Oblast", "Кремлем|Kremlin", "Госдумы|State Duma",
			"Казани|Kazan", "Ярославля|Yaroslavl", "Сергея Лаврова|Sergei Lavrov", "Марии Захаровой|Maria Zakharova",
			"Путиным|Vladimir Putin", "Зеленского|Volodymyr Zelensky", "Putins|Vladimir Putin" })
	void findsEveryFormOfAName(String form, String canonicalName) {
		assertThat(GAZETTEER.lookup(form)).map(Entry::canonicalName).hasValue(canonicalName);
	}

	@Test
	void doesNotTakeCommonWordsForGeneratedForms() {
		assertThat(GAZETTEER.lookup("Самое")).isEmpty();
		assertThat(GAZETTEER.lookup("Moskauer")).isEmpty();
		assertThat(GAZETTEER.lookup("moscow")).isEmpty();
	}

	@Test
	void findsAnEntryByAnotherSpellingOfItsName() {
		assertThat(GAZETTEER.findByMatchKey("Zelenskij")).extracting(Entry::canonicalName)
				.containsExactly("Volodymyr Zelensky");
		assertThat(GAZETTEER.findByMatchKey("Sergej Lawrow")).extracting(Entry::canonicalName)
				.containsExactly("Sergei Lavrov");
	}

	@Test
	void listsTheDeclaredNamesOfAnEntryByLanguage() {
		Entry moscow = GAZETTEER.entry("Moscow").orElseThrow();

		assertThat(moscow.names("fr")).containsExactly("Moscou");
		assertThat(moscow.names("de")).containsExactly("Moskau");
		assertThat(moscow.names("ru")).containsExactly("Москва");
		assertThat(moscow.aliases()).containsExactly("Moscow", "Moscou", "Moskau", "Москва");
		assertThat(moscow.category()).isEqualTo("city");
	}
}
