package org.dossier.internal.io.text;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Set;

/**
 * Guesses the 8-bit encoding of text that is not UTF-8: windows-1251 or KOI8-R when the letters are
 * Cyrillic, windows-1252 otherwise. General-purpose detectors (ICU's CharsetDetector) need more text than
 * a short Russian note holds to tell windows-1251 from KOI8-R, so the choice is made here, by two facts
 * of written text:
 * <ul>
 * <li>In Cyrillic text the bytes above 0xC0 make whole words; in French or German text they are accented
 * letters inside words spelt mostly with ASCII letters.</li>
 * <li>windows-1251 and KOI8-R put the same 64 Cyrillic letters on the bytes 0xC0&ndash;0xFF in a different
 * order and with the cases swapped, so read in the wrong one, Russian turns into rare letters, capitals
 * in the middle of words and box-drawing signs. The reading that looks more like Russian wins.</li>
 * </ul>
 */
final class EightBitEncodings {

	static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
	static final Charset KOI8_R = Charset.forName("KOI8-R");
	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/** Russian letters and their frequency per thousand letters of running text (ё where it is written as ё). */
	private static final String RUSSIAN_LETTERS = "оеаинтсрвлкмдпуяызьбгчйхжюшцщэфъё";
	private static final double[] PER_THOUSAND = { 109.7, 84.5, 80.1, 73.5, 67.0, 62.6, 54.7, 47.3, 45.4, 44.0, 34.9,
			32.1, 29.8, 28.1, 26.2, 20.1, 19.0, 16.5, 17.4, 15.9, 17.0, 14.4, 12.1, 9.7, 9.4, 6.4, 7.3, 4.8, 3.6, 3.2,
			2.6, 0.4, 2.0 };
	private static final double[] LOG_FREQUENCY = new double[RUSSIAN_LETTERS.length()];
	static {
		for (int i = 0; i < PER_THOUSAND.length; i++) {
			LOG_FREQUENCY[i] = Math.log(PER_THOUSAND[i] / 1000);
		}
	}

	/**
	 * Frequent Russian letter pairs: a single word ("ЦЕХ", "эхо") can read as well in the wrong encoding by
	 * letter frequencies alone, but its pairs give it away.
	 */
	private static final Set<String> COMMON_PAIRS = Set.of(("ст но то на ен ов ни ра во ко ро ре пр по ос ал ли ер не от ка ол ан ор ва ет "
			+ "ел ти ль од ла ит ом ть го ат ск ес ле ло ин та те да ие ак ны ог ем де ве ой "
			+ "ий ый ая ое ых их ся ми мо ма ме ди ду че чи ча ше ши ую ют ят ец ци ия ию ью "
			+ "кр тр др гр бр зн вл мн лю бо бы бе ба за зе из вы вс сл сп св см тв ус уч ща "
			+ "ще эт эк юг юр яв яз ях ям ъе ъё ье ьё ьо ёл ём ёт ёр ёж жи же жа ху хо ха цу "
			+ "це эх ох ех ун ув ук ул уг ум уп ад аз ам ап ав аж ах ач еж ез ег ед еп еч ёк "
			+ "иг ид ик им ип ис иц ич ищ ок оп оч ош ощ фо фи фа ьк ьм ьц ьш ющ яж ящ "
			+ "об съ бъ дъ ъя зд ыв ыл ым ья ьи ив ущ бл вн пл мы").split(" "));
	private static final double COMMON_PAIR = 1.5;
	private static final boolean[] IS_COMMON_PAIR = new boolean[RUSSIAN_LETTERS.length() * RUSSIAN_LETTERS.length()];
	static {
		for (String pair : COMMON_PAIRS) {
			IS_COMMON_PAIR[pairIndex(RUSSIAN_LETTERS.indexOf(pair.charAt(0)), RUSSIAN_LETTERS.indexOf(pair.charAt(1)))] = true;
		}
	}

