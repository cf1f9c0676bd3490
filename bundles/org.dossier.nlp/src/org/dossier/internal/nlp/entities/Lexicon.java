package org.dossier.internal.nlp.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.dossier.internal.nlp.FunctionWords;
import org.dossier.internal.nlp.MonthNames;
import org.dossier.internal.nlp.entities.RussianInflection.Hint;

/**
 * The words around names that tell what a name is, in French, German, English and Russian, in lower case:
 * titles and functions before a person's name, verbs of saying next to it, the nouns organisation names
 * are built on, the words that announce a place. Russian nouns are listed in the nominative and found in
 * every case.
 */
final class Lexicon {

	/** What a word can be, as a mask of these bits: see {@link #classify(String)}. */
	static final int TITLE = 1;
	static final int SPEECH_VERB = 1 << 1;
	static final int AUXILIARY = 1 << 2;
	static final int ORGANIZATION_HEAD = 1 << 3;
	static final int LEADING_HEAD = 1 << 4;
	static final int LEGAL_FORM_AFTER = 1 << 5;
	static final int LEGAL_FORM_BEFORE = 1 << 6;
	static final int PLACE_WORD_BEFORE = 1 << 7;
	static final int PLACE_WORD_AFTER = 1 << 8;
	static final int PLACE_PREPOSITION = 1 << 9;
	static final int NOT_A_NAME = 1 << 10;
	static final int DEMONYM = 1 << 11;
	static final int MINISTRY = 1 << 12;
	static final int REGION_NOUN = 1 << 13;
	static final int GRAMMATICAL = 1 << 14;
	static final int MONTH = 1 << 15;

