package org.dossier.nlp;

import java.util.Objects;

import org.dossier.internal.nlp.OffsetMap;

/**
 * The result of {@link TextNormalizer#normalize(String)}: the normalised text, the original it was made
 * from, and the way back from one to the other. Recognisers run on {@link #text()}; whoever needs to show a
 * finding in the original (a highlight in the source PDF's text layer, say) maps its offsets with
 * {@link #originalBegin(int)} and {@link #originalEnd(int)}.
 */
public final class NormalizedText {

	private final String original;
	private final String text;
	private final OffsetMap offsets;

	NormalizedText(String original, String text, OffsetMap offsets) {
		this.original = Objects.requireNonNull(original);
		this.text = Objects.requireNonNull(text);
		this.offsets = Objects.requireNonNull(offsets);
	}

	/** The normalised text. */
	public String text() {
		return text;
	}

	/** The text as it was given to the normaliser. */
	public String original() {
		return original;
	}

	/**
	 * Maps the begin offset of a span in the normalised text to the original. A character the normaliser
	 * made out of several (a line break standing for a run of blank lines) maps to the first of them.
	 */
	public int originalBegin(int normalizedBegin) {
		return offsets.originalBegin(normalizedBegin);
	}

	/**
	 * Maps the end offset of a span in the normalised text to the original. A character the normaliser made
	 * out of several maps to the end of the last of them.
	 */
	public int originalEnd(int normalizedEnd) {
		return offsets.originalEnd(normalizedEnd);
	}

	/** The original characters that the normalised span {@code begin..end} was made from. */
	public String originalText(int normalizedBegin, int normalizedEnd) {
		if (normalizedBegin > normalizedEnd) {
			throw new IndexOutOfBoundsException("begin " + normalizedBegin + " after end " + normalizedEnd);
		}
		if (normalizedBegin == normalizedEnd) {
			return "";
		}
		return original.substring(originalBegin(normalizedBegin), originalEnd(normalizedEnd));
	}

	@Override
	public String toString() {
		return text;
	}
}
