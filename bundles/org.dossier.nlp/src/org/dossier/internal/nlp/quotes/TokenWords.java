package org.dossier.internal.nlp.quotes;

import java.util.Locale;

import org.dossier.internal.nlp.sentences.TokenSequence;

/**
 * The tokens of a text in lower case with their apostrophes written as ', as the word lists have them; each
 * made once, since the search for speech verbs and speakers looks at the same tokens again and again.
 */
final class TokenWords {

	private final TokenSequence tokens;
	private final String[] words;

	TokenWords(TokenSequence tokens) {
		this.tokens = tokens;
		this.words = new String[tokens.size()];
	}

	TokenSequence tokens() {
		return tokens;
	}

	String word(int token) {
		String word = words[token];
		if (word == null) {
			word = tokens.tokenText(token).toLowerCase(Locale.ROOT).replace('’', '\'');
			words[token] = word;
		}
		return word;
	}
}
