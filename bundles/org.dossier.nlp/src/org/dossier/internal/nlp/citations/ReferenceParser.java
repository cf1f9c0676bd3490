package org.dossier.internal.nlp.citations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dossier.internal.nlp.citations.ReferenceLists.Entry;
import org.dossier.nlp.ReferenceEntry;

/**
 * Reads the parts of a reference list entry: web addresses, DOI, year, authors, title. The entry is read
 * with its lines joined by a space, or by nothing where a web address was cut at the end of a line.
 */
final class ReferenceParser {

	private static final Pattern URL = Pattern.compile("(?:https?://|ftp://|www\\.)[^\\s<>\"«»]+", Pattern.CASE_INSENSITIVE);
	private static final Pattern DOI = Pattern.compile("(?<![\\w.])10\\.\\d{4,9}/[^\\s\"<>«»]+");
	private static final Pattern YEAR = Pattern.compile("(?<![\\d.,/-])(?:1[5-9]\\d\\d|20\\d\\d)(?![\\d,]\\d|\\d)");
	private static final Pattern VOLUME_YEAR = Pattern.compile("\\h*гг?\\.?\\h*\\)");
	private static final Pattern AFTER_PUBLISHER = Pattern.compile(":[^–—/:]{2,80},\\h*$");
	/** "Иванов И.И.", "Smith J.", "Smith, J. A.", "Smith JA", "N.N. Mikhailova", "И. И. Иванов". */
	private static final Pattern AUTHOR = Pattern.compile(
			"\\p{Lu}[\\p{L}'’-]+(?:\\h+\\p{Lu}[\\p{L}'’-]+)?,?\\h+(?:\\p{Lu}\\.\\h?-?){1,3}"
					+ "|\\p{Lu}[\\p{L}'’-]+\\h+\\p{Lu}{1,2}(?=[,.;]|\\h+(?:and|&|et|und|и)\\h)"
					+ "|(?:\\p{Lu}\\.\\h?-?){1,3}\\h?\\p{Lu}[\\p{L}'’-]+");
	private static final Pattern EDITOR_NOTE = Pattern.compile("\\h*\\([^()]{1,25}\\)");
	private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\h*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\bи\\b)\\h*");
	private static final Pattern OTHERS = Pattern.compile("(?:et al\\.?|и др\\.?|u\\.\\h?a\\.?)");
	private static final Pattern YEAR_IN_PARENTHESES = Pattern.compile("\\(\\h*(?:1[5-9]\\d\\d|20\\d\\d)[a-z]?\\h*\\)[.,:]?");
	private static final Pattern PERSON_NAME = Pattern.compile(
			"\\p{Lu}[\\p{L}'’.-]*(?:\\h+(?:(?:de|von|van|der|da|di|le|la|al)\\h+)?\\p{Lu}[\\p{L}'’.-]*){1,3}");
	private static final Pattern SEE_ABOVE = Pattern.compile("(?iu)^(?:ibid|ibidem|idem|ebd|ebenda|там же|op\\. cit)\\b.*");
	private static final Pattern LINE_BREAK = Pattern.compile("\\R");
	private static final Pattern SPACES = Pattern.compile("\\h+");
	private static final Pattern COMMA = Pattern.compile(",\\h+");
	private static final Pattern TRAILING_COMMA = Pattern.compile(",$");
	private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\h.,:;–—-]+$");
	private static final String URL_CUT = "/-_=?&%#";
	private static final int LONGEST_TITLE = 300;

	private ReferenceParser() {
	}

	static ReferenceEntry parse(String text, Entry entry) {
		ReferenceLists.Label label = entry.label();
		String written = text.substring(label.begin(), entry.end());
		String body = joinLines(text.substring(label.end(), entry.end())).strip();
		List<String> urls = urls(body);
		Optional<String> doi = doi(body);
		List<String> authors = new ArrayList<>();
		int afterAuthors = authors(body, authors);
		Optional<String> title;
		if (authors.isEmpty()) {
			title = authorAndTitleSeparatedByCommas(body, authors);
			if (title.isEmpty()) {
				title = title(body, 0);
			}
		} else {
			title = title(body, afterAuthors);
		}
		return new ReferenceEntry(label.begin(), entry.end(), written, text.substring(label.begin(), label.end()),
				String.valueOf(label.number()), urls, doi, year(body), authors, title);
	}

	/** The lines of an entry joined by a space, or by nothing after a web address cut at a '/'. */
	private static String joinLines(String entry) {
		String[] lines = LINE_BREAK.split(entry);
		StringBuilder joined = new StringBuilder(entry.length());
		for (String line : lines) {
			String content = SPACES.matcher(line.strip()).replaceAll(" ");
			if (content.isEmpty()) {
				continue;
			}
			if (!joined.isEmpty()) {
				boolean addressCut = endsWithCutAddress(joined) && content.indexOf(' ') < 0;
				if (!addressCut) {
					joined.append(' ');
				}
			}
			joined.append(content);
		}
		return joined.toString();
	}

	private static boolean endsWithCutAddress(StringBuilder joined) {
		int wordStart = joined.lastIndexOf(" ") + 1;
		String lastWord = joined.substring(wordStart);
		return URL.matcher(lastWord).lookingAt() && URL_CUT.indexOf(lastWord.charAt(lastWord.length() - 1)) >= 0;
	}

	private static List<String> urls(String body) {
		List<String> urls = new ArrayList<>();
		if (!mayHoldAddress(body)) {
			return urls;
		}
		Matcher matcher = URL.matcher(body);
		while (matcher.find()) {
			urls.add(trimAddress(matcher.group()));
		}
		return urls;
	}

	private static Optional<String> doi(String body) {
		if (!mayHoldDoi(body)) {
			return Optional.empty();
		}
		Matcher matcher = DOI.matcher(body);
		return matcher.find() ? Optional.of(trimAddress(matcher.group()).toLowerCase(Locale.ROOT)) : Optional.empty();
	}

	/** Leaves out the punctuation after an address, but not a bracket opened inside it. */
	private static String trimAddress(String address) {
		int end = address.length();
		while (end > 0) {
			char last = address.charAt(end - 1);
			if (".,;:!?»”\"'’".indexOf(last) >= 0) {
				end--;
			} else if (last == ')' || last == ']') {
				char opening = last == ')' ? '(' : '[';
				String kept = address.substring(0, end);
				if (kept.chars().filter(c -> c == opening).count() >= kept.chars().filter(c -> c == last).count()) {
					break;
				}
				end--;
			} else {
				break;
			}
		}
		return address.substring(0, end);
	}

	/**
	 * The year of publication among the years of the entry, outside addresses: one in parentheses, as after
	 * the authors, counts most; then one after a publisher ("Обнинск: ФИЦ ЕГС РАН, 2020"); then one closing
	 * a part ("Журнал. 2014."); the year of a volume in parentheses ("Вып. 23 (2014 г.)") least. Between
	 * equals, the later one, for the publication details close an entry.
	 */
	private static OptionalInt year(String body) {
		String masked = mayHoldAddress(body) ? mask(body, URL) : body;
		masked = mayHoldDoi(masked) ? mask(masked, DOI) : masked;
		Matcher matcher = YEAR.matcher(masked);
		int best = -1;
		int bestScore = Integer.MIN_VALUE;
		Matcher volume = VOLUME_YEAR.matcher(masked);
		Matcher publisher = AFTER_PUBLISHER.matcher(masked);
		while (matcher.find()) {
			int score = 0;
			int start = matcher.start();
			int end = matcher.end();
			char after = end < masked.length() ? masked.charAt(end) : ' ';
			boolean opened = start > 0 && masked.charAt(start - 1) == '(';
			if (opened && (after == ')' || after >= 'a' && after <= 'z' && end + 1 < masked.length() && masked.charAt(end + 1) == ')')) {
				score += 3;
			}
			if (volume.region(end, masked.length()).lookingAt()) {
				score -= 1;
			}
			if (end == masked.length() || ".,;".indexOf(after) >= 0) {
				score += 1;
			}
			if (mayFollowPublisher(masked, start) && publisher.region(Math.max(0, start - 90), start).find()) {
				score += 2;
			}
			if (score >= bestScore) {
				bestScore = score;
				best = Integer.parseInt(matcher.group());
			}
		}
		return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
	}

	/**
	 * Whether {@link #AFTER_PUBLISHER} may match before {@code offset}: a comma there, and a colon not far
	 * before it. A cheap test that spares the pattern's search at most years.
	 */
	private static boolean mayFollowPublisher(String text, int offset) {
		int k = offset;
		while (k > 0 && Character.isWhitespace(text.charAt(k - 1))) {
			k--;
		}
		return k > 0 && text.charAt(k - 1) == ',' && text.lastIndexOf(':', k - 1) >= Math.max(0, offset - 90);
	}

	/** Whether {@link #URL} may match: the cheap test that spares most entries its search. */
	private static boolean mayHoldAddress(String body) {
		return body.contains("://") || body.toLowerCase(Locale.ROOT).contains("www.");
	}

	/** Whether {@link #DOI} may match. */
	private static boolean mayHoldDoi(String body) {
		return body.contains("10.");
	}

	private static String mask(String body, Pattern pattern) {
		Matcher matcher = pattern.matcher(body);
		StringBuilder masked = new StringBuilder(body);
		while (matcher.find()) {
			for (int k = matcher.start(); k < matcher.end(); k++) {
				masked.setCharAt(k, '_');
			}
		}
		return masked.toString();
	}

	/** Reads the authors at the start of the entry into {@code authors}; returns where they end. */
	private static int authors(String body, List<String> authors) {
		int position = 0;
		Matcher author = AUTHOR.matcher(body);
		Matcher separator = AUTHOR_SEPARATOR.matcher(body);
		Matcher note = EDITOR_NOTE.matcher(body);
		Matcher others = OTHERS.matcher(body);
		int end = 0;
		while (author.region(position, body.length()).lookingAt()) {
			authors.add(TRAILING_COMMA.matcher(SPACES.matcher(author.group().strip()).replaceAll(" ")).replaceAll(""));
			end = author.end();
			position = end;
			while (true) {
				if (note.region(position, body.length()).lookingAt()) {
					position = note.end();
					end = position;
				} else if (separator.region(position, body.length()).lookingAt() && separator.end() > position) {
					position = separator.end();
				} else {
					break;
				}
			}
			if (others.region(position, body.length()).lookingAt()) {
				return others.end();
			}
		}
		return end;
	}

	/**
	 * "John Smith, The Title, https://…": an entry without initials whose first part is a person's name,
	 * its second the title, with an address further on.
	 */
	private static Optional<String> authorAndTitleSeparatedByCommas(String body, List<String> authors) {
		String[] parts = COMMA.split(body);
		if (parts.length < 3 || !URL.matcher(String.join(" ", java.util.Arrays.copyOfRange(parts, 2, parts.length))).find()
				|| !PERSON_NAME.matcher(parts[0]).matches() || URL.matcher(parts[1]).find()) {
			return Optional.empty();
		}
		authors.add(parts[0]);
		return cleanTitle(parts[1]);
	}

	/**
	 * The title starting at {@code from}, past a year in parentheses: up to "//", the end of its sentence
	 * (not at an initial) or " – ".
	 */
	private static Optional<String> title(String body, int from) {
		int start = from;
		while (start < body.length() && ".,:; ".indexOf(body.charAt(start)) >= 0) {
			start++;
		}
		Matcher year = YEAR_IN_PARENTHESES.matcher(body);
		if (year.region(start, body.length()).lookingAt()) {
			start = year.end();
			while (start < body.length() && ".,:; ".indexOf(body.charAt(start)) >= 0) {
				start++;
			}
		}
		if (start >= body.length() || URL.matcher(body).region(start, body.length()).lookingAt()
				|| SEE_ABOVE.matcher(body.substring(start)).matches()) {
			return Optional.empty();
		}
		int end = body.length();
		int slashes = body.indexOf("//", start);
		if (slashes >= 0 && !body.startsWith("://", slashes - 1)) {
			end = slashes;
		}
		for (int k = start + 1; k < end - 1; k++) {
			char c = body.charAt(k);
			boolean sentenceEnd = (c == '.' || c == '?' || c == '!') && body.charAt(k + 1) == ' '
					&& !(c == '.' && isInitial(body, k));
			if (sentenceEnd || c == ' ' && (body.charAt(k + 1) == '–' || body.charAt(k + 1) == '—')) {
				end = c == '?' || c == '!' ? k + 1 : k;
				break;
			}
		}
		if (end == body.length() && start == 0) {
			return Optional.empty();
		}
		String title = body.substring(start, end);
		if (URL.matcher(title).find() || title.length() > LONGEST_TITLE) {
			return Optional.empty();
		}
		return cleanTitle(title);
	}

	/** Whether the period at {@code k} ends an initial or a one-letter abbreviation: "P.", "Ed. P.", "т.". */
	private static boolean isInitial(String body, int k) {
		return k >= 1 && Character.isLetter(body.charAt(k - 1)) && (k == 1 || !Character.isLetter(body.charAt(k - 2)));
	}

	private static Optional<String> cleanTitle(String title) {
		String cleaned = TRAILING_PUNCTUATION.matcher(title.strip()).replaceAll("").strip();
		return cleaned.codePoints().filter(Character::isLetter).count() >= 3 ? Optional.of(cleaned) : Optional.empty();
	}
}
