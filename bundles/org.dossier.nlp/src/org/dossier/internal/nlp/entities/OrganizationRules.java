package org.dossier.internal.nlp.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.dossier.internal.nlp.FunctionWords;
import org.dossier.internal.nlp.entities.Candidate.Source;
import org.dossier.nlp.EntityMention.Kind;

/**
 * Names of organisations the gazetteer does not list, from the nouns they are built on:
 * <ul>
 * <li>a head and what it is of: "Ministry of Defence", "Banque de France", "Institut für Weltwirtschaft",
 * "Министерства образования и науки Республики Казахстан", "Институт геофизических исследований";</li>
 * <li>names before a head: "Russian Defence Ministry", "Levada Center", German compounds such as
 * "Verteidigungsministerium";</li>
 * <li>legal forms: "Siemens AG", "Acme Inc.", "ООО «Ромашка»";</li>
 * <li>as a weak guess, words of two to six capitals that are not roman numerals, units, currencies or
 * headings: "СОМЭ", "ISW".</li>
 * </ul>
 * Ministries get one English name whatever the language, with their country when the text gives it: "the
 * Russian Defence Ministry", "le ministère russe de la Défense", "das russische Verteidigungsministerium"
 * and "Министерство обороны России" are all "Ministry of Defence (Russia)".
 */
final class OrganizationRules {

	private static final int LONGEST_NAME = 12;

	private static final Set<String> CONNECTORS = Set.of("of", "for", "on", "the", "and", "&", "de", "du", "des",
			"d", "la", "l", "le", "les", "pour", "sur", "et", "für", "der", "die", "und", "von", "zur", "zum", "im",
					"am",
			"'", "en");

	/** Russian words that join a complement to an organisation's name: "Комитет по атомной энергии". */
	private static final Set<String> RUSSIAN_CONNECTORS = Set.of("и", "по");

	/** Russian nouns of administrative units whose proper name may follow in capitals: Республики Казахстан. */
	private static final Set<String> RUSSIAN_UNIT_GENITIVES = Set.of("республики", "федерации", "области", "края",
			"района", "города", "округа");

	private static final Pattern FRENCH_ADJECTIVE = Pattern.compile("\\p{Ll}+(?:al|ale|aux|ales|ique|iques|ien|ienne"
			+ "|ais|aise|el|elle|aire|aires|if|ive|é|ée|és|ées|ain|aine|ois|oise|eur|rice|ant|ante|ent|ente|iste"
			+ "|ier|ière)");

	private static final String[] RUSSIAN_VERB_ENDINGS = { "л", "ла", "ли", "ло", "ет", "ит", "ут", "ют", "ят",
			"ть", "ся", "сь", "ёт" };

	private static final String[] RUSSIAN_CHAIN_ENDINGS = { "ого", "его", "ому", "ему", "ым", "им", "ых", "их", "ой",
			"ей", "ий", "ый", "ая", "яя", "ое", "ее", "ые", "ие", "ую", "юю", "ов", "ев", "а", "я", "ы", "и", "ам",
			"ям", "ами", "ями", "ах", "ях", "ом", "ем", "у", "ю", "е", "ний", "ств" };

	/** Words of capitals that are not organisations: units, currencies, scales, common abbreviations. */
	private static final Set<String> NOT_ACRONYMS = Set.of(
			"ok", "tv", "pc", "pdf", "url", "html", "http", "https", "xml", "json", "csv", "phd", "ceo", "cfo", "cto",
					"gdp",
			"gnp", "cpi", "vat", "id", "ai", "it", "iq", "dna", "rna", "hiv", "aids", "sms", "gps", "usb", "led",
					"lcd", "cd",
			"dvd", "faq", "ps", "nb", "am", "pm", "bc", "ad", "ce", "bce", "utc", "gmt", "cet", "msk", "isbn", "issn",
					"doi",
			"asap", "km", "kg", "mw", "gw", "kw", "mhz", "ghz", "hz", "mb", "gb", "tb", "kb", "db", "ppm", "mph", "cm",
					"mm",
			"ml", "kwh", "mwh", "gwh", "twh", "rpm", "usd", "eur", "rub", "gbp", "chf", "jpy", "cny", "uah", "kzt",
					"byn",
			"sek", "nok", "pln", "try", "inr", "mpva", "mpv", "ms", "md", "mlh", "кр", "мрva", "ввп", "ндс", "сми",
					"дтп",
			"чп", "чс", "ии", "тв", "пк", "днк", "спид", "вич", "эвм", "км", "кг", "млн", "млрд", "тыс", "руб", "долл",
					"an",
			"the", "and", "of", "le", "la", "de", "et", "der", "die", "und", "в", "и", "на", "usa", "pib", "tva", "ue",
					"mwt",
			"gmbh", "ag", "sa", "se", "inc", "ltd", "llc", "plc", "co", "nv", "bv", "rfc", "iso", "din", "gost", "гост",
			"снип", "ссср", "гг", "вв", "рис", "табл", "a", "b", "c", "mpa", "гпа", "мпа", "кпа", "mn", "mpsp", "mlv",
					"mpvа",
			"ks", "кв", "мв", "ic", "no", "so", "us", "we", "is", "or", "to", "in", "on", "at", "by", "be", "he", "me");

