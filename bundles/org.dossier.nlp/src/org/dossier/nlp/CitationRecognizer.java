package org.dossier.nlp;

import org.dossier.internal.nlp.citations.CitationAnalysis;

/**
 * Finds the citation markers of a text and the reference lists they point to, and links each marker to the
 * entries with its numbers.
 * <ul>
 * <li>Reference lists: footnote and endnote lists and numbered bibliographies, runs of lines labelled
 * "[1]", "1.", "1)", "(1)", "¹" or, before a web address, "1", numbered one after the other, each entry
 * running over the lines after its label ("[1] Text https://…", "1. Author, Title, URL", "17. Иванов И.И.,
 * Петров П.П. Название // Журнал. 2014. Т. 5. С. 1–10. doi:10.1234/abcd", "[3] Smith J., Doe A. (2019)
 * Title. Journal 12:3–10. https://doi.org/10.5555/xyz"). Numbered lists in prose are told apart by their
 * entries, which do not look bibliographic, unless a heading such as "References" or "Литература" stands
 * before them. Each entry is parsed into web addresses, DOI, year, authors and title: see
 * {@link ReferenceEntry}.</li>
 * <li>Markers: "[11]", "[11, 12]", "[3–5]" anywhere but at the start of a line; superscript digits after
 * a word or punctuation ("…army.¹²", but not "km²" or "10³"); "^12" as PDF extraction leaves a superscript
 * (but not "10^13"); and "(1)" after a word or a sentence, only when a reference list holds that number and
 * it is not an item number in running text ("two options: (1) … or (2) …"). Years in parentheses "(2019)"
 * have four digits and are never markers. Nothing inside a reference list, a web address or a table row
 * (a line of mostly numbers) is taken for a marker.</li>
 * </ul>
 * Instances hold no state and can be shared between threads.
 */
public final class CitationRecognizer {

	/** The markers and reference list entries of a text. */
	public Citations recognize(String text) {
		return new CitationAnalysis(text).run();
	}
}
