package org.dossier.internal.nlp;

import java.util.Set;

/** Short grammatical words of French, German, English and Russian, in lower case. */
public final class FunctionWords {

	/**
	 * Articles, prepositions and conjunctions after which a sentence cannot stop. A line that ends with one
	 * goes on on the next line. Words that can close a sentence are left out even when they are mostly
	 * prepositions: German separable particles ("kommt an", "hört auf") and English "in", "on".
	 */
	private static final Set<String> NEVER_LAST_IN_SENTENCE = Set.of(
			"a", "an", "the", "of", "and", "or", "but", "nor", "with", "from", "for", "at", "by", "into", "onto",
			"than", "whose", "le", "la", "les", "un", "une", "des", "du", "de", "au", "aux", "à", "et", "ou",
			"mais", "dans", "sur", "par", "pour", "avec", "sans", "sous", "entre", "vers", "chez", "dont", "der",
			"die", "das", "den", "dem", "ein", "eine", "einen", "einem", "einer", "eines", "und", "oder", "aber",
			"sondern", "im", "vom", "zum", "zur", "für", "bei", "beim", "über", "unter", "zwischen", "durch",
			"gegen", "ohne", "dass", "von", "в", "во", "на", "и", "с", "со", "к", "ко", "о", "об", "от", "по", "из",
			"за", "для", "до", "при", "у", "а", "но", "или", "через", "между", "под", "над", "без", "после",
			"перед", "около");

	/** Further words that stand between a number and what it counts without being what it counts. */
	private static final Set<String> OTHER_GRAMMATICAL_WORDS = Set.of(
			"in", "on", "to", "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its", "this",
			"these", "those", "that", "per", "more", "less", "over", "under", "about", "around", "up", "down", "out",
			"after", "before", "during", "since", "until", "as", "so", "not", "no", "each", "every", "other",
			"such", "who", "which", "whom", "them", "us", "you", "will", "would", "en", "est", "sont", "a", "ont",
			"été", "plus", "moins", "environ", "il", "elle", "ils", "elles", "ne", "pas", "y", "se", "selon", "après",
			"avant", "depuis", "pendant", "qui", "que", "an", "am", "auf", "aus", "zu", "ist", "sind", "war",
			"waren", "hat", "haben", "wird", "werden", "wurde", "wurden", "mehr", "weniger", "etwa", "rund",
			"nicht", "es", "er", "sie", "seit", "bis", "ab", "vor", "nach", "pro", "je", "mit", "um", "это", "не",
			"же", "ли", "бы", "как", "так", "более", "менее", "свыше", "почти", "был", "была", "были", "было",
			"есть", "тоже", "также", "уже", "еще", "ещё", "его", "ее", "её", "их", "он", "она", "они", "то", "что",
			"can", "could", "may", "might", "must", "should", "shall", "do", "does", "did", "peut", "peuvent", "doit",
			"doivent", "kann", "können", "muss", "müssen", "soll", "sollen", "может", "могут", "должен", "должны");

	private FunctionWords() {
	}

	public static boolean neverEndsSentence(String lowerCaseWord) {
		return NEVER_LAST_IN_SENTENCE.contains(lowerCaseWord);
	}

	public static boolean isGrammatical(String lowerCaseWord) {
		return NEVER_LAST_IN_SENTENCE.contains(lowerCaseWord) || OTHER_GRAMMATICAL_WORDS.contains(lowerCaseWord);
	}
}
