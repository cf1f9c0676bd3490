package org.dossier.internal.nlp.quotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.dossier.internal.nlp.Paragraphs;
import org.dossier.internal.nlp.quotes.QuoteMarks.Pair;
import org.dossier.internal.nlp.quotes.SpeakerPhrases.Phrase;
import org.dossier.internal.nlp.quotes.SpeechVerbs.Kind;
import org.dossier.internal.nlp.quotes.SpeechVerbs.Match;
import org.dossier.internal.nlp.sentences.SentenceBoundaries;
import org.dossier.internal.nlp.sentences.TokenSequence;
import org.dossier.internal.nlp.sentences.TokenType;
import org.dossier.internal.nlp.sentences.Tokenizer;
import org.dossier.nlp.Quotation;
import org.dossier.nlp.Quotation.Speaker;
import org.dossier.nlp.Quotation.SpeechVerb;

/** Attributes the quotations of one text to their speakers; see {@code QuoteRecognizer} for the rules. */
public final class QuoteAttribution {

	/** Quotations of at most this many words that end no sentence may be scare quotes. */
	private static final int MOST_WORDS_OF_SCARE_QUOTE = 3;
	/**
	 * A quotation that ends its sentence is attributed by the next one only when that is shorter than this
	 * many tokens, a speaker and a verb: "“We will win.” Lavrov said." A longer one tells something else.
	 */
	private static final int SHORTEST_NARRATIVE = 8;
	/** How many tokens after a quotation a speech verb is looked for: "“…,” Sergei Lavrov, the minister, said". */
	private static final int AFTER_WINDOW = 10;
	/**
	 * How many words may stand between a speech verb before a quotation (and its speaker) and the opening
	 * mark: "He said that he understood that Putin had decided that conscripts “…”".
	 */
	private static final int LONGEST_GAP_BEFORE = 12;
	/** How many paragraphs back a pronoun may find the speaker it stands for. */
	private static final int PARAGRAPHS_BACK_FOR_PRONOUN = 2;
	/**
	 * How many paragraphs back a quotation without speech verb may find its speaker introduced, when it
	 * opens its paragraph ("X said:" and the quotation below it); elsewhere only its own paragraph counts.
	 */
	private static final int PARAGRAPHS_BACK_FOR_INTRODUCTION = 1;
	/** Words between a verb and the quotation that say nothing: "said that “…”", "a déclaré que «…»". */
	private static final Set<String> COMPLEMENTIZERS = Set.of("that", "que", "qu'", "dass", "daß", "что", "чтобы");
	/** Auxiliaries taken into a speech verb as written: "a déclaré", "has said", "hat gesagt". */
	private static final Set<String> VERB_AUXILIARIES = Set.of("a", "ont", "avait", "avaient", "aurait", "auraient",
			"has", "have", "had", "hat", "haben", "hatte", "habe");

	/** A speaker found somewhere, named (not a pronoun), with the verb that attributed speech to them. */
	private record Event(int speakerBegin, int speakerEnd, int verbBegin, int verbEnd, int paragraph) {
	}

	/**
	 * The attribution found for a quotation, in character offsets; no speaker when speakerBegin < 0.
	 * {@code subjectExpected} for a verb, whose subject, when it is not next to it ("he avoided an answer
	 * by stating that “…”"), is the speaker named before it in the paragraph; a preposition's is not.
	 */
	private record Attribution(int speakerBegin, int speakerEnd, boolean pronoun, int verbBegin, int verbEnd,
			int gapWords, boolean inNextSentence, boolean subjectExpected) {
	}

	private final String text;
	private final List<Pair> pairs;
	private final TokenSequence tokens;
	private final TokenWords words;
	private final SpeakerPhrases phrases;
	private final int[] sentenceOfToken;
	private final int[] sentenceFirstToken;
	private final int[] sentenceLastToken;
	private final int[] paragraphStarts;
	private final BitSet tokenInQuotation;
	private final TreeMap<Integer, Event> events = new TreeMap<>();
	private final BitSet paragraphsScanned = new BitSet();