	private static final Set<String> TITLES = new HashSet<>(List.of(
			// English
			"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "president", "vice-president", "ex-president",
			"minister", "premier", "chancellor", "secretary", "secretary-general", "senator", "sen", "congressman",
			"congresswoman", "representative", "rep", "governor", "gov", "mayor", "general", "gen", "colonel",
			"col", "lieutenant", "lt", "captain", "capt", "admiral", "marshal", "sergeant", "commander", "king",
			"queen", "prince", "princess", "pope", "patriarch", "archbishop", "bishop", "cardinal", "rabbi", "imam",
			"sheikh", "emir", "sultan", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "director",
			"chairman", "chairwoman", "chairperson", "judge", "prosecutor", "attorney", "ceo", "founder", "leader",
			"deputy", "mp", "sir", "dame", "lord", "lady", "analyst", "researcher", "economist", "journalist",
			"correspondent", "reporter", "editor", "author", "writer", "historian", "expert", "activist", "blogger",
			"dissident", "politician", "commentator", "scholar", "scientist", "seismologist", "geologist", "officer",
			"chief", "aide", "adviser", "advisor", "negotiator", "oligarch", "businessman", "businesswoman",
			"tycoon", "billionaire", "commissioner", "rector", "lawyer", "candidate", "councillor", "councilor",
			"speaker", "head",
			// French
			"m", "mm", "mme", "mmes", "mlle", "pr", "président", "présidente", "vice-président", "vice-présidente",
			"ex-président", "ministre", "chancelier", "chancelière", "secrétaire", "sénateur", "sénatrice", "député",
			"députée", "gouverneur", "maire", "général", "capitaine", "amiral", "maréchal", "sergent", "commandant",
			"roi", "reine", "princesse", "pape", "patriarche", "archevêque", "évêque", "rabbin", "cheikh", "émir",
			"ambassadeur", "ambassadrice", "envoyé", "envoyée", "émissaire", "porte-parole", "directeur",
			"directrice", "pdg", "juge", "procureur", "procureure", "avocat", "avocate", "dirigeant", "dirigeante",
			"chef", "cheffe", "patron", "patronne", "fondateur", "fondatrice", "opposant", "opposante", "professeur",
			"professeure", "docteur", "chercheur", "chercheuse", "économiste", "historien", "historienne",
			"journaliste", "correspondant", "correspondante", "rédacteur", "rédactrice", "écrivain", "écrivaine",
			"auteur", "autrice", "analyste", "experte", "militant", "militante", "blogueur", "blogueuse",
			"dissidente", "politologue", "sismologue", "géologue", "conseiller", "conseillère", "négociateur",
			"oligarque", "milliardaire", "commissaire", "recteur", "rectrice", "candidat", "monsieur",
			"madame", "mademoiselle", "mgr", "homologue",
			// German
			"herr", "herrn", "frau", "präsident", "präsidentin", "kanzler", "kanzlerin", "ministerin",
			"premierminister", "premierministerin", "regierungschef", "regierungschefin", "staatschef",
			"staatschefin", "kremlchef", "chefin", "sprecher", "sprecherin", "generalsekretär", "generalsekretärin",
			"senatorin", "abgeordnete", "abgeordneter", "bürgermeister", "bürgermeisterin", "oberst", "leutnant",
			"hauptmann", "marschall", "kommandeur", "befehlshaber", "könig", "königin", "prinz", "prinzessin", "papst",
			"erzbischof", "bischof", "kardinal", "rabbiner", "scheich", "botschafter", "botschafterin", "gesandte",
			"gesandter", "direktor", "direktorin", "vorsitzende", "vorsitzender", "richter", "richterin",
					"staatsanwalt",
			"staatsanwältin", "anwalt", "anwältin", "gründer", "gründerin", "professorin", "doktor", "forscher",
			"forscherin", "ökonom", "ökonomin", "historiker", "historikerin", "journalistin", "korrespondent",
			"korrespondentin", "autorin", "schriftsteller", "schriftstellerin", "analystin", "expertin",
			"aktivist", "aktivistin", "politologe", "politologin", "seismologe", "seismologin", "berater",
			"beraterin", "unterhändler", "milliardär", "kommissar", "kommissarin", "rektor", "rektorin", "kandidat",
			"kandidatin", "oppositionsführer", "oppositionsführerin", "amtskollege", "amtskollegin",
			// Russian, nominative; the other cases are generated
			"президент", "вице-президент", "экс-президент", "премьер", "премьер-министр", "министр", "замминистра",
			"глава", "председатель", "зампред", "спикер", "пресс-секретарь", "представитель", "посол", "посланник",
			"генерал", "полковник", "подполковник", "майор", "капитан", "лейтенант", "адмирал", "маршал",
			"командующий", "главнокомандующий", "губернатор", "мэр", "канцлер", "король", "королева", "принц",
			"принцесса", "патриарх", "митрополит", "епископ", "раввин", "имам", "шейх", "эмир", "султан", "депутат",
			"сенатор", "директор", "гендиректор", "руководитель", "лидер", "основатель", "советник", "помощник",
			"генсек", "секретарь", "академик", "профессор", "доктор", "журналист", "корреспондент", "писатель",
			"историк", "экономист", "аналитик", "эксперт", "политолог", "активист", "блогер", "оппозиционер",
			"сейсмолог", "геолог", "олигарх", "бизнесмен", "миллиардер", "комиссар", "ректор", "кандидат",
			"господин", "госпожа", "г-н", "г-жа", "судья", "прокурор", "адвокат", "замглавы", "вице-премьер",
			"коллега"));

	/** Endings of German compound titles: Außenministerin, Kremlsprecher, Oppositionsführer. */
	private static final String[] GERMAN_COMPOUND_TITLE_ENDINGS = { "minister", "ministerin", "kanzler", "kanzlerin",
			"präsident", "präsidentin", "sprecher", "sprecherin", "sekretär", "sekretärin", "chef", "chefin",
			"botschafter", "botschafterin", "meister", "meisterin", "vorsitzende", "vorsitzender", "direktor",
			"direktorin", "general", "kommandeur", "berater", "beraterin", "führer", "führerin", "gouverneur",
			"kommissar", "kommissarin" };