	private static final Pattern ROMAN_NUMERAL = Pattern.compile("[IVXLCDMІХ]+");

	private OrganizationRules() {
	}

	static List<Candidate> find(EntitySearch search) {
		List<Candidate> found = new ArrayList<>();
		Tokens tokens = search.tokens;
		for (int t = 0; t < tokens.size(); t++) {
			if (!tokens.isWord(t) || search.known(t)) {
				continue;
			}
			String lower = tokens.lower(t);
			Candidate candidate = null;
			if (tokens.is(t, Tokens.CYRILLIC)) {
				if (search.is(t, Lexicon.ORGANIZATION_HEAD)) {
					candidate = russian(search, t);
				} else if (search.is(t, Lexicon.LEGAL_FORM_BEFORE) && tokens.is(t, Tokens.ALL_CAPS)) {
					candidate = legalFormBefore(search, t);
				}
			} else if (search.is(t, Lexicon.LEADING_HEAD) && (tokens.is(t, Tokens.CAPITALISED)
					|| search.is(t, Lexicon.MINISTRY))) {
				candidate = leadingHead(search, t);
			}
			if (candidate == null && !tokens.is(t, Tokens.CYRILLIC)) {
				if (search.is(t, Lexicon.ORGANIZATION_HEAD) && tokens.is(t, Tokens.CAPITALISED)
						&& !tokens.is(t, Tokens.ALL_CAPS)) {
					candidate = trailingHead(search, t, t + 1);
				} else if (search.is(t, Lexicon.LEGAL_FORM_AFTER) && !tokens.is(t, Tokens.LOWER_CASE)) {
					candidate = trailingHead(search, t, legalFormEnd(tokens, t));
				} else if (lower.length() > 12 && lower.endsWith("ministerium") && tokens.is(t, Tokens.CAPITALISED)) {
					candidate = germanMinistry(search, t);
				}
			}
			if (candidate != null) {
				found.add(candidate);
				t = Math.max(t, candidate.end() - 1);
			}
		}
		return found;
	}

	/** "Ministry of Defence", "Banque de France", "Institute for the Study of War", "ministère de l'Intérieur". */
	private static Candidate leadingHead(EntitySearch search, int head) {
		Tokens tokens = search.tokens;
		boolean french = search.inLanguage("fr") || search.languageUnknown();
		int end = -1;
		int u = head + 1;
		boolean afterConnector = false;
		int lowerCaseAfterConnector = 0;
		while (u < tokens.size() && u - head < LONGEST_NAME && !tokens.lineBreakBefore(u)) {
			if (!tokens.isWord(u)) {
				if (tokens.punctuation(u) == '\'' || tokens.punctuation(u) == '&') {
					u++;
					continue;
				}
				break;
			}
			String lower = tokens.lower(u);
			if (search.known(u)) {
				Candidate known = search.gazetteerAt[u];
				if (known.kind() == Kind.PERSON) {
					break;
				}
				u = known.end();
				end = u;
				afterConnector = false;
			} else if (CONNECTORS.contains(lower)) {
				u++;
				afterConnector = true;
				lowerCaseAfterConnector = 0;
			} else if (tokens.is(u, Tokens.CAPITALISED) && !search.is(u, Lexicon.TITLE) && !search.isFirstName(u)
					&& !search.is(u, Lexicon.SPEECH_VERB)) {
				u++;
				end = u;
				afterConnector = false;
			} else if (french && tokens.is(u, Tokens.LOWER_CASE) && (FRENCH_ADJECTIVE.matcher(lower).matches()
					&& (end < 0 || u == end) || afterConnector && lowerCaseAfterConnector < 1
					&& !FunctionWords.isGrammatical(lower)
							&& !search.is(u, Lexicon.SPEECH_VERB))) {
				if (afterConnector) {
					lowerCaseAfterConnector++;
				}
				u++;
				end = u;
			} else {
				break;
			}
		}
		if (end < 0) {
			return null;
		}
		String headLower = tokens.lower(head);
		boolean ministry = search.is(head, Lexicon.MINISTRY);
		if (!tokens.is(head, Tokens.CAPITALISED) && !hasCapitalAfter(tokens, head, end)) {
			return null;
		}
		if (tokens.is(head, Tokens.SENTENCE_START) && !ministry && !hasCapitalAfter(tokens, head, end)) {
			return null;
		}
		String canonical = ministry ? ministryName(search, head, end) : null;
		return new Candidate(head, end, Kind.ORGANIZATION, canonical != null ? canonical : surface(tokens, head, end),
				null, null, 0.75, Source.ORGANIZATION_PATTERN);
	}

