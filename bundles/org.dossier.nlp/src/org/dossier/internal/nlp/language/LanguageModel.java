package org.dossier.internal.nlp.language;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dossier.internal.nlp.lexicon.WordListResource;

/**
 * What tells French, German and English apart, learnt at class loading from the project's own training
 * sentences ({@code training-*.txt}) and function-word lists ({@code stopwords-*.txt}): the probability of
 * every character trigram in each language, and the words that mark a language. Russian needs neither: it
 * is the only one of the four written in Cyrillic.
 * <p>
 * Trigrams are taken inside words, padded with a space at either end (" the", "he "), never across two
 * words. Trigrams and words are looked up by a 64-bit key computed while the characters go by, so that
 * scoring a text allocates nothing and costs one table probe per character.
 */
public final class LanguageModel {

	/** The languages told apart by trigrams and function words, in the order of the score arrays. */
	public static final List<String> LATIN_LANGUAGES = List.of("en", "fr", "de");
	private static final int LANGUAGES = 3;

	/**
	 * Weight of a function word against the log-probabilities of the trigrams: a handful of them settles
	 * a ten-word paragraph, while a long text is decided by its trigrams.
	 */
	private static final double FUNCTION_WORD_WEIGHT = 2.5;
	/** Add-k smoothing: a trigram the training text lacks is rare, not impossible. */
	private static final double SMOOTHING = 0.5;
	/**
	 * Words longer than this are no function words and are not hashed as words. A word of one letter is
	 * looked up only before an apostrophe, as a French elision ("l'", "d'"): alone, single letters are more
	 * often labels, initials and units.
	 */
	private static final int LONGEST_FUNCTION_WORD = 12;
	private static final char BOUNDARY = ' ';
	/** The 64-bit FNV-1a hash that words are looked up by. */
	private static final long FNV_OFFSET = 0xcbf29ce484222325L;
	private static final long FNV_PRIME = 0x100000001b3L;
	/**
	 * Once this many trigrams put one language this far ahead (e^20 times more likely than the next), the
	 * rest of a paragraph will not change the answer and is not read.
	 */
	private static final int DECISIVE_TRIGRAMS = 100;
	private static final double DECISIVE_MARGIN = 20;

	private static final LanguageModel INSTANCE = new LanguageModel();

	private final LongTable trigramRows = new LongTable();
	/** Log-probabilities, {@link #LANGUAGES} per trigram row. */
	private final float[] trigramScores;
	private final float[] unknownTrigramScores = new float[LANGUAGES];
	private final LongTable functionWordRows = new LongTable();
	/** Per function word row, a bit per language that has the word. */
	private final int[] functionWordLanguages;

	private LanguageModel() {
		Map<Long, int[]> counts = new HashMap<>();
		long[] totals = new long[LANGUAGES];
		for (int language = 0; language < LANGUAGES; language++) {
			String training = String.join("\n",
					WordListResource.lines(LanguageModel.class, "training-" + LATIN_LANGUAGES.get(language) + ".txt"));
			totals[language] = countTrigrams(training, language, counts);
		}
		int vocabulary = counts.size();
		trigramScores = new float[vocabulary * LANGUAGES];
		for (Map.Entry<Long, int[]> entry : counts.entrySet()) {
			int row = trigramRows.add(entry.getKey());
			for (int language = 0; language < LANGUAGES; language++) {
				trigramScores[row * LANGUAGES + language] = (float) Math
						.log((entry.getValue()[language] + SMOOTHING) / (totals[language] + SMOOTHING * vocabulary));
			}
		}
		for (int language = 0; language < LANGUAGES; language++) {
			unknownTrigramScores[language] = (float) Math.log(SMOOTHING / (totals[language] + SMOOTHING * vocabulary));
		}
		Map<Long, Integer> wordLanguages = new HashMap<>();
		for (int language = 0; language < LANGUAGES; language++) {
			for (String word : WordListResource.lines(LanguageModel.class, "stopwords-" + LATIN_LANGUAGES.get(language) + ".txt")) {
				wordLanguages.merge(wordKey(word), 1 << language, (a, b) -> a | b);
			}
		}
		functionWordLanguages = new int[wordLanguages.size()];
		wordLanguages.forEach((key, languages) -> functionWordLanguages[functionWordRows.add(key)] = languages);
	}

