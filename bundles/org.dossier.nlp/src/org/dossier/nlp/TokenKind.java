package org.dossier.nlp;

/** What a {@link Token} is. */
public enum TokenKind {
	/** Letters, possibly with digits, inner hyphens and apostrophes: "Иссык-Куль", "aujourd'hui", "COVID-19". */
	WORD,
	/** Digits with their decimal and grouping marks: "3.5", "2,000,000", "1 250 000", "21.06.2014", "²". */
	NUMBER,
	/** A word shortened with a period, the period included: "Dr.", "z.", "B.", "т.е.", "e.g.", "Н.Н.". */
	ABBREVIATION,
	/** A full stop, comma, quotation mark, bracket, dash ...: "...", "?!" and "…" are one token each. */
	PUNCTUATION,
	/** A currency, mathematical or other sign: "$", "US$", "%", "€", "×", "=", "°". */
	SYMBOL,
	/** A web address, e-mail address or DOI, kept whole: "https://example.org/a?b=1", "10.1234/abcd". */
	WEB_ADDRESS
}