	private static boolean hasCapitalAfter(Tokens tokens, int head, int end) {
		for (int t = head + 1; t < end; t++) {
			if (tokens.is(t, Tokens.CAPITALISED)) {
				return true;
			}
		}
		return false;
	}

	/** "Russian Defence Ministry", "Levada Center", "Siemens AG": capitalised words before a head. */
	private static Candidate trailingHead(EntitySearch search, int head, int end) {
		Tokens tokens = search.tokens;
		int start = head;
		int u = head - 1;
		while (u >= 0 && head - u < LONGEST_NAME && !tokens.lineBreakBefore(u + 1)) {
			if (!tokens.isWord(u)) {
				if (tokens.punctuation(u) == '&' || tokens.punctuation(u) == '-') {
					u--;
					continue;
				}
				break;
			}
			String lower = tokens.lower(u);
			if (search.known(u) && search.gazetteerAt[u].kind() != Kind.PERSON) {
				start = search.gazetteerAt[u].first();
				u = start - 1;
			} else if (tokens.is(u, Tokens.CAPITALISED) && !FunctionWords.isGrammatical(lower)
					&& !search.is(u, Lexicon.TITLE)
					&& !search.known(u) && !search.is(u, Lexicon.NOT_A_NAME)) {
				start = u;
				u--;
			} else if ((lower.equals("of") || lower.equals("and") || lower.equals("for")) && u > 0
					&& tokens.is(u - 1, Tokens.CAPITALISED)) {
				u--;
			} else {
				break;
			}
		}
		if (start == head || isNameOfALaw(tokens, start)) {
			return null;
		}
		String headLower = tokens.lower(head);
		String canonical = search.is(head, Lexicon.MINISTRY) ? ministryName(search, start, end) : null;
		return new Candidate(start, end, Kind.ORGANIZATION, canonical != null ? canonical : surface(tokens, start, end),
				null, null, 0.75, Source.ORGANIZATION_PATTERN);
	}

	/** "the Law on Military Duty and Military Service" names a law, not an organisation. */
	private static boolean isNameOfALaw(Tokens tokens, int start) {
		return tokens.isWord(start - 1)
				&& Set.of("on", "of", "sur", "über", "о", "об").contains(tokens.lower(start - 1))
				&& tokens.isWord(start - 2)
				&& Set.of("law", "act", "decree", "loi", "décret", "gesetz", "закон", "указ")
						.contains(tokens.lower(start - 2));
	}

	/** "Inc." keeps its period, "S.A." all of it. */
	private static int legalFormEnd(Tokens tokens, int t) {
		int end = t + 1;
		if (tokens.isPunctuation(end, '.') && tokens.begin(end) == tokens.end(t)) {
			end++;
		}
		return end;
	}

	/** "Verteidigungsministerium", with the country from an adjective before it or a genitive after it. */
	private static Candidate germanMinistry(EntitySearch search, int t) {
		Tokens tokens = search.tokens;
		int end = t + 1;
		if (tokens.isWord(end) && (tokens.lower(end).equals("der") || tokens.lower(end).equals("des"))
				&& search.known(end + 1, Kind.LOCATION)) {
			end = search.gazetteerAt[end + 1].end();
		} else if (search.known(end, Kind.LOCATION) && tokens.lower(end).endsWith("s")) {
			end = search.gazetteerAt[end].end();
		}
		String canonical = ministryName(search, t, end);
		return new Candidate(t, end, Kind.ORGANIZATION, canonical != null ? canonical : surface(tokens, t, end), null,
				null,
				0.75, Source.ORGANIZATION_PATTERN);
	}

