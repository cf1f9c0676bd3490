package org.dossier.doc.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.help.internal.base.BaseHelpSystem;
import org.eclipse.help.internal.search.ISearchHitCollector;
import org.eclipse.help.internal.search.QueryTooComplexException;
import org.eclipse.help.internal.search.SearchHit;
import org.eclipse.help.internal.search.SearchQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleException;

/**
 * The Search field of the help window: the help system indexes the guides with Lucene (the bundles the
 * target wraps) and finds pages by their words. Uses the search manager the help window calls, which
 * org.eclipse.help.base offers its UI only (hence the discouraged-access warning).
 */
class HelpSearchTest {

	@BeforeAll
	static void startTheHelpSystem() throws BundleException {
		Platform.getBundle("org.eclipse.help.base").start();
	}

	@Test
	void searchFindsTheUserGuidePageOnGrading() throws Exception {
		assertThat(pagesFound("Admiralty")).contains("/org.dossier.doc/guide/claims.html");
	}

	@Test
	void searchFindsTheExtenderGuideAndTheGeneratedReference() throws Exception {
		assertThat(pagesFound("hashtag")).contains("/org.dossier.doc/extending/extractors.html");
		assertThat(pagesFound("enabledByDefault")).contains("/org.dossier.doc/reference/org.dossier.core.extractors.html");
	}

	@Test
	void searchFindsRussianWordsOfTheGuide() throws Exception {
		assertThat(pagesFound("министра")).contains("/org.dossier.doc/guide/command-line.html");
	}

	private static List<String> pagesFound(String words) throws QueryTooComplexException {
		List<String> pages = new ArrayList<>();
		ISearchHitCollector collector = new ISearchHitCollector() {
			@Override
			public void addHits(List<SearchHit> hits, String wordsSearched) {
				hits.forEach(hit -> pages.add(hit.getHref().replaceFirst("\\?.*", "")));
			}

			@Override
			public void addQTCException(QueryTooComplexException exception) throws QueryTooComplexException {
				throw exception;
			}
		};
		BaseHelpSystem.getSearchManager().search(new SearchQuery(words, false, List.of(), Platform.getNL()), collector,
				new NullProgressMonitor());
		return pages;
	}
}
