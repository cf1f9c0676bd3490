package org.dossier.nlp.tests;

import java.util.Locale;

/**
 * Short documents written for these tests, one per language, imitating the sources Dossier imports: a news
 * compilation, a think-tank report with numbered footnotes and web addresses, a government statement, and
 * a seismological bulletin as a PDF text extractor delivers it.
 */
final class TestDocuments {

	/** A document and the language it is written in. */
	record Document(String name, Locale language, String text) {

		@Override
		public String toString() {
			return name;
		}
	}

	static final Document FRENCH_NEWS = new Document("French news compilation", Locale.FRENCH, """
			Revue de presse du 4 octobre 2023

			Le ministre a déclaré le 3 octobre 2023 que le budget de la défense atteindrait 2 milliards d'euros
			en 2024, soit une hausse de 7,5 % par rapport à l'année précédente. Selon l'institut, 1 250 000 foyers
			seraient concernés par la réforme, dont 350 000 en Île-de-France.

			Le 1er novembre, le gouvernement publiera un rapport de 120 pages sur les achats d'armement. Entre 3 et
			5 % des crédits seraient gelés jusqu'en 2026.

			Un séisme de magnitude 4,8 a été ressenti le 12 septembre près de Grenoble, à 45,19° N, 5,72° E, à une
			profondeur de 10 km.[3]

			[3] https://example.org/seismes/2023-09-12/grenoble
			""");

	static final Document GERMAN_STATEMENT = new Document("German government statement", Locale.GERMAN, """
			Pressemitteilung vom 16.09.2024

			Am 3. März 2024 hat das Kabinett beschlossen, 3,7 Millionen Euro für den Katastrophenschutz
			bereitzustellen. Rund 80.000 Helferinnen und Helfer sind bundesweit im Einsatz; seit 1990 ist ihre
			Zahl um 12 Prozent gestiegen.

			Die Hochwasserschäden des Sommers 2021 beliefen sich auf € 5 Mio. je Landkreis. Zwischen 10 und 20 km
			der Uferstraßen mussten erneuert werden (siehe Abb. 2 und Tabelle 4).

			Der Pegel bei 50,94° Nord, 6,96° Ost stieg im Juli 2021 um 2,5 m.
			""");

	static final Document ENGLISH_REPORT = new Document("English think-tank report", Locale.ENGLISH, """
			Briefing No. 7

			Summary

			Since the floods of March 2021, some 320,000 homes have been repaired, the agency
			reports.[1] Insurers paid 2,000,000 roubles (US$ 22,250) per claim in 2023, while a further
			185,000 claims were settled by mid-2024.[2]

			On May 10, 2006, the minister said that 65,000 pumps were needed but only 55,000 were working. Between
			10,000–15,000 volunteers cleared the river banks on 6 August 2024, a 3-fold increase over the spring.

			[1] https://example.org/floods/2024/09/15/repairs-320000
			[2] Statement of 27 September 2024. doi: 10.1234/example.2024.17
			""");

	/**
	 * A page break with a running header and a page number in mid-paragraph, words hyphenated across lines,
	 * Symbol-font characters for φ λ ° ≥ ×, and lines broken where the PDF's columns ended.
	 */
	static final Document RUSSIAN_BULLETIN_AS_EXTRACTED = new Document("Russian seismological bulletin (extracted)",
			Locale.forLanguageTag("ru"), """
			Сейсмичность Алтая в 2016 г.

			В течение 2016 г. сеть из 24 цифровых станций зарегистрировала 312 землетрясений, энергетиче-
			ские классы которых составили КР=5.8–12.4. Самое сильное событие произошло

			7 марта 2016 г. в 03h15m вблизи с. Кош-Агач, \uF06A=50.01\uF0B0N, \uF06C=88.67\uF0B0E, h=12 км,
			с магнитудой MPVA=5.1 и классом КР=12.4. Землетрясение ощущалось в селах на расстоянии до 60 км, интен-

			сивность сотрясений составила 4–5 баллов.

			\fСейсмичность Алтая в 2016 г.

			Для событий с КР\uF0B39.0 построена карта эпицентров (рис. 2). Суммарная энергия составила 3.15\uF0D71012 Дж,
			что в 2 раза меньше, чем в 2015 г.

			2

			\fСейсмичность Алтая в 2016 г.

			Афтершок 9 марта с КР=9.3 зарегистрирован в 14 км от эпицентра.
			""");

	static final Document[] ALL = { FRENCH_NEWS, GERMAN_STATEMENT, ENGLISH_REPORT, RUSSIAN_BULLETIN_AS_EXTRACTED };

	private TestDocuments() {
	}
}
