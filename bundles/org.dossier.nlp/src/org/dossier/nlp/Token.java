package org.dossier.nlp;

import java.util.Objects;

/** A word, number, abbreviation, punctuation mark, symbol or address, as {@link SentenceSplitter} cuts a text. */
public record Token(int begin, int end, String text, TokenKind kind) implements TextSpan {

	public Token {
		Objects.requireNonNull(text);
		Objects.requireNonNull(kind);
	}
}