	/** Words a sentence quoting someone puts before or after the name. */
	private static final Set<String> SPEECH_VERBS = new HashSet<>(List.of(
			"said", "says", "told", "tells", "added", "adds", "stated", "states", "declared", "declares",
			"announced", "announces", "noted", "notes", "stressed", "stresses", "warned", "warns", "explained",
			"explains", "wrote", "writes", "claimed", "claims", "argued", "argues", "insisted", "insists",
			"emphasized", "emphasised", "emphasizes", "emphasises", "confirmed", "confirms", "denied", "denies",
			"replied", "replies", "answered", "commented", "remarked", "acknowledged", "admitted", "believes",
			"believed", "suggested", "suggests", "urged", "urges", "promised", "vowed", "threatened", "predicted",
			"asserted", "observed", "concluded", "recalled", "tweeted", "posted", "reiterated", "accused",
			"déclaré", "déclare", "déclarait", "dit", "affirmé", "affirme", "affirmait", "ajouté", "ajoute",
			"souligné", "souligne", "estimé", "estime", "estimait", "expliqué", "explique", "annoncé", "annonce",
			"indiqué", "indique", "précisé", "précise", "assuré", "assure", "averti", "avertit", "rappelé", "rappelle",
			"répondu", "répond", "confié", "insisté", "insiste", "martelé", "martèle", "écrit", "lancé", "lance",
			"jugé", "reconnu", "reconnaît", "démenti", "dément", "nié", "prévenu", "prévient", "promis", "menacé",
			"dénoncé", "dénonce", "accusé", "commenté", "observé", "noté", "poursuivi", "poursuit", "conclu",
			"déploré", "regretté", "salué", "confirmé", "confirme", "raconté", "raconte", "témoigné", "témoigne",
			"sagte", "sagt", "sagten", "erklärte", "erklärt", "betonte", "betont", "meinte", "meint", "fügte",
			"warnte", "warnt", "kritisierte", "kritisiert", "schrieb", "schreibt", "äußerte", "bekräftigte",
			"verkündete", "kündigte", "behauptete", "behauptet", "bestätigte", "bestätigt", "dementierte",
			"antwortete", "forderte", "fordert", "erläuterte", "unterstrich", "räumte", "teilte", "mahnte",
			"drohte", "versicherte", "argumentierte", "beklagte", "gesagt", "zufolge",
			"заявил", "заявила", "заявили", "заявляет", "заявлял", "сказал", "сказала", "говорит", "говорил",
			"говорила", "отметил", "отметила", "отмечает", "подчеркнул", "подчеркнула", "подчеркивает",
			"сообщил", "сообщила", "сообщает", "добавил", "добавила", "пояснил", "пояснила", "заметил", "заметила",
			"указал", "указала", "объявил", "объявила", "написал", "написала", "пишет", "считает", "уверен",
			"уверена", "признал", "признала", "предупредил", "предупредила", "ответил", "ответила", "уточнил",
			"уточнила", "рассказал", "рассказала", "заверил", "заверила", "утверждает", "утверждал", "полагает",
			"призвал", "призвала", "пригрозил", "напомнил", "напомнила", "констатировал", "высказался",
			"прокомментировал", "отрицает", "обвинил", "выразил", "считал", "цитирует"));

	/** Auxiliaries between a name and its speech verb: "Lavrov a déclaré", "Scholz hat gesagt". */
	private static final Set<String> AUXILIARIES = Set.of("a", "avait", "aurait", "has", "had", "hat", "hatte",
			"also", "then", "later", "again", "aussi", "encore", "ensuite", "auch", "noch", "dann", "также", "ещё",
			"еще", "тогда", "уже");

