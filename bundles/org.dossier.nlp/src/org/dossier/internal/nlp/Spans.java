package org.dossier.internal.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/** Choosing among overlapping candidates, and testing offsets against ranges to leave alone. */
public final class Spans {

	private Spans() {
	}

	/**
	 * The candidates that do not overlap, preferring longer ones and, among equally long ones, earlier ones;
	 * in text order.
	 */
	public static <T> List<T> longestWithoutOverlap(List<T> candidates, ToIntFunction<T> begin, ToIntFunction<T> end) {
		List<T> byPreference = new ArrayList<>(candidates);
		byPreference.sort(Comparator.<T> comparingInt(c -> begin.applyAsInt(c) - end.applyAsInt(c))
				.thenComparingInt(begin));
		TreeMap<Integer, T> chosen = new TreeMap<>();
		for (T candidate : byPreference) {
			int candidateBegin = begin.applyAsInt(candidate);
			int candidateEnd = end.applyAsInt(candidate);
			Map.Entry<Integer, T> before = chosen.floorEntry(candidateEnd - 1);
			boolean overlaps = before != null && end.applyAsInt(before.getValue()) > candidateBegin;
			if (!overlaps) {
				chosen.put(candidateBegin, candidate);
			}
		}
		return new ArrayList<>(chosen.values());
	}

	/** Ranges of a text, to be asked whether an offset falls inside one of them. Touching ranges merge. */
	public static final class Ranges {

		private final TreeMap<Integer, Integer> endByBegin = new TreeMap<>();

		public void add(int begin, int end) {
			if (end <= begin) {
				return;
			}
			int mergedBegin = begin;
			int mergedEnd = end;
			Map.Entry<Integer, Integer> before = endByBegin.floorEntry(begin);
			if (before != null && before.getValue() >= begin) {
				mergedBegin = before.getKey();
				mergedEnd = Math.max(mergedEnd, before.getValue());
				endByBegin.remove(before.getKey());
			}
			Map.Entry<Integer, Integer> after = endByBegin.ceilingEntry(mergedBegin);
			while (after != null && after.getKey() <= mergedEnd) {
				mergedEnd = Math.max(mergedEnd, after.getValue());
				endByBegin.remove(after.getKey());
				after = endByBegin.ceilingEntry(mergedBegin);
			}
			endByBegin.put(mergedBegin, mergedEnd);
		}

		/** The end of the range holding {@code offset}, or -1 when no range does. */
		public int endOfRangeAt(int offset) {
			Map.Entry<Integer, Integer> range = endByBegin.floorEntry(offset);
			return range != null && range.getValue() > offset ? range.getValue() : -1;
		}

		/** Whether any range overlaps {@code begin..end}. */
		public boolean overlaps(int begin, int end) {
			Map.Entry<Integer, Integer> range = endByBegin.lowerEntry(end);
			return range != null && range.getValue() > begin;
		}
	}
}
