package org.dossier.internal.nlp.sentences;

import org.dossier.nlp.TokenKind;

/** What the tokenizer found, finer than {@link TokenKind} where sentence boundaries depend on it. */
public enum TokenType {
	WORD(TokenKind.WORD),
	NUMBER(TokenKind.NUMBER),
	/** A single capital letter and its period: "J.", "Н.", also a run of them: "Н.Н.". */
	INITIAL(TokenKind.ABBREVIATION),
	/** Any other abbreviation with its period; see {@link Abbreviations.Behaviour}. */
	ABBREVIATION(TokenKind.ABBREVIATION),
	FULL_STOP(TokenKind.PUNCTUATION),
	/** "...", "…". */
	ELLIPSIS(TokenKind.PUNCTUATION),
	/** A run of '!' and '?'. */
	EXCLAMATION_OR_QUESTION(TokenKind.PUNCTUATION),
	PUNCTUATION(TokenKind.PUNCTUATION),
	SYMBOL(TokenKind.SYMBOL),
	WEB_ADDRESS(TokenKind.WEB_ADDRESS);

	private final TokenKind kind;

	TokenType(TokenKind kind) {
		this.kind = kind;
	}

	public TokenKind kind() {
		return kind;
	}

	/** Whether a sentence can end with a token of this type. */
	public boolean mayEndSentence() {
		return this == FULL_STOP || this == ELLIPSIS || this == EXCLAMATION_OR_QUESTION || this == ABBREVIATION;
	}
}