	public QuoteAttribution(String text, List<Pair> pairs) {
		this.text = text;
		this.pairs = pairs;
		this.paragraphStarts = Paragraphs.starts(text);
		this.tokens = Tokenizer.tokenize(onlyParagraphsNear(pairs));
		this.words = new TokenWords(tokens);
		this.phrases = new SpeakerPhrases(words);
		int[] sentences = SentenceBoundaries.find(tokens);
		sentenceOfToken = new int[tokens.size()];
		sentenceFirstToken = new int[sentences.length / 2];
		sentenceLastToken = new int[sentences.length / 2];
		for (int k = 0; k < sentences.length; k += 2) {
			sentenceFirstToken[k / 2] = sentences[k];
			sentenceLastToken[k / 2] = sentences[k + 1];
			Arrays.fill(sentenceOfToken, sentences[k], sentences[k + 1] + 1, k / 2);
		}
		tokenInQuotation = new BitSet(tokens.size());
		for (Pair pair : pairs) {
			tokenInQuotation.set(tokens.indexAt(pair.open()), tokens.indexAt(pair.close()) + 1);
		}
	}

	public List<Quotation> run() {
		List<Quotation> quotations = new ArrayList<>();
		Deque<Pair> enclosing = new ArrayDeque<>();
		Quotation previousTopLevel = null;
		int previousTopLevelSentence = -1;
		for (Pair pair : pairs) {
			while (!enclosing.isEmpty() && enclosing.peek().close() < pair.open()) {
				enclosing.pop();
			}
			boolean nested = !enclosing.isEmpty();
			enclosing.push(pair);
			int begin = skipSpace(pair.open() + 1, pair.close());
			int end = trimSpace(begin, pair.close());
			if (begin >= end) {
				continue;
			}
			boolean mayBeScareQuote = wordCount(begin, end) <= MOST_WORDS_OF_SCARE_QUOTE && !endsSentence(begin, end);
			Quotation quotation;
			if (nested) {
				quotation = quotation(pair, begin, end, null, null, mayBeScareQuote, true);
			} else {
				int openToken = tokens.indexAt(pair.open());
				boolean afterPreviousInSentence = previousTopLevelSentence == sentenceOfToken[openToken];
				quotation = attribute(pair, begin, end, mayBeScareQuote, afterPreviousInSentence ? previousTopLevel : null);
				previousTopLevel = quotation;
				previousTopLevelSentence = sentenceOfToken[tokens.indexAt(pair.close())];
			}
			quotations.add(quotation);
		}
		return quotations;
	}

	/**
	 * Attributes a top-level quotation. A speech verb right after it in its sentence wins ("«…», a déclaré
	 * X"), then one right before it ("X a déclaré : «…»"), then one in a short sentence after it ("“…” Lavrov
	 * said."), then one further before it in its sentence, unless the quotation may be scare quotes. Without
	 * any, it takes the speaker of {@code previousInSentence}, the quotation before it in the same sentence,
	 * else the speaker introduced last before it.
	 */
	private Quotation attribute(Pair pair, int begin, int end, boolean mayBeScareQuote, Quotation previousInSentence) {
		int openToken = tokens.indexAt(pair.open());
		Attribution after = after(tokens.indexAt(pair.close()));
		Attribution before = before(openToken,
				previousInSentence == null ? -1 : tokens.indexAt(previousInSentence.markedEnd() - 1) + 1);
		if (after != null && !after.inNextSentence()) {
			return attributed(pair, begin, end, after);
		}
		if (before != null && before.gapWords() == 0) {
			return attributed(pair, begin, end, before);
		}
		if (after != null) {
			return attributed(pair, begin, end, after);
		}
		if (mayBeScareQuote) {
			return quotation(pair, begin, end, null, null, true, false);
		}
		if (before != null && before.gapWords() <= LONGEST_GAP_BEFORE) {
			return attributed(pair, begin, end, before);
		}
		if (previousInSentence != null && previousInSentence.speaker().isPresent()) {
			Speaker speaker = previousInSentence.speaker().get();
			return quotation(pair, begin, end, new Speaker(speaker.begin(), speaker.end(), speaker.text(), true),
					previousInSentence.speechVerb().orElse(null), false, false);
		}
		Event introduction = nearestEvent(pair.open(), opensParagraph(pair.open()) ? PARAGRAPHS_BACK_FOR_INTRODUCTION : 0);
		if (introduction != null) {
			return quotation(pair, begin, end, speaker(introduction, true),
					verb(introduction.verbBegin(), introduction.verbEnd()), false, false);
		}
		return quotation(pair, begin, end, null, null, false, false);
	}

