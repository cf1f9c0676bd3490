package org.dossier.nlp;

/**
 * Something found in a text, located by character offsets. {@code text()} always equals
 * {@code input.substring(begin(), end())} for the input the recogniser was given, so a caller can
 * store the offsets alone and a reader can check them.
 */
public interface TextSpan {

	/** Offset of the first character, inclusive. */
	int begin();

	/** Offset after the last character, exclusive. */
	int end();

	/** The characters between {@link #begin()} and {@link #end()}, as they stand in the input. */
	String text();
}
