package org.dossier.internal.nlp.sentences;

import java.util.AbstractList;
import java.util.RandomAccess;

import org.dossier.nlp.Token;

/**
 * Tokens {@code from} to {@code to} of a {@link TokenSequence} as an unmodifiable list, each {@link Token}
 * made when asked for: a text of a few megabytes has a million tokens, and most callers look at few of them.
 */
public final class TokenList extends AbstractList<Token> implements RandomAccess {

	private final TokenSequence tokens;
	private final int from;
	private final int to;

	public TokenList(TokenSequence tokens, int from, int to) {
		if (from < 0 || to > tokens.size() || from > to) {
			throw new IndexOutOfBoundsException("tokens " + from + " to " + to + " of " + tokens.size());
		}
		this.tokens = tokens;
		this.from = from;
		this.to = to;
	}

	@Override
	public Token get(int index) {
		if (index < 0 || index >= to - from) {
			throw new IndexOutOfBoundsException(index);
		}
		int token = from + index;
		return new Token(tokens.begin(token), tokens.end(token), tokens.tokenText(token), tokens.type(token).kind());
	}

	@Override
	public int size() {
		return to - from;
	}

	@Override
	public TokenList subList(int fromIndex, int toIndex) {
		if (fromIndex < 0 || toIndex > size() || fromIndex > toIndex) {
			throw new IndexOutOfBoundsException("sublist " + fromIndex + " to " + toIndex + " of " + size());
		}
		return new TokenList(tokens, from + fromIndex, from + toIndex);
	}
}