	/**
	 * The quotation with its attribution. A named speaker becomes one that later pronouns and quotations
	 * can refer to; a pronoun, or a verb without a subject next to it ("by stating that “…”"), takes the
	 * speaker named last before it.
	 */
	private Quotation attributed(Pair pair, int begin, int end, Attribution attribution) {
		Speaker speaker = null;
		if (attribution.speakerBegin() >= 0 && !attribution.pronoun()) {
			speaker = new Speaker(attribution.speakerBegin(), attribution.speakerEnd(),
					text.substring(attribution.speakerBegin(), attribution.speakerEnd()), false);
			events.put(pair.open(), new Event(attribution.speakerBegin(), attribution.speakerEnd(),
					attribution.verbBegin(), attribution.verbEnd(), paragraphOf(pair.open())));
		} else {
			Event antecedent = attribution.pronoun() ? nearestEvent(attribution.speakerBegin(), PARAGRAPHS_BACK_FOR_PRONOUN)
					: attribution.subjectExpected() ? nearestEvent(attribution.verbBegin(), 0) : null;
			if (antecedent != null) {
				speaker = speaker(antecedent, true);
			}
		}
		return quotation(pair, begin, end, speaker, verb(attribution.verbBegin(), attribution.verbEnd()), false, false);
	}

	private Quotation quotation(Pair pair, int begin, int end, Speaker speaker, SpeechVerb verb, boolean scareQuote,
			boolean nested) {
		return new Quotation(begin, end, text.substring(begin, end), pair.begin(), pair.end(),
				text.substring(pair.begin(), pair.end()), Optional.ofNullable(speaker), Optional.ofNullable(verb), scareQuote,
				nested);
	}

	/** A speech verb right after the closing mark: "«…», a déclaré X", "“…,” X said", "„…“, so X". */
	private Attribution after(int closeToken) {
		int first = closeToken + 1;
		if (first >= tokens.size() || paragraphOf(tokens.begin(first)) != paragraphOf(tokens.begin(closeToken))) {
			return null;
		}
		boolean comma = false;
		while (first < tokens.size() && isAttributionPunctuation(first)) {
			comma |= tokens.firstChar(first) == ',';
			first++;
		}
		if (first >= tokens.size()) {
			return null;
		}
		int sentence = sentenceOfToken[first];
		boolean nextSentence = sentence != sentenceOfToken[closeToken];
		if (nextSentence && sentenceLastToken[sentence] - sentenceFirstToken[sentence] >= SHORTEST_NARRATIVE) {
			return null;
		}
		int limit = Math.min(sentenceLastToken[sentence] + 1, first + AFTER_WINDOW);
		int paragraph = paragraphOf(tokens.begin(first));
		for (int k = first; k < limit; k++) {
			if (paragraphOf(tokens.begin(k)) != paragraph) {
				limit = k;
				break;
			}
		}
		for (int k = first; k < limit; k++) {
			if (tokenInQuotation.get(k) || tokens.type(k) != TokenType.WORD && !isSpeakerPunctuation(k)) {
				return null;
			}
			Match match = SpeechVerbs.at(words, k, limit);
			if (match == null) {
				continue;
			}
			if (match.kind() == Kind.AFTER_QUOTE && (k != first || !comma)
					|| nextSentence && match.kind() != Kind.VERB) {
				return null;
			}
			Phrase speaker = switch (match.kind()) {
				case VERB -> {
					Phrase subject = phrases.before(match.first(), first);
					yield subject != null ? subject : phrases.afterWithApposition(match.last() + 1, limit);
				}
				case PREPOSITION, AFTER_QUOTE -> phrases.afterWithApposition(match.last() + 1, limit);
				case POSTPOSITION -> phrases.before(match.first(), first);
			};
			return attribution(match, speaker, 0, nextSentence);
		}
		return null;
	}

	/**
	 * The speech verb nearest before the opening mark in its sentence, not before {@code floor} (the end of
	 * an earlier quotation in the sentence, or -1): "X a déclaré : «…»", "Selon X, «…»".
	 */
	private Attribution before(int openToken, int floor) {
		if (openToken == 0) {
			return null;
		}
		int sentenceStart = Math.max(sentenceFirstToken[sentenceOfToken[openToken]], floor);
		int paragraph = paragraphOf(tokens.begin(openToken));
		for (int k = openToken - 1; k >= sentenceStart; k--) {
			if (paragraphOf(tokens.begin(k)) != paragraph) {
				return null;
			}
			if (tokenInQuotation.get(k)) {
				continue;
			}
			Match match = SpeechVerbs.at(words, k, openToken);
			if (match == null || match.kind() == Kind.AFTER_QUOTE) {
				continue;
			}
			Phrase speaker;
			int gapFrom = match.last() + 1;
			if (match.kind() == Kind.PREPOSITION) {
				speaker = phrases.after(match.last() + 1, openToken);
				gapFrom = speaker == null ? gapFrom : speaker.last() + 1;
			} else {
				speaker = phrases.before(match.first(), sentenceStart);
				if (speaker == null && match.kind() == Kind.VERB && match.inversionPronoun() == null) {
					speaker = phrases.after(match.last() + 1, openToken);
					gapFrom = speaker == null ? gapFrom : speaker.last() + 1;
				}
			}
			return attribution(match, speaker, gapWords(gapFrom, openToken), false);
		}
		return null;
	}

