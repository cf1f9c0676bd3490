package org.dossier.internal.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dossier.internal.nlp.NumberReader.ParsedNumber;

/**
 * The power of ten written after a mantissa, in scientific notation and in what PDF extraction makes of it:
 * "×10^13", "×10¹³", "e13", and "×1013" or "⋅1013", where the superscript 13 has lost its raise. A glued
 * power counts only after a mantissa between 1 and 10 with decimals ("4.22×1013"), which no product of two
 * numbers is written as.
 */
public final class PowersOfTen {

	/** An exponent at the start of a region; its look-aheads need transparent bounds. */
	public static final Pattern EXPONENT = Pattern.compile(
			"\\h*[×⋅·*xх]\\h*10(?:(?:\\^|\\*\\*)(?<explicit>[-−+]?\\d{1,3})|(?<superscript>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})"
					+ "|(?<glued>[-−]?\\d{1,3}))(?!\\d)"
					+ "|(?<e>[eE][-−+]?\\d{1,3})(?![\\p{L}\\d])");

	private PowersOfTen() {
	}

	/**
	 * The power of ten that a match of {@link #EXPONENT} writes after {@code mantissa}, or null when it is
	 * no exponent of that mantissa.
	 */
	public static Integer power(Matcher exponent, ParsedNumber mantissa) {
		if (exponent.group("explicit") != null) {
			return integer(exponent.group("explicit"));
		}
		if (exponent.group("superscript") != null) {
			return integer(fromSuperscript(exponent.group("superscript")));
		}
		boolean normalisedMantissa = !mantissa.plainInteger() && mantissa.value() >= 1 && mantissa.value() < 10;
		if (exponent.group("glued") != null && normalisedMantissa) {
			return integer(exponent.group("glued"));
		}
		if (exponent.group("e") != null) {
			return integer(exponent.group("e").substring(1));
		}
		return null;
	}

	private static Integer integer(String signedDigits) {
		return Integer.valueOf(signedDigits.replace('−', '-'));
	}

	private static String fromSuperscript(String superscript) {
		StringBuilder digits = new StringBuilder();
		for (char c : superscript.toCharArray()) {
			switch (c) {
				case '⁻' -> digits.append('-');
				case '⁺' -> digits.append('+');
				case '¹' -> digits.append('1');
				case '²' -> digits.append('2');
				case '³' -> digits.append('3');
				default -> digits.append((char) ('0' + (c - '⁰')));
			}
		}
		return digits.toString();
	}
}