	public static LanguageModel get() {
		return INSTANCE;
	}

	private static long countTrigrams(String training, int language, Map<Long, int[]> counts) {
		long total = 0;
		char previous2 = BOUNDARY;
		char previous1 = BOUNDARY;
		for (int k = 0; k <= training.length(); k++) {
			char c = k < training.length() && Character.isLetter(training.charAt(k)) ? lowerCase(training.charAt(k)) : BOUNDARY;
			if (c == BOUNDARY && previous1 == BOUNDARY) {
				continue;
			}
			if (previous1 != BOUNDARY) {
				counts.computeIfAbsent(trigramKey(previous2, previous1, c), key -> new int[LANGUAGES])[language]++;
				total++;
			}
			previous2 = previous1;
			previous1 = c;
		}
		return total;
	}

	private static long wordKey(String word) {
		long hash = FNV_OFFSET;
		for (int k = 0; k < word.length(); k++) {
			hash = (hash ^ lowerCase(word.charAt(k))) * FNV_PRIME;
		}
		return hash;
	}

	private static long trigramKey(char c1, char c2, char c3) {
		return (long) c1 << 32 | (long) c2 << 16 | c3;
	}

	static char lowerCase(char c) {
		if (c < 128) {
			return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
		}
		return Character.toLowerCase(c);
	}

	/**
	 * Adds what {@code text.subSequence(begin, end)} says about its language to {@code evidence}. Web and
	 * e-mail addresses say nothing and are skipped: words with an '@', or a '/' after a '.' or ':'
	 * ("example.org/a", "https://"), but not "km/h" or "см/с". Digits and punctuation count for nothing.
	 */
	public void collect(CharSequence text, int begin, int end, Evidence evidence) {
		int k = begin;
		while (k < end) {
			while (k < end && Character.isWhitespace(text.charAt(k))) {
				k++;
			}
			int chunkEnd = k;
			boolean dot = false;
			boolean address = false;
			while (chunkEnd < end && !Character.isWhitespace(text.charAt(chunkEnd))) {
				char c = text.charAt(chunkEnd);
				address |= c == '@' || c == '/' && (dot || chunkEnd > k && text.charAt(chunkEnd - 1) == ':');
				dot |= c == '.';
				chunkEnd++;
			}
			if (!address) {
				collectChunk(text, k, chunkEnd, evidence);
				if (evidence.trigrams >= DECISIVE_TRIGRAMS && evidence.margin() >= DECISIVE_MARGIN) {
					return;
				}
			}
			k = chunkEnd;
		}
	}

	private void collectChunk(CharSequence text, int begin, int end, Evidence evidence) {
		char previous2 = BOUNDARY;
		char previous1 = BOUNDARY;
		long wordHash = FNV_OFFSET;
		int wordLength = 0;
		boolean wordIsLatin = true;
		for (int k = begin; k <= end; k++) {
			char raw = k < end ? text.charAt(k) : BOUNDARY;
			boolean letter = k < end && Character.isLetter(raw);
			char c;
			if (letter) {
				c = lowerCase(raw);
				if (c < 0x250) {
					evidence.latinLetters++;
				} else if (c >= 0x400 && c < 0x530) {
					evidence.cyrillicLetters++;
					wordIsLatin = false;
				} else {
					evidence.otherLetters++;
					wordIsLatin = false;
				}
				wordHash = (wordHash ^ c) * FNV_PRIME;
				wordLength++;
			} else {
				c = BOUNDARY;
				if (wordLength > 0) {
					if (wordLength > 1 && wordIsLatin) {
						evidence.latinWords++;
					}
					if (wordIsLatin && wordLength <= LONGEST_FUNCTION_WORD && (wordLength > 1 || raw == '\'' || raw == '’')) {
						int row = functionWordRows.find(wordHash);
						if (row >= 0) {
							addFunctionWord(functionWordLanguages[row], evidence);
						}
					}
				}
				wordHash = FNV_OFFSET;
				wordLength = 0;
				wordIsLatin = true;
				if (previous1 == BOUNDARY) {
					continue;
				}
			}
			if (previous1 != BOUNDARY && c < 0x250 && previous1 < 0x250 && previous2 < 0x250) {
				addTrigram(trigramKey(previous2, previous1, c), evidence);
			}
			previous2 = previous1;
			previous1 = c;
		}
	}

