package org.dossier.internal.nlp;

/**
 * The characters that text extracted from PDFs and Word files holds in place of glyphs of the Symbol
 * font. Such files reference the font by byte code, and extractors that lack the font's encoding pass the
 * byte through as U+F000 plus the code, a private-use character no font shows. The byte codes follow the
 * Adobe Symbol encoding, so U+F066 stands for φ, U+F0B0 for ° and U+F0B4 for ×.
 * <p>
 * Where Adobe's table itself answers with a private-use character (pieces of large brackets and
 * integrals, serif and sans variants of © ® ™), the table here gives the standard character that looks the
 * same. Codes the encoding leaves undefined stay as they are.
 */
public final class SymbolFont {

	private static final char FIRST = '\uF020';
	private static final char LAST = '\uF0FF';
	private static final char UNDEFINED = '\0';

	/** Unicode for Symbol byte codes 0x20 to 0xFF, in order. */
	private static final String CODES_0X20_TO_0XFF = ""
			// 0x20-0x2F: space ! ∀ # ∃ % & ∋ ( ) ∗ + , − . /
			+ " !\u2200#\u2203%&\u220B()\u2217+,\u2212./"
			// 0x30-0x3F: digits : ; < = > ?
			+ "0123456789:;<=>?"
			// 0x40-0x5F: ≅ Greek capitals [ ∴ ] ⊥ _
			+ "\u2245\u0391\u0392\u03A7\u0394\u0395\u03A6\u0393\u0397\u0399\u03D1\u039A\u039B\u039C\u039D\u039F"
			+ "\u03A0\u0398\u03A1\u03A3\u03A4\u03A5\u03C2\u03A9\u039E\u03A8\u0396[\u2234]\u22A5_"
			// 0x60-0x7F: radical extender, Greek small letters { | } ∼, undefined
			+ "\u203E\u03B1\u03B2\u03C7\u03B4\u03B5\u03C6\u03B3\u03B7\u03B9\u03D5\u03BA\u03BB\u03BC\u03BD\u03BF"
			+ "\u03C0\u03B8\u03C1\u03C3\u03C4\u03C5\u03D6\u03C9\u03BE\u03C8\u03B6{|}\u223C\0"
			// 0x80-0x9F: undefined
			+ "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0"
			// 0xA0-0xAF: € ϒ ′ ≤ ⁄ ∞ ƒ ♣ ♦ ♥ ♠ ↔ ← ↑ → ↓
			+ "\u20AC\u03D2\u2032\u2264\u2044\u221E\u0192\u2663\u2666\u2665\u2660\u2194\u2190\u2191\u2192\u2193"
			// 0xB0-0xBF: ° ± ″ ≥ × ∝ ∂ • ÷ ≠ ≡ ≈ … arrow extenders ↵
			+ "\u00B0\u00B1\u2033\u2265\u00D7\u221D\u2202\u2022\u00F7\u2260\u2261\u2248\u2026\u23D0\u23AF\u21B5"
			// 0xC0-0xCF: ℵ ℑ ℜ ℘ ⊗ ⊕ ∅ ∩ ∪ ⊃ ⊇ ⊄ ⊂ ⊆ ∈ ∉
			+ "\u2135\u2111\u211C\u2118\u2297\u2295\u2205\u2229\u222A\u2283\u2287\u2284\u2282\u2286\u2208\u2209"
			// 0xD0-0xDF: ∠ ∇ ® © ™ ∏ √ ⋅ ¬ ∧ ∨ ⇔ ⇐ ⇑ ⇒ ⇓
			+ "\u2220\u2207\u00AE\u00A9\u2122\u220F\u221A\u22C5\u00AC\u2227\u2228\u21D4\u21D0\u21D1\u21D2\u21D3"
			// 0xE0-0xEF: ◊ ⟨ ® © ™ ∑ bracket and brace pieces
			+ "\u25CA\u27E8\u00AE\u00A9\u2122\u2211\u239B\u239C\u239D\u23A1\u23A2\u23A3\u23A7\u23A8\u23A9\u23AA"
			// 0xF0-0xFF: undefined ⟩ ∫ ⌠ integral extender ⌡ bracket and brace pieces, undefined
			+ "\0\u27E9\u222B\u2320\u23AE\u2321\u239E\u239F\u23A0\u23A4\u23A5\u23A6\u23AB\u23AC\u23AD\0";

	private SymbolFont() {
	}

	/**
	 * The character a private-use code from the Symbol font stands for, or {@code c} itself when it is no
	 * such code.
	 */
	public static char toUnicode(char c) {
		if (c < FIRST || c > LAST) {
			return c;
		}
		char mapped = CODES_0X20_TO_0XFF.charAt(c - FIRST);
		return mapped == UNDEFINED ? c : mapped;
	}
}
