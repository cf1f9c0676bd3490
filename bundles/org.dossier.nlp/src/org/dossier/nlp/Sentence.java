package org.dossier.nlp;

import java.util.List;
import java.util.Objects;

import org.dossier.internal.nlp.sentences.TokenList;

/**
 * A sentence, or a heading or list item standing on its own line, with its tokens. It runs from its first
 * token to its last, so it holds no leading or trailing space; quotation marks, brackets and footnote
 * markers after its final punctuation belong to it.
 *
 * @param tokens the tokens of the sentence, an unmodifiable list
 */
public record Sentence(int begin, int end, String text, List<Token> tokens) implements TextSpan {

	public Sentence {
		Objects.requireNonNull(text);
		tokens = tokens instanceof TokenList ? tokens : List.copyOf(tokens);
	}
}
