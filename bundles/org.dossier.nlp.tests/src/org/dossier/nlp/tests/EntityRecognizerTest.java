package org.dossier.nlp.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Stream;

import org.dossier.nlp.EntityMention;
import org.dossier.nlp.EntityMention.Kind;
import org.dossier.nlp.EntityRecognizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** People, organisations and places in French, German, English and Russian sentences written for these tests. */
class EntityRecognizerTest {

	private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

	private static final String FRENCH = """
			Le ministre russe des Affaires étrangères Sergueï Lavrov a reçu lundi à Moscou son homologue \
			turc. « Nous n'accepterons aucun ultimatum », a déclaré Lavrov. L'Allemagne et la France ont répondu \
			que l'aide à l'Ukraine continuerait, selon l'AFP. M. Dubrovine, directeur de la Banque de France, \
			rentrait d'Ukraine ; Dubrovine a ajouté que le ministère russe de la Défense n'avait pas commenté.""";

	private static final String GERMAN = """
			Bundeskanzler Olaf Scholz sagte am Dienstag in Berlin, Deutschlands Unterstützung für die Ukraine \
			bleibe bestehen. Der russische Außenminister Sergej Lawrow warf dem Westen vor, Russlands \
			Interessen zu missachten. Kremlsprecher Dmitri Peskow sagte, Moskau sei gesprächsbereit. Das \
			russische Verteidigungsministerium meldete Angriffe auf die Region. Präsidentin Maria Hoffmann von der \
			Stiftung Wissenschaft und Politik erklärte, Selenskyj habe recht. Die Regierung äußerte sich nicht.""";

	private static final String ENGLISH = """
			Russian President Vladimir Putin met Chinese leader Xi Jinping in Moscow on Tuesday. Foreign \
			Minister Sergei Lavrov said the talks had been productive. According to Peskov, Zelenskyy was not \
			invited. The Institute for the Study of War (ISW) said Russian forces had advanced near Pokrovsk, \
			and the Russian Defence Ministry told Reuters that the Kursk region remained contested. Analyst \
			J. Whitcombe expects little change; later, the ISW repeated its estimate.""";

	private static final String RUSSIAN = """
			Министр иностранных дел России Сергей Лавров заявил в Москве, что Германия и США ошибаются. \
			Встреча Сергея Лаврова с коллегой прошла в Берлине. По словам Захаровой, Москву не пригласили. \
			Пресс-секретарь президента Дмитрий Песков отметил, что Зеленский не готов к переговорам. \
			Н.Н. Михайлова и Соколов И.П. из Центра сейсмических наблюдений (ЦСН) сообщили о толчках вблизи \
			г. Караганда и с. Жанатас. В Жанатасе ощущались колебания. Министерство обороны России \
			опубликовало данные. Жители Карагандинской области не пострадали. Михайлова добавила, что ЦСН \
			продолжит работу.""";