	/** Nouns names of organisations are built on. */
	private static final Set<String> ORGANIZATION_HEADS = new HashSet<>(List.of(
			"ministry", "department", "agency", "institute", "university", "college", "bank", "committee",
			"council", "commission", "office", "service", "party", "foundation", "corporation", "company", "group",
			"association", "union", "federation", "court", "army", "academy", "center", "centre", "authority",
			"board", "bureau", "organisation", "organization", "fund", "society", "laboratory", "observatory",
			"survey", "police", "guard", "navy", "forces", "assembly", "parliament", "senate", "congress",
			"network", "school", "hospital", "museum", "library", "forum", "alliance", "movement", "front",
			"brigade", "regiment", "division", "corps", "command", "directorate", "administration", "tribunal",
			"chamber", "secretariat", "intelligence", "government", "cabinet", "presidency", "embassy", "consulate",
			"mission", "delegation", "militia", "gouvernement", "ambassade", "regierung", "botschaft",
			"ministère", "agence", "institut", "université", "école", "banque", "comité", "conseil",
			"parti", "fondation", "société", "groupe", "fédération", "cour", "armée", "académie", "autorité",
			"fonds", "observatoire", "laboratoire", "gendarmerie", "garde", "assemblée", "sénat", "direction",
			"mouvement", "chambre", "haut-commissariat", "secrétariat", "régiment",
			"ministerium", "bundesministerium", "amt", "bundesamt", "agentur", "universität", "hochschule",
			"ausschuss", "rat", "kommission", "büro", "dienst", "partei", "stiftung", "gesellschaft", "gruppe",
			"verband", "verein", "bund", "gericht", "armee", "akademie", "zentrum", "behörde", "polizei",
			"versammlung", "kammer", "bewegung", "allianz",
			"министерство", "ведомство", "агентство", "институт", "университет", "академия", "банк", "комитет",
			"совет", "комиссия", "служба", "партия", "фонд", "общество", "компания", "корпорация", "ассоциация",
			"союз", "федерация", "суд", "армия", "центр", "управление", "администрация", "департамент",
			"экспедиция", "учреждение", "предприятие", "обсерватория", "лаборатория", "дума", "собрание", "палата",
			"штаб", "бюро", "инспекция", "прокуратура", "полиция", "гвардия", "объединение", "концерн", "холдинг"));

	/** Heads that begin an organisation's name, followed by what it is of: "Ministry of ...", "Banque de ...". */
	private static final Set<String> LEADING_HEADS = new HashSet<>(List.of("ministry", "department", "agency",
			"institute", "university", "bank", "committee", "council", "commission", "office", "court", "academy",
			"center", "centre", "authority", "bureau", "organisation", "organization", "fund", "society", "museum",
			"directorate", "administration", "tribunal", "chamber", "federation", "union", "party", "association",
			"foundation", "ministère", "agence", "institut", "université", "école", "banque", "comité", "conseil",
			"parti", "fondation", "société", "fédération", "cour", "académie", "autorité", "fonds", "observatoire",
			"laboratoire", "assemblée", "direction", "mouvement", "chambre", "haut-commissariat", "secrétariat",
			"ministerium", "bundesministerium", "bundesamt", "universität", "ausschuss", "kommission",
			"stiftung", "gesellschaft", "verband", "akademie", "zentrum", "behörde"));

	/** Legal forms after a company's name: "Siemens AG", "Acme Inc.". */
	private static final Set<String> LEGAL_FORMS_AFTER = Set.of("gmbh", "ag", "se", "kg", "kgaa", "inc", "ltd", "llc",
			"corp", "plc", "sa", "sas", "sarl", "nv", "bv", "spa", "ab", "asa", "oy", "oyj", "co", "lp", "llp");

	/** Russian legal forms before a quoted name: ООО «Ромашка», ПАО «Газпром». */
	private static final Set<String> LEGAL_FORMS_BEFORE = Set.of("ооо", "оао", "зао", "пао", "ао", "фгуп", "гуп",
			"нко", "ано", "гу", "ргп", "фгбу", "фгбоу", "гбу", "муп", "ип", "тоо", "нао", "ргу");

	/** Words after a place's name that say what it is: "Kursk region", "Donetsk Oblast". */
	private static final Set<String> PLACE_WORDS_AFTER = Set.of("region", "oblast", "province", "district",
			"governorate", "county", "krai", "raion", "river", "mountains", "valley", "peninsula", "island",
			"islands", "sea", "lake", "strait", "desert", "basin", "plateau", "range");

	/** Words before a place's name: "Lake Baikal", "région de Koursk", "г. Караганда", "Oblast Kursk". */
	private static final Set<String> PLACE_WORDS_BEFORE = new HashSet<>(List.of("lake", "mount", "mt", "cape",
			"lac", "mont", "fleuve", "rivière", "île", "ville", "village", "région", "oblast", "province", "district",
			"bezirk", "provinz", "stadt", "dorf", "ortschaft", "gebiet", "region", "insel", "г", "с", "пос", "пгт",
			"оз", "р", "хр", "о", "ст", "город", "село", "поселок", "деревня", "озеро", "река", "остров",
			"полуостров", "хребет", "станица", "столица", "города", "городе", "городом", "села", "селе",
			"поселка", "поселке", "деревни", "деревне", "озера", "озере", "реки", "реке", "острова", "острове",
			"хребта", "станицы", "столицы", "столице"));