	/** The first token of a speech verb as written, with the auxiliary right before it: "a déclaré", "has said". */
	private int verbFirstToken(Match match) {
		int verbFirst = match.first();
		if (verbFirst > 0 && VERB_AUXILIARIES.contains(words.word(verbFirst - 1))
				&& tokens.end(verbFirst - 1) + 1 >= tokens.begin(verbFirst)) {
			verbFirst--;
		}
		return verbFirst;
	}

	private Attribution attribution(Match match, Phrase speaker, int gapWords, boolean inNextSentence) {
		int verbBegin = tokens.begin(verbFirstToken(match));
		int verbEnd = tokens.end(match.last());
		if (match.inversionPronoun() != null) {
			int pronounEnd = tokens.end(match.first());
			return new Attribution(pronounEnd - match.inversionPronoun().length(), pronounEnd, true, verbBegin, verbEnd,
					gapWords, inNextSentence, true);
		}
		boolean subjectExpected = match.kind() == Kind.VERB;
		if (speaker == null) {
			return new Attribution(-1, -1, false, verbBegin, verbEnd, gapWords, inNextSentence, subjectExpected);
		}
		return new Attribution(tokens.begin(speaker.first()), tokens.end(speaker.last()), speaker.pronoun(), verbBegin,
				verbEnd, gapWords, inNextSentence, subjectExpected);
	}

	/** The words between a speech verb and its quotation, less "that", "que", "dass", "что". */
	private int gapWords(int from, int to) {
		int count = 0;
		for (int k = from; k < to; k++) {
			if ((tokens.type(k) == TokenType.WORD || tokens.type(k) == TokenType.NUMBER)
					&& !COMPLEMENTIZERS.contains(words.word(k))) {
				count++;
			}
		}
		return count;
	}

	/**
	 * The speaker named last before {@code offset}, in its paragraph or the {@code paragraphsBack} before:
	 * by a speech verb in the text or as the speaker of an earlier quotation.
	 */
	private Event nearestEvent(int offset, int paragraphsBack) {
		int paragraph = paragraphOf(offset);
		for (int p = Math.max(0, paragraph - paragraphsBack); p <= paragraph; p++) {
			scanParagraph(p);
		}
		Map.Entry<Integer, Event> entry = events.lowerEntry(offset);
		while (entry != null && entry.getValue().speakerBegin() >= offset) {
			entry = events.lowerEntry(entry.getKey());
		}
		return entry != null && entry.getValue().paragraph() >= paragraph - paragraphsBack ? entry.getValue() : null;
	}

	/** Records the speakers that the speech verbs of a paragraph, outside quotations, name. */
	private void scanParagraph(int paragraph) {
		if (paragraphsScanned.get(paragraph)) {
			return;
		}
		paragraphsScanned.set(paragraph);
		int begin = paragraphStarts[paragraph];
		int end = paragraph + 1 < paragraphStarts.length ? paragraphStarts[paragraph + 1] : text.length();
		for (int k = tokens.indexAt(begin); k < tokens.size() && tokens.begin(k) < end; k++) {
			if (tokenInQuotation.get(k) || tokens.type(k) != TokenType.WORD) {
				continue;
			}
			int sentence = sentenceOfToken[k];
			Match match = SpeechVerbs.at(words, k, sentenceLastToken[sentence] + 1);
			if (match == null || match.inversionPronoun() != null || match.kind() == Kind.AFTER_QUOTE) {
				continue;
			}
			Phrase speaker = match.kind() == Kind.PREPOSITION
					? phrases.after(match.last() + 1, sentenceLastToken[sentence] + 1)
					: phrases.before(match.first(), sentenceFirstToken[sentence]);
			if (speaker != null && !speaker.pronoun()) {
				events.putIfAbsent(tokens.begin(k), new Event(tokens.begin(speaker.first()), tokens.end(speaker.last()),
						tokens.begin(verbFirstToken(match)), tokens.end(match.last()), paragraph));
			}
		}
	}