	static Stream<Arguments> texts() {
		return Stream.of(Arguments.of("fr", FRENCH), Arguments.of("de", GERMAN), Arguments.of("en", ENGLISH),
				Arguments.of("ru", RUSSIAN));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("texts")
	void everyMentionCarriesTheTextBetweenItsOffsets(String language, String text) {
		List<EntityMention> mentions = RECOGNIZER.recognize(text, language);

		assertThat(mentions).isNotEmpty();
		for (EntityMention mention : mentions) {
			assertThat(mention.text()).isEqualTo(text.substring(mention.begin(), mention.end()));
			assertThat(mention.confidence()).isBetween(0.0, 1.0);
		}
		for (int i = 1; i < mentions.size(); i++) {
			assertThat(mentions.get(i).begin()).isGreaterThanOrEqualTo(mentions.get(i - 1).end());
		}
	}

	@Test
	void aGermanNounAfterAPrepositionIsNoSpeaker() {
		List<EntityMention> mentions = RECOGNIZER.recognize(
				"Lawrow hatte im Januar vor Journalisten gesagt, der Preis steige. Später sagte Brenner, die Lage sei ernst.", "de");
		assertThat(mentions).extracting(EntityMention::text).doesNotContain("Journalisten").contains("Brenner");
	}

	@Test
	void capitalsInBracketsAfterAStationsNameAreItsCodeNotAnOrganisation() {
		String text = "В сеть входили станции «Боровое» (BRVK), «Подгорное» (PDGK), группа Акбулак (ABKAR) и сеть "
				+ "Регионального сейсмологического центра (РСЦ); энергия ΣЕ оценена заново.";
		List<EntityMention> mentions = RECOGNIZER.recognize(text, "ru");
		assertThat(mentions).extracting(EntityMention::text).doesNotContain("BRVK", "PDGK", "ABKAR", "ΣЕ");
		assertThat(RECOGNIZER.recognize("The Regional Seismic Service (RSS) said the RSS would publish it.", "en"))
				.filteredOn(mention -> mention.text().equals("RSS")).hasSize(2)
				.allSatisfy(mention -> assertThat(mention.kind()).isEqualTo(Kind.ORGANIZATION));
	}

	@Test
	void findsTheSamePlaceUnderOneEnglishNameInEveryLanguageWithCoordinates() {
		assertThat(mentionOf("La délégation est arrivée à Moscou hier soir.", "fr", "Moscou")).satisfies(moscow());
		assertThat(mentionOf("Die Delegation ist gestern in Moskau gelandet.", "de", "Moskau")).satisfies(moscow());
		assertThat(mentionOf("The delegation landed in Moscow last night.", "en", "Moscow")).satisfies(moscow());
		assertThat(mentionOf("Делегация вчера прилетела в Москву.", "ru", "Москву")).satisfies(moscow());
	}

	private static java.util.function.Consumer<EntityMention> moscow() {
		return mention -> {
			assertThat(mention.kind()).isEqualTo(Kind.LOCATION);
			assertThat(mention.canonicalName()).isEqualTo("Moscow");
			assertThat(mention.lat()).isCloseTo(55.76, org.assertj.core.data.Offset.offset(0.1));
			assertThat(mention.lon()).isCloseTo(37.62, org.assertj.core.data.Offset.offset(0.1));
		};
	}

	@Test
	void findsCountriesWithFrenchArticlesGermanGenitivesAndRussianCases() {
		assertThat(canonicalNames("L'Allemagne soutient la France, le Canada et les États-Unis.", "fr"))
				.containsExactly("Germany", "France", "Canada", "United States");
		assertThat(mentionOf("L'Allemagne a voté.", "fr", "Allemagne").canonicalName()).isEqualTo("Germany");
		assertThat(canonicalNames("Il vient d'Ukraine et part de France pour l'Italie.", "fr"))
				.containsExactly("Ukraine", "France", "Italy");
		assertThat(canonicalNames("Deutschlands Rolle und Russlands Interessen bleiben umstritten.", "de"))
				.containsExactly("Germany", "Russia");
		assertThat(canonicalNames("Germany and the United States disagreed.", "en"))
				.containsExactly("Germany", "United States");
	}

	@Test
	void findsRussianNamesInEveryCase() {
		String text = "Москва ответила. Из Москвы уехали. К Москве подошли. Москву обсуждали. Гордятся Москвой. "
				+ "Германия и Германии, Германию, Германией. Россия, России, Россию. США и Соединённых Штатов. "
				+ "Из Южной Кореи в Объединённые Арабские Эмираты. В Казахстане и Кыргызстане.";

		List<EntityMention> mentions = RECOGNIZER.recognize(text, "ru");

		assertThat(mentions).extracting(EntityMention::text, EntityMention::canonicalName).containsExactly(
				tuple("Москва", "Moscow"), tuple("Москвы", "Moscow"), tuple("Москве", "Moscow"),
				tuple("Москву", "Moscow"), tuple("Москвой", "Moscow"), tuple("Германия", "Germany"),
				tuple("Германии", "Germany"), tuple("Германию", "Germany"), tuple("Германией", "Germany"),
				tuple("Россия", "Russia"), tuple("России", "Russia"), tuple("Россию", "Russia"),
				tuple("США", "United States"), tuple("Соединённых Штатов", "United States"),
				tuple("Южной Кореи", "South Korea"), tuple("Объединённые Арабские Эмираты", "United Arab Emirates"),
				tuple("Казахстане", "Kazakhstan"), tuple("Кыргызстане", "Kyrgyzstan"));
	}

	@Test
	void resolvesLavrovAcrossLanguagesAndCases() {
		assertThat(personNames(FRENCH, "fr")).contains("Sergei Lavrov");
		assertThat(personNames(GERMAN, "de")).contains("Sergei Lavrov");
		assertThat(personNames(ENGLISH, "en")).contains("Sergei Lavrov");
		assertThat(mentionOf(RUSSIAN, "ru", "Сергея Лаврова").canonicalName()).isEqualTo("Sergei Lavrov");
		assertThat(mentionOf(FRENCH, "fr", "Lavrov").canonicalName()).isEqualTo("Sergei Lavrov");
	}

	@Test
	void resolvesZelenskyAcrossSpellings() {
		String[][] sentences = { { "en", "Zelensky spoke to parliament." }, { "en", "Zelenskyy spoke to parliament." },
				{ "fr", "Selon Zelensky, la ligne tient." }, { "de", "Laut Selenskyj hält die Front." },
				{ "ru", "Зеленский выступил в Раде." }, { "ru", "Встреча с Зеленским не состоялась." },
				{ "de", "Präsident Wolodymyr Selenskyj sagte, die Lage sei ernst." } };
		for (String[] sentence : sentences) {
			assertThat(personNames(sentence[1], sentence[0])).as(sentence[1]).containsExactly("Volodymyr Zelensky");
		}
	}

	@Test
	void givesSpellingsOfOneNameOneMatchKey() {
		assertThat(Stream.of("Zelensky", "Zelenskyy", "Zelenskij", "Zelenskiy", "Selenskyj", "Зеленский")
				.map(EntityRecognizer::matchKey).distinct()).hasSize(1);
		assertThat(Stream.of("Sergueï Lavrov", "Sergei Lavrov", "Sergey Lavrov", "Sergej Lawrow", "Сергей Лавров")
				.map(EntityRecognizer::matchKey).distinct()).hasSize(1);
		assertThat(Stream.of("Vladimir Poutine", "Wladimir Putin", "Vladimir Putin", "Владимир Путин")
				.map(EntityRecognizer::matchKey).distinct()).hasSize(1);
		assertThat(Stream.of("Maria Zakharova", "Maria Sacharowa", "Мария Захарова")
				.map(EntityRecognizer::matchKey).distinct()).hasSize(1);
		assertThat(EntityRecognizer.matchKey("Lavrov")).isNotEqualTo(EntityRecognizer.matchKey("Peskov"));
	}

	@Test
	void transliteratesRussianAsThePressDoes() {
		assertThat(EntityRecognizer.transliterate("Сергей Лавров")).isEqualTo("Sergey Lavrov");
		assertThat(EntityRecognizer.transliterate("Зеленский")).isEqualTo("Zelensky");
		assertThat(EntityRecognizer.transliterate("Алексей Навальный")).isEqualTo("Aleksey Navalny");
		assertThat(EntityRecognizer.transliterate("Евгений Пригожин")).isEqualTo("Yevgeny Prigozhin");
		assertThat(EntityRecognizer.transliterate("Михаил Горбачёв")).isEqualTo("Mikhail Gorbachev");
		assertThat(EntityRecognizer.transliterate("Щукино, ЦСКА")).isEqualTo("Shchukino, TSSKA");
	}

	@Test
	void findsPeopleAfterTitlesAndGivenNames() {
		assertThat(mentionOf(FRENCH, "fr", "Dubrovine").kind()).isEqualTo(Kind.PERSON);
		assertThat(mentionOf(GERMAN, "de", "Maria Hoffmann").kind()).isEqualTo(Kind.PERSON);
		assertThat(mentionOf(GERMAN, "de", "Olaf Scholz").canonicalName()).isEqualTo("Olaf Scholz");
		assertThat(mentionOf("Le ministre Jean-Baptiste Moreau-Lefèvre a démissionné.", "fr",
				"Jean-Baptiste Moreau-Lefèvre").kind()).isEqualTo(Kind.PERSON);
		assertThat(mentionOf("Губернатор Игорь Волков посетил завод.", "ru", "Игорь Волков").canonicalName())
				.isEqualTo("Igor Volkov");
		assertThat(mentionOf("Senator Margaret Holloway objected.", "en", "Margaret Holloway").kind())
				.isEqualTo(Kind.PERSON);
		assertThat(mentionOf("Лавров встретился с турецким коллегой Хаканом Фиданом.", "ru", "Хаканом Фиданом")
				.canonicalName()).isEqualTo("Khakan Fidan");
	}

	@Test
	void findsPeopleNextToVerbsOfSaying() {
		assertThat(mentionOf("« C'est faux », a déclaré Kowalczyk.", "fr", "Kowalczyk").kind()).isEqualTo(Kind.PERSON);
		assertThat(mentionOf("„Das stimmt nicht“, sagte Brandtner.", "de", "Brandtner").kind()).isEqualTo(Kind.PERSON);
		assertThat(mentionOf("«Это не так», — заявил Смирнов.", "ru", "Смирнов").canonicalName()).isEqualTo("Smirnov");
		assertThat(mentionOf("«Это не так», — заявила Кузнецова.", "ru", "Кузнецова").canonicalName())
				.isEqualTo("Kuznetsova");
		assertThat(mentionOf("“It is not true,” Whitcombe said.", "en", "Whitcombe").kind()).isEqualTo(Kind.PERSON);
	}

	@Test
	void givesASurnameAloneTheFullNameFromEarlierInTheText() {
		String french = "Le général Anatoli Krivochéine a visité le front. Plus tard, Krivochéine a parlé aux soldats.";
		assertThat(RECOGNIZER.recognize(french, "fr")).filteredOn(m -> m.kind() == Kind.PERSON)
				.extracting(EntityMention::text, EntityMention::canonicalName)
				.containsExactly(tuple("Anatoli Krivochéine", "Anatoli Krivochéine"),
						tuple("Krivochéine", "Anatoli Krivochéine"));
		String russian = "Генерал Игорь Соколовский прибыл в штаб. Приезд Соколовского обсуждали весь день.";
		assertThat(RECOGNIZER.recognize(russian, "ru")).filteredOn(m -> m.kind() == Kind.PERSON)
				.extracting(EntityMention::text, EntityMention::canonicalName)
				.containsExactly(tuple("Игорь Соколовский", "Igor Sokolovsky"), tuple("Соколовского",
						"Igor Sokolovsky"));
	}

	@Test
	void readsInitialsBeforeOrAfterTheSurname() {
		assertThat(mentionOf(RUSSIAN, "ru", "Н.Н. Михайлова").canonicalName()).isEqualTo("N.N. Mikhaylova");
		assertThat(mentionOf(RUSSIAN, "ru", "Соколов И.П.").canonicalName()).isEqualTo("I.P. Sokolov");
		assertThat(mentionOf(RUSSIAN, "ru", "Михайлова").canonicalName()).isEqualTo("N.N. Mikhaylova");
		assertThat(mentionOf(ENGLISH, "en", "J. Whitcombe").kind()).isEqualTo(Kind.PERSON);
		assertThat(EntityRecognizer.matchKey("N.N. Mikhailova"))
				.isEqualTo(EntityRecognizer.matchKey("N.N. Mikhaylova"));
	}

	@Test
	void findsOrganisationsFromTheGazetteerAndFromTheirHeadNouns() {
		assertThat(mentionOf("L'OTAN a répondu.", "fr", "OTAN").canonicalName()).isEqualTo("NATO");
		assertThat(mentionOf("Die NATO tagt.", "de", "NATO").canonicalName()).isEqualTo("NATO");
		assertThat(mentionOf("Генсек НАТО выступил.", "ru", "НАТО").canonicalName()).isEqualTo("NATO");
		assertThat(mentionOf(FRENCH, "fr", "Banque de France").kind()).isEqualTo(Kind.ORGANIZATION);
		assertThat(mentionOf(ENGLISH, "en", "Institute for the Study of War").kind()).isEqualTo(Kind.ORGANIZATION);
		assertThat(mentionOf(GERMAN, "de", "Stiftung Wissenschaft und Politik").kind()).isEqualTo(Kind.ORGANIZATION);
		assertThat(mentionOf("The order came from Hartwell Logistics Inc. last week.", "en",
				"Hartwell Logistics Inc.").kind()).isEqualTo(Kind.ORGANIZATION);
	}

	@Test
	void givesMinistriesOneEnglishNameWithTheirCountry() {
		String name = "Ministry of Defence (Russia)";
		assertThat(mentionOf(FRENCH, "fr", "ministère russe de la Défense").canonicalName()).isEqualTo(name);
		assertThat(mentionOf(GERMAN, "de", "Verteidigungsministerium").canonicalName()).isEqualTo(name);
		assertThat(mentionOf(ENGLISH, "en", "Russian Defence Ministry").canonicalName()).isEqualTo(name);
		assertThat(mentionOf(RUSSIAN, "ru", "Министерство обороны России").canonicalName()).isEqualTo(name);
		assertThat(mentionOf("Das Ministerium für Bildung und Forschung lädt ein.", "de",
				"Ministerium für Bildung und Forschung").canonicalName()).startsWith("Ministry of Education");
	}

	@Test
	void carriesAnAcronymDefinedInBracketsToItsOtherMentions() {
		assertThat(RECOGNIZER.recognize(ENGLISH, "en")).filteredOn(m -> m.text().equals("ISW"))
				.extracting(EntityMention::canonicalName).containsOnly("Institute for the Study of War").hasSize(2);
		assertThat(RECOGNIZER.recognize(RUSSIAN, "ru")).filteredOn(m -> m.text().equals("ЦСН"))
				.extracting(EntityMention::canonicalName).containsOnly("Центр сейсмических наблюдений").hasSize(2);
	}

	@Test
	void findsPlacesAfterPlaceWordsAndNamesThemInTheNominative() {
		assertThat(mentionOf(RUSSIAN, "ru", "Жанатас").kind()).isEqualTo(Kind.LOCATION);
		assertThat(mentionOf(RUSSIAN, "ru", "Жанатасе").canonicalName()).isEqualTo("Жанатас");
		assertThat(mentionOf(RUSSIAN, "ru", "Карагандинской области").canonicalName()).isEqualTo("Karaganda Region");
		assertThat(mentionOf(RUSSIAN, "ru", "Караганда").hasCoordinates()).isTrue();
		assertThat(mentionOf(ENGLISH, "en", "Kursk region").canonicalName()).isEqualTo("Kursk Oblast");
		EntityMention unknownRegion = mentionOf("Shelling was reported in the Velyka Pysarivka district.", "en",
				"Velyka Pysarivka district");
		assertThat(unknownRegion.kind()).isEqualTo(Kind.LOCATION);
		assertThat(unknownRegion.hasCoordinates()).isFalse();
	}

	@Test
	void leavesOutCapitalisedWordsThatNothingMarksAsNames() {
		assertThat(RECOGNIZER.recognize("Yesterday the talks ended. Officials said little. In March, Monday "
				+ "was quiet.", "en")).isEmpty();
		assertThat(RECOGNIZER.recognize("Gestern sagte die Regierung nichts. Der Minister Reformen ankündigte, "
				+ "sagte die Zeitung am Montag.", "de")).isEmpty();
		assertThat(RECOGNIZER.recognize("Hier, le Gouvernement a publié le Rapport annuel. Lundi, rien.", "fr"))
				.isEmpty();
		assertThat(RECOGNIZER.recognize("Самое сильное землетрясение произошло в ноябре. Того же мнения "
				+ "придерживаются многие.", "ru")).isEmpty();
	}

	@Test
	void takesNamesOfOtherLanguagesOnlyWhereTheyAreNames() {
		assertThat(canonicalNames("Island ist Mitglied der NATO.", "de")).containsExactly("Iceland", "NATO");
		assertThat(canonicalNames("Island nations met in Fiji.", "en")).containsExactly("Fiji");
		assertThat(mentionOf("Le sommet a eu lieu à Mexico.", "fr", "Mexico").canonicalName()).isEqualTo("Mexico City");
		assertThat(mentionOf("The summit took place in Mexico.", "en", "Mexico").canonicalName()).isEqualTo("Mexico");
	}

	@Test
	void findsKnownNamesInsideHyphenatedWords() {
		String text = "The Russia-Ukraine war reached a Moscow-based bank.";

		assertThat(RECOGNIZER.recognize(text, "en")).extracting(EntityMention::text, EntityMention::canonicalName)
				.containsExactly(tuple("Russia", "Russia"), tuple("Ukraine", "Ukraine"), tuple("Moscow", "Moscow"));
		assertThat(RECOGNIZER.recognize(text, "en")).allSatisfy(
				mention -> assertThat(mention.text()).isEqualTo(text.substring(mention.begin(), mention.end())));
	}

	@Test
	void ignoresNamesInsideWebAddresses() {
		assertThat(RECOGNIZER.recognize("See https://www.example.org/Moscow/Berlin for details.", "en")).isEmpty();
	}

	private static EntityMention mentionOf(String text, String language, String surface) {
		return RECOGNIZER.recognize(text, language).stream().filter(m -> m.text().equals(surface)).findFirst()
				.orElseThrow(() -> new AssertionError("no mention \"" + surface + "\" in " + RECOGNIZER.recognize(text,
						language)));
	}

	private static List<String> canonicalNames(String text, String language) {
		return RECOGNIZER.recognize(text, language).stream().map(EntityMention::canonicalName).toList();
	}

	private static List<String> personNames(String text, String language) {
		return RECOGNIZER.recognize(text, language).stream().filter(m -> m.kind() == Kind.PERSON)
				.map(EntityMention::canonicalName).distinct().toList();
	}
}
