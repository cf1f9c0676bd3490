package org.dossier.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.dossier.internal.nlp.sentences.SentenceBoundaries;
import org.dossier.internal.nlp.sentences.TokenList;
import org.dossier.internal.nlp.sentences.TokenSequence;
import org.dossier.internal.nlp.sentences.Tokenizer;

/**
 * Cuts French, German, English and Russian text into sentences and tokens. One set of rules serves the
 * four languages, since documents mix them and a quotation in one may stand in a text in another.
 * <p>
 * Tokens: words keep inner hyphens and apostrophes ("Иссык-Куль", "aujourd'hui"), French elisions and
 * English contractions are split off ("l'" + "homme", "Ukraine" + "’s"); numbers keep their decimal and
 * grouping marks ("3.5", "2,000,000", "1 250 000" with no-break spaces, "21.06.2014"); web and e-mail
 * addresses and DOIs are one token; an abbreviation keeps its period ("Dr.", "z.", "B.", "т.е.", "Н.Н.",
 * "e.g.", "p." before a number); "US$" is one symbol.
 * <p>
 * Sentences end at '.', '!', '?' and '…' followed by a word that does not start in lower case, with any
 * closing quotation marks, brackets and footnote markers after the mark ("…company’”.[1]", "« Nous
 * partons. »"). They do not end after abbreviations that stand before a name or number ("Dr. Müller", "M.
 * Macron", "Н.Н. Михайлова", "z. B.", "p. 12", "г. Караганда", "т.е.", "e.g.") nor after those that may
 * end a sentence when a lower-case word follows ("etc.", "usw.", "и т. д.", "2014 г."); nor after a list or
 * heading number ("1. Introduction"), a day before its month ("am 3. März") or a German ordinal ("zum 3.
 * Mal"); nor inside a decimal number or "[…]". A blank line always ends a sentence, a single line break
 * unless the next line starts in lower case or the line ends with a comma, hyphen or a word no sentence ends
 * with. Run it on normalised text (see {@link TextNormalizer}), whose remaining line breaks end headings,
 * list items and table rows rather than lines of a paragraph. The abbreviations are listed in
 * {@code org/dossier/internal/nlp/sentences/abbreviations.txt}.
 * <p>
 * Token lists are unmodifiable views on a compact table of offsets: a {@link Token} is made when asked for,
 * so splitting a long text costs little more than its sentences.
 * <p>
 * Instances hold no state and can be shared between threads.
 */
public final class SentenceSplitter {

	/** The sentences of a text, each with its tokens, in text order. Every token belongs to one sentence. */
	public List<Sentence> split(String text) {
		TokenSequence tokens = Tokenizer.tokenize(text);
		int[] ranges = SentenceBoundaries.find(tokens);
		List<Sentence> sentences = new ArrayList<>(ranges.length / 2);
		for (int k = 0; k < ranges.length; k += 2) {
			int begin = tokens.begin(ranges[k]);
			int end = tokens.end(ranges[k + 1]);
			sentences.add(new Sentence(begin, end, text.substring(begin, end), new TokenList(tokens, ranges[k], ranges[k + 1] + 1)));
		}
		return Collections.unmodifiableList(sentences);
	}

	/** The tokens of a text, in text order, without sentences. */
	public List<Token> tokenize(String text) {
		TokenSequence tokens = Tokenizer.tokenize(text);
		return new TokenList(tokens, 0, tokens.size());
	}
}