	/** What a letter or sign that Russian text does not use costs a reading. */
	private static final double FOREIGN_SIGN = -12;
	/** A capital right after a small letter ("пРИВЕТ") is what KOI8-R read as windows-1251 looks like. */
	private static final double CAPITAL_AFTER_SMALL = -5;
	/** A capital after a capital is fine in headlines, but rarer than small letters. */
	private static final double CAPITAL_AFTER_CAPITAL = -0.2;

	/** The encoding shows in the first pages of a file as well as in the whole of it. */
	private static final int SAMPLE_BYTES = 64 * 1024;

	private EightBitEncodings() {
	}

	static Charset guess(byte[] bytes) {
		byte[] sample = bytes.length <= SAMPLE_BYTES ? bytes : Arrays.copyOf(bytes, SAMPLE_BYTES);
		if (!looksCyrillic(sample)) {
			return WINDOWS_1252;
		}
		double windows1251 = russianLikeness(new String(sample, WINDOWS_1251));
		double koi8r = russianLikeness(new String(sample, KOI8_R));
		return koi8r > windows1251 ? KOI8_R : WINDOWS_1251;
	}

	/**
	 * True when most high letters (0xC0&ndash;0xFF and the two encodings' Ё/ё) stand in words without ASCII
	 * letters, as Cyrillic does; accented Latin letters sit in words mostly spelt in ASCII.
	 */
	private static boolean looksCyrillic(byte[] bytes) {
		int high = 0;
		int highInPureWords = 0;
		int wordStart = 0;
		for (int i = 0; i <= bytes.length; i++) {
			if (i < bytes.length && isLetter(bytes[i])) {
				continue;
			}
			int highInWord = 0;
			boolean ascii = false;
			for (int j = wordStart; j < i; j++) {
				if (isHighLetter(bytes[j])) {
					highInWord++;
				} else {
					ascii = true;
				}
			}
			high += highInWord;
			if (!ascii) {
				highInPureWords += highInWord;
			}
			wordStart = i + 1;
		}
		return high > 0 && highInPureWords * 2 >= high;
	}

	private static boolean isLetter(byte b) {
		return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || isHighLetter(b);
	}

	private static boolean isHighLetter(byte b) {
		int u = b & 0xFF;
		return u >= 0xC0 || u == 0xA8 || u == 0xB8 || u == 0xA3 || u == 0xB3;
	}

	/** Log-likelihood-like score: the sum of the letters' log frequencies, minus penalties for what Russian does not do. */
	private static double russianLikeness(String text) {
		double score = 0;
		char previous = ' ';
		int previousRank = -1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int rank = -1;
			if (isCyrillic(c)) {
				rank = RUSSIAN_LETTERS.indexOf(Character.toLowerCase(c));
				score += rank < 0 ? FOREIGN_SIGN : LOG_FREQUENCY[rank];
				if (isCyrillic(previous) && Character.isUpperCase(c)) {
					score += Character.isLowerCase(previous) ? CAPITAL_AFTER_SMALL : CAPITAL_AFTER_CAPITAL;
				}
				if (rank >= 0 && previousRank >= 0 && IS_COMMON_PAIR[pairIndex(previousRank, rank)]) {
					score += COMMON_PAIR;
				}
			} else if (c >= 0x80 && !isCommonPunctuation(c)) {
				score += FOREIGN_SIGN;
			}
			previous = c;
			previousRank = rank;
		}
		return score;
	}

	private static int pairIndex(int firstRank, int secondRank) {
		return firstRank * RUSSIAN_LETTERS.length() + secondRank;
	}

	private static boolean isCyrillic(char c) {
		return c >= '\u0400' && c <= '\u04FF';
	}

	/** Signs above ASCII that Russian text does use: quotes, dashes, no-break space, the numero sign. */
	private static boolean isCommonPunctuation(char c) {
		return "«»„“”‘’–—…№\u00A0°§•".indexOf(c) >= 0;
	}
}
