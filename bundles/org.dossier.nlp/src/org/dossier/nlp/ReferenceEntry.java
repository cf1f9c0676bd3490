package org.dossier.nlp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An entry of a footnote list, endnote list or numbered bibliography, as written and as far as it could be
 * parsed. Its {@link #text()} runs from the label to the end of the entry, over as many lines as it takes.
 *
 * @param label the label as written: "[11]", "17.", "3)", "(1)", "1", "¹"
 * @param key the number in the label, which citation markers refer to: "11", "17"
 * @param urls the web addresses in the entry, in order, an address broken over two lines joined again
 * @param doi the DOI, in lower case, without resolver or "doi:" prefix: "10.35540/1818-6254.2020.23.34"
 * @param year the year of publication: a year in parentheses after the authors ("(2019)"), one after a
 *            publisher ("Обнинск: ФИЦ ЕГС РАН, 2020"), or one closing a part of the entry ("Журнал. 2014.");
 *            not the year of a volume ("Вып. 23 (2014 г.)") when another is given
 * @param authors the authors at the start of the entry, as written there with single spaces: "Иванов
 *            И.И.", "Smith J.", "N.N. Mikhailova"
 * @param title the title, best effort: what follows the authors (and year) up to "//" or the end of its
 *            sentence; for an entry without authors, its first sentence when that holds no address
 */
public record ReferenceEntry(int begin, int end, String text, String label, String key, List<String> urls,
		Optional<String> doi, OptionalInt year, List<String> authors, Optional<String> title) implements TextSpan {

	public ReferenceEntry {
		Objects.requireNonNull(text);
		Objects.requireNonNull(label);
		Objects.requireNonNull(key);
		urls = List.copyOf(urls);
		Objects.requireNonNull(doi);
		Objects.requireNonNull(year);
		authors = List.copyOf(authors);
		Objects.requireNonNull(title);
	}

	/** The first web address, or the DOI resolver's address for the DOI when the entry gives none. */
	public Optional<String> url() {
		if (!urls.isEmpty()) {
			return Optional.of(urls.get(0));
		}
		return doi.map(value -> "https://doi.org/" + value);
	}
}
