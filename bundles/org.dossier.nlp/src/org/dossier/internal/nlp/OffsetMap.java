package org.dossier.internal.nlp;

import java.util.Arrays;

/**
 * Maps offsets in a normalised text back to the original it was made from.
 * <p>
 * The normalised text is a sequence of pieces, each produced from one range of the original. A piece as
 * long as its source maps character by character (a copy, or a substitution such as φ for a Symbol-font
 * code); any other piece (one line break standing for several, a space standing for a line break and its
 * indentation) maps as a whole onto its source range. Original characters that were dropped belong to no
 * piece, so a span that straddles a drop maps onto an original range that includes it: a word joined
 * across a hyphenated line break maps back to both halves and the break between them.
 * <p>
 * Pieces are kept as parallel arrays searched by bisection, because a document of many megabytes has
 * only about as many pieces as lines, where a per-character table would cost eight bytes a character.
 */
public final class OffsetMap {

	private final int[] normalizedStarts;
	private final int[] normalizedLengths;
	private final int[] originalStarts;
	private final int[] originalLengths;
	private final int pieceCount;
	private final int normalizedLength;

	private OffsetMap(Builder builder) {
		pieceCount = builder.count;
		normalizedStarts = Arrays.copyOf(builder.normalizedStarts, pieceCount);
		normalizedLengths = Arrays.copyOf(builder.normalizedLengths, pieceCount);
		originalStarts = Arrays.copyOf(builder.originalStarts, pieceCount);
		originalLengths = Arrays.copyOf(builder.originalLengths, pieceCount);
		normalizedLength = builder.normalizedLength;
	}

	/** The original offset where the normalised character at {@code normalizedOffset} comes from. */
	public int originalBegin(int normalizedOffset) {
		checkOffset(normalizedOffset);
		if (normalizedOffset == normalizedLength) {
			return endOfLastPiece();
		}
		int piece = pieceContaining(normalizedOffset);
		if (isCharacterForCharacter(piece)) {
			return originalStarts[piece] + normalizedOffset - normalizedStarts[piece];
		}
		return originalStarts[piece];
	}

	/** The original offset just after the source of the normalised character before {@code normalizedOffset}. */
	public int originalEnd(int normalizedOffset) {
		checkOffset(normalizedOffset);
		if (normalizedOffset == 0) {
			return pieceCount == 0 ? 0 : originalStarts[0];
		}
		int piece = pieceContaining(normalizedOffset - 1);
		if (isCharacterForCharacter(piece)) {
			return originalStarts[piece] + normalizedOffset - normalizedStarts[piece];
		}
		return originalStarts[piece] + originalLengths[piece];
	}

	private void checkOffset(int normalizedOffset) {
		if (normalizedOffset < 0 || normalizedOffset > normalizedLength) {
			throw new IndexOutOfBoundsException("offset " + normalizedOffset + " outside 0.." + normalizedLength);
		}
	}

	private int endOfLastPiece() {
		return pieceCount == 0 ? 0 : originalStarts[pieceCount - 1] + originalLengths[pieceCount - 1];
	}

	private boolean isCharacterForCharacter(int piece) {
		return normalizedLengths[piece] == originalLengths[piece];
	}

	private int pieceContaining(int normalizedOffset) {
		int found = Arrays.binarySearch(normalizedStarts, 0, pieceCount, normalizedOffset);
		return found >= 0 ? found : -found - 2;
	}

	/** Collects pieces in the order the normalised text is written. */
	public static final class Builder {

		private int[] normalizedStarts = new int[64];
		private int[] normalizedLengths = new int[64];
		private int[] originalStarts = new int[64];
		private int[] originalLengths = new int[64];
		private int count;
		private int normalizedLength;

		/**
		 * Records that the next {@code normalizedLength} characters written were made from the original
		 * range {@code originalStart..originalEnd}.
		 */
		public void add(int originalStart, int originalEnd, int length) {
			if (length == 0) {
				return;
			}
			int originalLength = originalEnd - originalStart;
			if (length == originalLength && extendsLastCopy(originalStart)) {
				normalizedLengths[count - 1] += length;
				originalLengths[count - 1] += length;
			} else {
				grow();
				normalizedStarts[count] = normalizedLength;
				normalizedLengths[count] = length;
				originalStarts[count] = originalStart;
				originalLengths[count] = originalLength;
				count++;
			}
			normalizedLength += length;
		}

		private boolean extendsLastCopy(int originalStart) {
			if (count == 0) {
				return false;
			}
			int last = count - 1;
			return normalizedLengths[last] == originalLengths[last]
					&& originalStarts[last] + originalLengths[last] == originalStart;
		}

		private void grow() {
			if (count == normalizedStarts.length) {
				int capacity = count * 2;
				normalizedStarts = Arrays.copyOf(normalizedStarts, capacity);
				normalizedLengths = Arrays.copyOf(normalizedLengths, capacity);
				originalStarts = Arrays.copyOf(originalStarts, capacity);
				originalLengths = Arrays.copyOf(originalLengths, capacity);
			}
		}

		public OffsetMap build() {
			return new OffsetMap(this);
		}
	}
}