	private Speaker speaker(Event event, boolean fromContext) {
		return new Speaker(event.speakerBegin(), event.speakerEnd(), text.substring(event.speakerBegin(), event.speakerEnd()),
				fromContext);
	}

	private SpeechVerb verb(int begin, int end) {
		return new SpeechVerb(begin, end, text.substring(begin, end));
	}

	/** Punctuation between a closing mark and its attribution: "»,", "”,", "» —", "», —". */
	private boolean isAttributionPunctuation(int k) {
		char c = tokens.firstChar(k);
		return tokens.length(k) == 1 && (c == ',' || c == '—' || c == '–' || c == '-' || c == ':');
	}

	/** Punctuation inside a speaker phrase: the commas of an apposition, a possessive apostrophe. */
	private boolean isSpeakerPunctuation(int k) {
		char c = tokens.firstChar(k);
		return tokens.type(k) == TokenType.INITIAL || tokens.type(k) == TokenType.ABBREVIATION
				|| tokens.length(k) == 1 && (c == ',' || c == '\'' || c == '’' || c == '-');
	}

	private int wordCount(int begin, int end) {
		int words = 0;
		boolean inWord = false;
		for (int k = begin; k < end; k++) {
			boolean space = Character.isWhitespace(text.charAt(k)) || Character.isSpaceChar(text.charAt(k));
			if (!space && !inWord) {
				words++;
			}
			inWord = !space;
		}
		return words;
	}

	/**
	 * Whether the quoted words make a sentence of their own: they hold the end of one ("Non. Jamais") or end
	 * with an exclamation or question ("Jamais !"). A period closing them does not count, for American usage
	 * puts it inside scare quotes too: a “tragedy.”
	 */
	private boolean endsSentence(int begin, int end) {
		char last = text.charAt(end - 1);
		if (last == '!' || last == '?' || last == '…') {
			return true;
		}
		for (int k = begin; k < end - 1; k++) {
			char c = text.charAt(k);
			if ((c == '.' || c == '!' || c == '?' || c == '…') && Character.isWhitespace(text.charAt(k + 1))) {
				return true;
			}
		}
		return false;
	}

	/** Whether only spaces stand between the start of its paragraph and the offset. */
	private boolean opensParagraph(int offset) {
		return skipSpace(paragraphStarts[paragraphOf(offset)], offset) == offset;
	}

	private int skipSpace(int from, int to) {
		int k = from;
		while (k < to && (Character.isWhitespace(text.charAt(k)) || Character.isSpaceChar(text.charAt(k)))) {
			k++;
		}
		return k;
	}

	private int trimSpace(int from, int to) {
		int k = to;
		while (k > from && (Character.isWhitespace(text.charAt(k - 1)) || Character.isSpaceChar(text.charAt(k - 1)))) {
			k--;
		}
		return k;
	}

	/**
	 * The text with only the paragraphs an attribution may look at: each quotation's own, the ones before
	 * it where a pronoun's speaker or an introduction may stand, and the one after it; the others blanked,
	 * their line breaks and every offset kept. Tokenising and splitting the rest would be wasted work.
	 */
	private String onlyParagraphsNear(List<Pair> quotations) {
		BitSet near = new BitSet(paragraphStarts.length);
		int back = Math.max(PARAGRAPHS_BACK_FOR_PRONOUN, PARAGRAPHS_BACK_FOR_INTRODUCTION);
		for (Pair pair : quotations) {
			near.set(Math.max(0, paragraphOf(pair.open()) - back), Math.min(paragraphStarts.length, paragraphOf(pair.close()) + 2));
		}
		if (near.cardinality() == paragraphStarts.length) {
			return text;
		}
		char[] kept = text.toCharArray();
		for (int paragraph = near.nextClearBit(0); paragraph < paragraphStarts.length; paragraph = near.nextClearBit(paragraph + 1)) {
			int end = paragraph + 1 < paragraphStarts.length ? paragraphStarts[paragraph + 1] : kept.length;
			for (int k = paragraphStarts[paragraph]; k < end; k++) {
				if (kept[k] != '\n') {
					kept[k] = ' ';
				}
			}
		}
		return new String(kept);
	}

	private int paragraphOf(int offset) {
		int index = Arrays.binarySearch(paragraphStarts, offset);
		return index >= 0 ? index : -index - 2;
	}
}