	/** "ООО «Ромашка»": a Russian legal form before a quoted name. */
	private static Candidate legalFormBefore(EntitySearch search, int t) {
		int close = closingQuote(search.tokens, t + 1);
		if (close < 0) {
			return null;
		}
		return new Candidate(t, close + 1, Kind.ORGANIZATION, surface(search.tokens, t, close + 1), null, null, 0.8,
				Source.ORGANIZATION_PATTERN);
	}

	/** The closing quotation mark of a quotation opening at {@code t} on the same line, or -1. */
	private static int closingQuote(Tokens tokens, int t) {
		char open = tokens.punctuation(t);
		char close = switch (open) {
			case '«' -> '»';
			case '"' -> '"';
			case '“' -> '”';
			case '„' -> '“';
			default -> 0;
		};
		if (close == 0) {
			return -1;
		}
		for (int u = t + 1; u < tokens.size() && u - t < LONGEST_NAME; u++) {
			if (tokens.lineBreakBefore(u) && u > t + 1 && tokens.paragraphBreakBefore(u)) {
				return -1;
			}
			if (tokens.punctuation(u) == close) {
				return u > t + 1 ? u : -1;
			}
		}
		return -1;
	}

	/**
	 * A Russian organisation around a head noun in any case: the adjectives before it ("Республиканским
	 * государственным предприятием"), a quoted name after it, and the complements in the genitive ("образования
	 * и науки Республики Казахстан"). The name needs a capital somewhere at its start or a quoted part, or to be
	 * a ministry: "министерство" alone in lower case is a common noun.
	 */
	private static Candidate russian(EntitySearch search, int head) {
		Tokens tokens = search.tokens;
		int start = head;
		while (start - 1 >= 0 && head - start < 3 && tokens.isWord(start - 1) && tokens.is(start - 1, Tokens.CYRILLIC)
				&& !search.known(start - 1) && isRussianAdjective(tokens.lower(start - 1))
				&& !tokens.lineBreakBefore(start)) {
			start--;
		}
		while (start < head && !tokens.is(start, Tokens.CAPITALISED)) {
			start++;
		}
		int end = head + 1;
		boolean quoted = false;
		int close = closingQuote(tokens, end);
		if (close > 0) {
			end = close + 1;
			quoted = true;
		}
		int u = end;
		int words = 0;
		boolean previousIsUnit = false;
		while (u < tokens.size() && words < 8 && !tokens.paragraphBreakBefore(u)) {
			if (!tokens.isWord(u)) {
				int closing = closingQuote(tokens, u);
				if (closing > 0 && u == end) {
					u = closing + 1;
					end = u;
					continue;
				}
				break;
			}
			String lower = tokens.lower(u);
			if (search.known(u)) {
				Candidate known = search.gazetteerAt[u];
				if (known.kind() == Kind.PERSON || known.kind() == Kind.ORGANIZATION && known.length() > 1) {
					break;
				}
				u = known.end();
				end = u;
				previousIsUnit = false;
			} else if (RUSSIAN_CONNECTORS.contains(lower) && tokens.isWord(u + 1) && chains(search, u + 1, false)) {
				u++;
			} else if (chains(search, u, previousIsUnit)) {
				previousIsUnit = RUSSIAN_UNIT_GENITIVES.contains(lower);
				u++;
				end = u;
			} else {
				break;
			}
			words++;
		}
		boolean ministry = search.is(head, Lexicon.MINISTRY);
		boolean capitalised = tokens.is(start, Tokens.CAPITALISED)
				&& !(tokens.is(start, Tokens.SENTENCE_START) && start == head && end == head + 1);
		if (!capitalised && !quoted && !(ministry && end > head + 1)) {
			return null;
		}
		if (end == head + 1 && start == head) {
			return null;
		}
		String canonical = ministry ? ministryName(search, start, end) : null;
		if (canonical == null) {
			canonical = russianNominative(search, start, head, end);
		}
		return new Candidate(start, end, Kind.ORGANIZATION, canonical, null, null, 0.75, Source.ORGANIZATION_PATTERN);
	}

