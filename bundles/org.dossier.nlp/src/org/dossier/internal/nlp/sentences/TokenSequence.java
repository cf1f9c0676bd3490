package org.dossier.internal.nlp.sentences;

import java.util.Arrays;

import org.dossier.internal.nlp.sentences.Abbreviations.Behaviour;

/**
 * The tokens of a text as parallel arrays rather than objects: sentence splitting looks at millions of
 * tokens and needs their offsets and types, not their strings.
 */
public final class TokenSequence {

	private final String text;
	private int size;
	private int[] begins;
	private int[] ends;
	private TokenType[] types;
	private Behaviour[] behaviours;

	TokenSequence(String text) {
		this.text = text;
		int capacity = Math.max(16, text.length() / 5);
		begins = new int[capacity];
		ends = new int[capacity];
		types = new TokenType[capacity];
		behaviours = new Behaviour[capacity];
	}

	void add(int begin, int end, TokenType type, Behaviour behaviour) {
		if (size == begins.length) {
			int capacity = size * 2;
			begins = Arrays.copyOf(begins, capacity);
			ends = Arrays.copyOf(ends, capacity);
			types = Arrays.copyOf(types, capacity);
			behaviours = Arrays.copyOf(behaviours, capacity);
		}
		begins[size] = begin;
		ends[size] = end;
		types[size] = type;
		behaviours[size] = behaviour;
		size++;
	}

	public String text() {
		return text;
	}

	public int size() {
		return size;
	}

	public int begin(int token) {
		return begins[token];
	}

	public int end(int token) {
		return ends[token];
	}

	public TokenType type(int token) {
		return types[token];
	}

	/** How an {@link TokenType#ABBREVIATION} behaves at the end of a sentence; null for other tokens. */
	public Behaviour behaviour(int token) {
		return behaviours[token];
	}

	public char firstChar(int token) {
		return text.charAt(begins[token]);
	}

	public char lastChar(int token) {
		return text.charAt(ends[token] - 1);
	}

	public int length(int token) {
		return ends[token] - begins[token];
	}

	public String tokenText(int token) {
		return text.substring(begins[token], ends[token]);
	}

	/** The first token that ends after {@code offset}: the one holding it, or the next; {@link #size()} if none. */
	public int indexAt(int offset) {
		int low = 0;
		int high = size;
		while (low < high) {
			int middle = low + high >>> 1;
			if (ends[middle] <= offset) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}

	/** Whether nothing stands between a token and the next one. */
	public boolean touchesNext(int token) {
		return ends[token] == begins[token + 1];
	}
}