	private void addTrigram(long key, Evidence evidence) {
		int row = trigramRows.find(key);
		double[] scores = evidence.scores;
		if (row < 0) {
			for (int language = 0; language < LANGUAGES; language++) {
				scores[language] += unknownTrigramScores[language];
			}
		} else {
			int offset = row * LANGUAGES;
			for (int language = 0; language < LANGUAGES; language++) {
				scores[language] += trigramScores[offset + language];
			}
		}
		evidence.trigrams++;
	}

	private static void addFunctionWord(int languages, Evidence evidence) {
		for (int language = 0; language < LANGUAGES; language++) {
			if ((languages & 1 << language) != 0) {
				evidence.scores[language] += FUNCTION_WORD_WEIGHT;
			}
		}
	}

	/** What a stretch of text says about its language, added up character by character. */
	public static final class Evidence {

		int latinLetters;
		int cyrillicLetters;
		int otherLetters;
		int latinWords;
		int trigrams;
		/** Log-likelihood of the text in each of {@link LanguageModel#LATIN_LANGUAGES}, function words included. */
		final double[] scores = new double[LANGUAGES];

		public int latinLetters() {
			return latinLetters;
		}

		public int cyrillicLetters() {
			return cyrillicLetters;
		}

		/** Letters of scripts other than Latin and Cyrillic. */
		public int otherLetters() {
			return otherLetters;
		}

		/** Words of two letters or more, all in the Latin script: single letters are labels and initials as often. */
		public int latinWords() {
			return latinWords;
		}

		/** The score of language {@code language}, an index into {@link LanguageModel#LATIN_LANGUAGES}. */
		public double score(int language) {
			return scores[language];
		}

		/** How far the best language's score is ahead of the next one's. */
		double margin() {
			double best = Math.max(scores[0], Math.max(scores[1], scores[2]));
			double worst = Math.min(scores[0], Math.min(scores[1], scores[2]));
			double middle = scores[0] + scores[1] + scores[2] - best - worst;
			return best - middle;
		}
	}

	/** An open-addressing set of 64-bit keys, each given the row number it was added as. */
	private static final class LongTable {

		private static final long EMPTY = 0;
		private long[] keys = new long[1024];
		private int[] rows = new int[1024];
		private int size;

		int add(long key) {
			if ((size + 1) * 2 > keys.length) {
				grow();
			}
			int row = size++;
			put(key == EMPTY ? 1 : key, row);
			return row;
		}

		private void put(long key, int row) {
			int mask = keys.length - 1;
			int slot = mix(key) & mask;
			while (keys[slot] != EMPTY) {
				slot = slot + 1 & mask;
			}
			keys[slot] = key;
			rows[slot] = row;
		}

		int find(long key) {
			long stored = key == EMPTY ? 1 : key;
			int mask = keys.length - 1;
			int slot = mix(stored) & mask;
			while (keys[slot] != EMPTY) {
				if (keys[slot] == stored) {
					return rows[slot];
				}
				slot = slot + 1 & mask;
			}
			return -1;
		}

		private void grow() {
			long[] oldKeys = keys;
			int[] oldRows = rows;
			keys = new long[oldKeys.length * 2];
			rows = new int[oldKeys.length * 2];
			for (int k = 0; k < oldKeys.length; k++) {
				if (oldKeys[k] != EMPTY) {
					put(oldKeys[k], oldRows[k]);
				}
			}
		}

		private static int mix(long key) {
			long h = key * 0x9E3779B97F4A7C15L;
			return (int) (h ^ h >>> 32);
		}
	}
}