	private static boolean chains(EntitySearch search, int t, boolean afterUnit) {
		Tokens tokens = search.tokens;
		if (!tokens.isWord(t) || !tokens.is(t, Tokens.CYRILLIC) || search.known(t)) {
			return search.known(t, Kind.LOCATION);
		}
		String lower = tokens.lower(t);
		if (tokens.is(t, Tokens.CAPITALISED)) {
			return !tokens.is(t, Tokens.SENTENCE_START) && (afterUnit || search.is(t, Lexicon.ORGANIZATION_HEAD)
					|| RUSSIAN_UNIT_GENITIVES.contains(lower)) && !search.isFirstName(t);
		}
		if (FunctionWords.isGrammatical(lower) || lower.length() < 3) {
			return false;
		}
		for (String ending : RUSSIAN_VERB_ENDINGS) {
			if (lower.endsWith(ending)) {
				return false;
			}
		}
		for (String ending : RUSSIAN_CHAIN_ENDINGS) {
			if (lower.endsWith(ending)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isRussianAdjective(String lower) {
		for (String ending : new String[] { "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его",
				"ому", "ему", "ым", "им", "ом", "ем", "ую", "юю", "ых", "их", "ыми", "ими", "ей" }) {
			if (lower.endsWith(ending) && lower.length() > ending.length() + 3) {
				return true;
			}
		}
		return false;
	}

	/** The name of a Russian organisation with its head and adjectives in the nominative. */
	private static String russianNominative(EntitySearch search, int start, int head, int end) {
		Tokens tokens = search.tokens;
		String headNominative = Lexicon.russianHeadNominative(tokens.lower(head));
		if (headNominative == null) {
			return surface(tokens, start, end);
		}
		char gender = headNominative.endsWith("о") || headNominative.endsWith("е") ? 'n'
				: headNominative.endsWith("а") || headNominative.endsWith("я") ? 'f' : 'm';
		StringBuilder name = new StringBuilder();
		for (int t = start; t < head; t++) {
			name.append(adjectiveNominative(tokens.key(t), gender)).append(' ');
		}
		String capitalisedHead = tokens.is(head, Tokens.CAPITALISED) && !tokens.is(head, Tokens.ALL_CAPS)
				? headNominative.substring(0, 1).toUpperCase(Locale.ROOT) + headNominative.substring(1)
				: headNominative;
		name.append(capitalisedHead);
		if (end > head + 1) {
			name.append(' ').append(surface(tokens, head + 1, end));
		}
		return name.toString();
	}

	private static String adjectiveNominative(String adjective, char gender) {
		String lower = adjective.toLowerCase(Locale.ROOT);
		for (String ending : new String[] { "ыми", "ими", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ой",
				"ей", "ую", "юю", "ая", "яя", "ое", "ее", "ый", "ий", "ых", "их", "ые", "ие" }) {
			if (lower.endsWith(ending)) {
				String stem = adjective.substring(0, adjective.length() - ending.length());
				char last = stem.isEmpty() ? ' ' : Character.toLowerCase(stem.charAt(stem.length() - 1));
				boolean soft = "кгхжшчщ".indexOf(last) >= 0 || "еиюя".indexOf(ending.charAt(0)) >= 0;
				return stem + switch (gender) {
					case 'f' -> "ая";
					case 'n' -> "ое";
					default -> soft ? "ий" : "ый";
				};
			}
		}
		return adjective;
	}

	/** "Ministry of Defence (Russia)" for a ministry's name in any of the languages, or null when unclear. */
	private static String ministryName(EntitySearch search, int start, int end) {
		Tokens tokens = search.tokens;
		String words = tokens.text().substring(tokens.begin(start), tokens.end(end - 1)).toLowerCase(Locale.ROOT);
		String topic = Lexicon.ministryTopic(words);
		if (topic == null) {
			return null;
		}
		String country = null;
		for (int t = start; t < end && country == null; t++) {
			Candidate known = search.gazetteerAt[t];
			if (known != null && known.kind() == Kind.LOCATION && "country".equals(category(search, known))) {
				country = known.canonicalName();
			} else if (tokens.isWord(t)) {
				country = Lexicon.countryOfAdjective(tokens.lower(t));
			}
		}
		for (int t = start - 1; t >= Math.max(0, start - 2) && country == null; t--) {
			if (tokens.isWord(t)) {
				country = Lexicon.countryOfAdjective(tokens.lower(t));
			}
		}
		for (int t = end; t < Math.min(tokens.size(), end + 3) && country == null; t++) {
			if (tokens.isWord(t) && !FunctionWords.isGrammatical(tokens.lower(t))) {
				country = Lexicon.countryOfAdjective(tokens.lower(t));
				break;
			}
		}
		return "Ministry of " + topic + (country == null ? "" : " (" + country + ")");
	}

	private static String category(EntitySearch search, Candidate known) {
		return search.index.byCanonicalName(known.canonicalName()).category();
	}

	static String surface(Tokens tokens, int first, int end) {
		return tokens.text().substring(tokens.begin(first), tokens.end(end - 1)).replaceAll("\\s+", " ");
	}

	/** Words of two to six capitals, a weak sign of an organisation. */
	static List<Candidate> findAcronyms(EntitySearch search) {
		List<Candidate> found = new ArrayList<>();
		Tokens tokens = search.tokens;
		boolean[] headingLine = headingLines(tokens);
		for (int t = 0; t < tokens.size(); t++) {
			if (!tokens.is(t, Tokens.ALL_CAPS) || search.known(t) || headingLine[t]) {
				continue;
			}
			String word = tokens.key(t);
			int length = word.length();
			if (length < 2 || length > 6 || !word.chars().allMatch(Character::isLetter) || !inOneScript(word)
					|| isCodeOfTheNameBefore(tokens, t)) {
				continue;
			}
			String lower = tokens.lower(t);
			if (NOT_ACRONYMS.contains(lower) || ROMAN_NUMERAL.matcher(word).matches()
					|| tokens.is(t - 1, Tokens.DIGIT_START) || tokens.isPunctuation(t + 1, '=')
					|| tokens.isPunctuation(t - 1, '=') || tokens.isPunctuation(t + 1, '.') && length <= 2) {
				continue;
			}
			found.add(new Candidate(t, t + 1, Kind.ORGANIZATION, word, null, null, 0.5, Source.ACRONYM));
		}
		return found;
	}

	/** Whether a word is written in Latin or in Cyrillic letters only: "ΣЕ" (a sum of energies) is no acronym. */
	private static boolean inOneScript(String word) {
		boolean cyrillic = Transliteration.isCyrillic(word.charAt(0));
		boolean latin = word.charAt(0) < 0x250;
		return word.chars().allMatch(c -> cyrillic ? Transliteration.isCyrillic((char) c) : latin && c < 0x250);
	}

	/**
	 * Whether capitals in brackets give the code of the name before them rather than an organisation's
	 * acronym: after a name in quotation marks ("«Боровое» (BRVK)") or after a name of one word in the other
	 * script ("группа Акбулак (ABKAR)", but not "Республики Казахстан (KNDC)"), as stations, airports and
	 * ports are listed.
	 */
	private static boolean isCodeOfTheNameBefore(Tokens tokens, int t) {
		if (!tokens.isPunctuation(t - 1, '(') || !tokens.isPunctuation(t + 1, ')') || t < 2) {
			return false;
		}
		char before = tokens.punctuation(t - 2);
		if (before == '»' || before == '”' || before == '“' || before == '"' || before == '›') {
			return true;
		}
		boolean oneNameWordBefore = tokens.isWord(t - 2) && tokens.is(t - 2, Tokens.CAPITALISED) && !tokens.is(t - 3, Tokens.CAPITALISED);
		return oneNameWordBefore && tokens.is(t - 2, Tokens.CYRILLIC) != tokens.is(t, Tokens.CYRILLIC);
	}

	/** Which tokens stand on a line written mostly in capitals, a heading. */
	private static boolean[] headingLines(Tokens tokens) {
		boolean[] heading = new boolean[tokens.size()];
		int lineStart = 0;
		for (int t = 0; t <= tokens.size(); t++) {
			if (t == tokens.size() || t > lineStart && tokens.lineBreakBefore(t)) {
				int words = 0;
				int capitals = 0;
				for (int u = lineStart; u < t; u++) {
					if (tokens.isWord(u) && !tokens.is(u, Tokens.DIGIT_START)) {
						words++;
						if (tokens.is(u, Tokens.ALL_CAPS)) {
							capitals++;
						}
					}
				}
				boolean isHeading = words >= 3 && capitals * 10 >= words * 6;
				for (int u = lineStart; u < t; u++) {
					heading[u] = isHeading;
				}
				lineStart = t;
			}
		}
		return heading;
	}
}
