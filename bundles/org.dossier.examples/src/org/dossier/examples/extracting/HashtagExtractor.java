package org.dossier.examples.extracting;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dossier.core.extracting.ExtractionContext;
import org.dossier.core.extracting.Extractor;
import org.dossier.model.DossierFactory;
import org.dossier.model.EntityKind;
import org.dossier.model.Mention;

/**
 * Hashtags ({@code #StopWar}, {@code #Bundestagswahl}, {@code #выборы2024}) as mentions of entities of
 * kind "other": one entity per hashtag, shared by all the documents of the dossier (the resolver
 * ignores case and accents, so {@code #stopwar} is {@code #StopWar}), so that the explorer and the
 * exports count where each hashtag is used. A {@code #} inside a word or a web address ({@code C#},
 * {@code page.html#top}, {@code /#/route}) or starting an HTML character reference ({@code &#x2014;})
 * does not start a hashtag, and a hashtag needs a letter ({@code #1} is a number).
 */
public final class HashtagExtractor implements Extractor {

	private static final Pattern HASHTAG = Pattern
			.compile("(?<![\\p{L}\\p{M}\\p{N}_&/#@])#[\\p{L}\\p{M}\\p{N}_]*\\p{L}[\\p{L}\\p{M}\\p{N}_]*");

	@Override
	public void extract(ExtractionContext context) {
		Matcher hashtag = HASHTAG.matcher(context.text());
		while (hashtag.find() && !context.isCanceled()) {
			Mention mention = DossierFactory.eINSTANCE.createMention();
			mention.setBegin(hashtag.start());
			mention.setEnd(hashtag.end());
			mention.setEntity(context.entities().resolve(hashtag.group(), hashtag.group(), EntityKind.OTHER));
			context.add(mention);
		}
	}
}