	/** Russian nouns an adjectival region name goes with: "Карагандинская область", "Алматинского района". */
	private static final Set<String> RUSSIAN_REGION_NOUNS = new HashSet<>();
	private static final Map<String, String> RUSSIAN_REGION_NOUN_NOMINATIVE = new HashMap<>();

	/** Prepositions after which a word in capitals is likely a place. */
	private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "outside", "à", "près", "в", "во",
			"вблизи", "около", "возле", "под");

	/** Capitalised words that are not names, whatever stands around them. */
	private static final Set<String> NOT_NAMES = new HashSet<>(List.of("monday", "tuesday", "wednesday", "thursday",
			"friday",
			"saturday", "sunday", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "montag",
			"dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "понедельник", "вторник", "среда",
			"четверг", "пятница", "суббота", "воскресенье", "god", "dieu", "gott", "бог", "table", "figure", "fig",
			"chapter", "section", "appendix", "annex", "part", "tableau", "chapitre", "annexe", "tabelle", "abbildung",
			"kapitel", "anhang", "таблица", "рис", "глава", "раздел", "приложение", "english", "french", "german",
			"russian", "anglais", "français", "allemand", "russe", "englisch", "französisch", "deutsch", "russisch",
			"internet", "web", "ok", "covid", "christmas", "easter", "noël", "pâques", "weihnachten", "ostern",
			"but", "and", "or", "yet", "however", "although", "mais", "et", "ou", "aber", "und", "oder", "doch", "но",
			"и", "а", "или", "однако", "thus", "hence", "ainsi", "donc", "also", "так", "поэтому", "here", "there",
			"ici", "hier", "dort", "здесь", "там", "yes", "no", "oui", "non", "ja", "nein", "да", "нет"));

	/** Words for nationalities and languages in capitals (English) or as adjectives; never a person's name. */
	private static final Pattern DEMONYM_ENDING = Pattern.compile(
			"\\p{L}+(?:ian|ians|ese|ish|ic|ean|eans|an|ans|i|is)|\\p{L}+(?:ien|ienne|iens|iennes|ais|aise|ois|oise)"
					+ "|\\p{L}+(?:isch|ische|ischen|ischer|isches)");

	private static final Set<String> KNOWN_DEMONYMS = Set.of("russian", "ukrainian", "american", "british",
			"french", "german", "chinese", "european", "western", "soviet", "kazakh", "belarusian", "polish",
			"turkish", "iranian", "israeli", "syrian", "georgian", "armenian", "japanese", "indian", "italian",
			"spanish", "dutch", "swedish", "finnish", "norwegian", "danish", "baltic", "african", "asian", "arab",
			"muslim", "christian", "jewish", "orthodox", "catholic", "nato", "allied", "northern", "southern",
			"eastern", "central", "federal", "national", "international", "global", "new", "old", "former", "acting",
			"russe", "ukrainien", "ukrainienne", "américain", "américaine", "britannique", "français", "française",
			"allemand", "allemande", "chinois", "chinoise", "européen", "européenne", "soviétique");

	private static final Map<String, String> COUNTRY_BY_ADJECTIVE_STEM = new HashMap<>();
	/** The first four letters of every stem, to rule most words out with one look-up. */
	private static final Set<String> ADJECTIVE_STEM_STARTS = new HashSet<>();
	private static final Map<String, String> RUSSIAN_HEAD_NOMINATIVE = new HashMap<>();

	static {
		for (String title : List.copyOf(TITLES)) {
			if (Transliteration.hasCyrillic(title) && title.indexOf('-') < 0 || title.equals("пресс-секретарь")
					|| title.equals("премьер-министр") || title.equals("вице-президент")) {
				boolean adjectival = title.endsWith("ий");
				List<String> forms = adjectival ? RussianInflection.personForms(title, Hint.MASCULINE)
						: RussianInflection.firstNameForms(title, Hint.MASCULINE);
				TITLES.addAll(forms);
			}
		}
		for (String head : List.copyOf(ORGANIZATION_HEADS)) {
			if (Transliteration.hasCyrillic(head)) {
				for (String form : RussianInflection.thingForms(head, Hint.NONE)) {
					ORGANIZATION_HEADS.add(form);
					RUSSIAN_HEAD_NOMINATIVE.putIfAbsent(form, head);
				}
			}
		}
		for (String noun : List.of("таблица", "рисунок", "глава", "раздел", "приложение", "примечание", "статья",
				"схема", "карта")) {
			for (String form : RussianInflection.thingForms(noun, Hint.NONE)) {
				NOT_NAMES.add(form);
			}
			for (String form : RussianInflection.thingForms(noun + "ы", Hint.PLURAL)) {
				NOT_NAMES.add(form);
			}
		}
		NOT_NAMES.addAll(List.of("приложениях", "приложениям", "таблицах", "таблицам", "рисунках", "разделах",
				"главах"));
		for (String noun : List.of("область", "район", "округ", "край", "республика")) {
			for (String form : RussianInflection.thingForms(noun, Hint.FEMININE)) {
				RUSSIAN_REGION_NOUNS.add(form);
				RUSSIAN_REGION_NOUN_NOMINATIVE.put(form, noun);
			}
		}
		countries("Russia", "russ", "российск", "русск");
		countries("Ukraine", "ukrain", "украинск");
		countries("France", "françai", "french", "französisch", "французск");
		countries("Germany", "allemand", "german", "deutsch", "германск", "немецк");
		countries("United States", "américain", "american", "amerikanisch", "американск");
		countries("United Kingdom", "britanni", "british", "britisch", "британск");
		countries("China", "chinois", "chinese", "chinesisch", "китайск");
		countries("Kazakhstan", "kazakh", "kasachisch", "казахстанск", "казахск");
		countries("Belarus", "biélorusse", "belarus", "belarussisch", "белорусск");
		countries("Poland", "polonais", "polish", "polnisch", "польск");
		countries("Turkey", "turc", "turkish", "türkisch", "турецк");
		countries("Iran", "iranien", "iranian", "iranisch", "иранск");
		countries("Israel", "israélien", "israeli", "israelisch", "израильск");
		countries("Japan", "japonais", "japanese", "japanisch", "японск");
		countries("India", "indien", "indian", "indisch", "индийск");
		countries("Italy", "italien", "italian", "italienisch", "итальянск");
		countries("Spain", "espagnol", "spanish", "spanisch", "испанск");
		countries("Canada", "canadien", "canadian", "kanadisch", "канадск");
		countries("Georgia", "géorgien", "georgian", "georgisch", "грузинск");
		countries("Armenia", "arménien", "armenian", "armenisch", "армянск");
		countries("Azerbaijan", "azerbaïdjanais", "azerbaijani", "aserbaidschanisch", "азербайджанск");
		countries("Moldova", "moldave", "moldovan", "moldauisch", "молдавск", "молдовск");
		countries("Kyrgyzstan", "kirghiz", "kyrgyz", "kirgisisch", "киргизск", "кыргызск");
		countries("Uzbekistan", "ouzbek", "uzbek", "usbekisch", "узбекск");
		countries("Sweden", "suédois", "swedish", "schwedisch", "шведск");
		countries("Finland", "finlandais", "finnish", "finnisch", "финск", "финляндск");
		countries("Norway", "norvégien", "norwegian", "norwegisch", "норвежск");
		countries("Estonia", "estonien", "estonian", "estnisch", "эстонск");
		countries("Latvia", "letton", "latvian", "lettisch", "латвийск");
		countries("Lithuania", "lituanien", "lithuanian", "litauisch", "литовск");
		countries("Syria", "syrien", "syrian", "syrisch", "сирийск");
		countries("North Korea", "nord-coréen", "north korean", "nordkoreanisch", "северокорейск");
		countries("Austria", "autrichien", "austrian", "österreichisch", "австрийск");
		countries("Switzerland", "suisse", "swiss", "schweizerisch", "швейцарск");
	}

	private static final Map<String, Integer> CLASSES = new HashMap<>();
	/**
	 * Words already classified, shared by all threads: a text's words are mostly the same few thousand, and
	 * classifying one takes some thirty look-ups. Bounded, so that a stream of odd words cannot fill the heap.
	 */
	private static final Map<String, Integer> CLASSIFIED = new java.util.concurrent.ConcurrentHashMap<>();
	private static final int MOST_WORDS_REMEMBERED = 200_000;

	static {
		classes(TITLES, TITLE);
		classes(SPEECH_VERBS, SPEECH_VERB);
		classes(AUXILIARIES, AUXILIARY);
		classes(ORGANIZATION_HEADS, ORGANIZATION_HEAD);
		classes(LEADING_HEADS, LEADING_HEAD);
		ORGANIZATION_HEADS.stream().filter(Transliteration::hasCyrillic).forEach(head -> classes(Set.of(head),
				LEADING_HEAD));
		classes(LEGAL_FORMS_AFTER, LEGAL_FORM_AFTER);
		classes(LEGAL_FORMS_BEFORE, LEGAL_FORM_BEFORE);
		classes(PLACE_WORDS_BEFORE, PLACE_WORD_BEFORE);
		classes(PLACE_WORDS_AFTER, PLACE_WORD_AFTER);
		classes(PLACE_PREPOSITIONS, PLACE_PREPOSITION);
		classes(NOT_NAMES, NOT_A_NAME);
		classes(KNOWN_DEMONYMS, DEMONYM);
		classes(RUSSIAN_REGION_NOUNS, REGION_NOUN);
	}

	private Lexicon() {
	}

	private static void classes(Set<String> words, int wordClass) {
		for (String word : words) {
			CLASSES.merge(word, wordClass, (a, b) -> a | b);
		}
	}

	/**
	 * What a word in lower case can be, as a mask of {@link #TITLE}, {@link #SPEECH_VERB} ... Besides the
	 * listed words: German compound titles (Außenministerin, Kremlsprecher), hyphenated titles whose last part
	 * is one (Major-General), adjectives of nationality in any form, grammatical words, month names, and the
	 * words that name ministries.
	 */
	static int classify(String lowerCaseWord) {
		Integer known = CLASSIFIED.get(lowerCaseWord);
		if (known != null) {
			return known;
		}
		int classes = classifyAnew(lowerCaseWord);
		if (CLASSIFIED.size() < MOST_WORDS_REMEMBERED) {
			CLASSIFIED.put(lowerCaseWord, classes);
		}
		return classes;
	}

	private static int classifyAnew(String lowerCaseWord) {
		int classes = CLASSES.getOrDefault(lowerCaseWord, 0);
		if ((classes & TITLE) == 0 && isCompoundTitle(lowerCaseWord)) {
			classes |= TITLE;
		}
		if (countryOfAdjective(lowerCaseWord) != null) {
			classes |= DEMONYM;
		}
		if (FunctionWords.isGrammatical(lowerCaseWord)) {
			classes |= GRAMMATICAL;
		}
		if (MonthNames.isMonthForm(lowerCaseWord)) {
			classes |= MONTH;
		}
		if (isMinistryWord(lowerCaseWord)) {
			classes |= MINISTRY;
		}
		return classes;
	}

	private static boolean isCompoundTitle(String lowerCaseWord) {
		for (String ending : GERMAN_COMPOUND_TITLE_ENDINGS) {
			if (lowerCaseWord.endsWith(ending) && lowerCaseWord.length() >= ending.length() + 3
					&& Character.isLetter(lowerCaseWord.charAt(lowerCaseWord.length() - ending.length() - 1))) {
				return true;
			}
		}
		int hyphen = lowerCaseWord.lastIndexOf('-');
		return hyphen > 0 && hyphen < lowerCaseWord.length() - 1
				&& TITLES.contains(lowerCaseWord.substring(hyphen + 1));
	}

	private static boolean isMinistryWord(String lowerCaseWord) {
		return lowerCaseWord.startsWith("ministr") || lowerCaseWord.startsWith("ministère")
				|| lowerCaseWord.startsWith("bundesministerium") || lowerCaseWord.startsWith("министерств")
				|| lowerCaseWord.endsWith("ministerium") || lowerCaseWord.equals("department");
	}

	private static void countries(String country, String... stems) {
		for (String stem : stems) {
			COUNTRY_BY_ADJECTIVE_STEM.put(stem, country);
			ADJECTIVE_STEM_STARTS.add(stem.substring(0, 4));
		}
	}

	/** The nominative of a Russian organisation noun in any case ("министерства" is "министерство"), or null. */
	static String russianHeadNominative(String lowerCaseWord) {
		return RUSSIAN_HEAD_NOMINATIVE.get(lowerCaseWord);
	}

	static String russianRegionNounNominative(String lowerCaseWord) {
		return RUSSIAN_REGION_NOUN_NOMINATIVE.get(lowerCaseWord);
	}

	/** Whether a word has the ending of a nationality adjective; a weak sign, for single unknown words. */
	static boolean looksLikeDemonym(String lowerCaseWord) {
		return DEMONYM_ENDING.matcher(lowerCaseWord).matches();
	}

	/** The country an adjective of nationality refers to ("russe", "russische", "российского"), or null. */
	static String countryOfAdjective(String lowerCaseWord) {
		if (lowerCaseWord.length() < 4 || !ADJECTIVE_STEM_STARTS.contains(lowerCaseWord.substring(0, 4))) {
			return null;
		}
		for (int length = Math.min(lowerCaseWord.length(), 18); length >= 4; length--) {
			String country = COUNTRY_BY_ADJECTIVE_STEM.get(lowerCaseWord.substring(0, length));
			if (country != null) {
				return country;
			}
		}
		return null;
	}

	/** Ministries by what they are in charge of, in the four languages, to give them one English name. */
	private static final String[][] MINISTRY_TOPICS = {
			{ "Defence", "défense|defen[cs]e|verteidigung|оборон" },
			{ "Foreign Affairs", "affaires étrangères|foreign|auswärtig|äußer|außen|иностранных дел" },
			{ "Internal Affairs", "intérieur|interior|home affairs|innern|inneres|innen|внутренних дел" },
			{ "Finance", "financ|finanz|финанс" },
			{ "Justice", "justice|justiz|юстици" },
			{ "Health", "santé|health|gesundheit|здравоохранени" },
			{ "Education", "éducation|education|bildung|образовани|просвещени" },
			{ "Science", "science|wissenschaft|наук" },
			{ "Energy", "énergie|energy|energie|энергетик" },
			{ "Economy", "économie|econom|(?<!land)wirtschaft|экономи" },
			{ "Emergency Situations", "чрезвычайн|emergenc|urgence" },
			{ "Culture", "culture|kultur|культур" },
			{ "Agriculture", "agricult|landwirtschaft|сельского хозяйства" },
			{ "Transport", "transport|verkehr" },
			{ "Labour", "travail|labou?r|arbeit|труда" },
			{ "Digital Development", "numérique|digital|цифров" },
			{ "Environment", "environnement|environment|umwelt|природных ресурсов|экологи" },
			{ "Trade", "commerce|trade|handel|торговл" },
			{ "Industry", "industr|промышленност" } };

	private static final Pattern[] MINISTRY_TOPIC_PATTERNS = new Pattern[MINISTRY_TOPICS.length];

	static {
		for (int i = 0; i < MINISTRY_TOPICS.length; i++) {
			MINISTRY_TOPIC_PATTERNS[i] = Pattern.compile(MINISTRY_TOPICS[i][1]);
		}
	}

	/** "Defence", "Education and Science" ... for the words of a ministry's name, or null. */
	static String ministryTopic(String lowerCaseName) {
		StringBuilder topic = new StringBuilder();
		for (int i = 0; i < MINISTRY_TOPICS.length; i++) {
			if (MINISTRY_TOPIC_PATTERNS[i].matcher(lowerCaseName).find()) {
				if (!topic.isEmpty()) {
					topic.append(" and ");
				}
				topic.append(MINISTRY_TOPICS[i][0]);
			}
		}
		return topic.isEmpty() ? null : topic.toString();
	}
}
