package org.dossier.ui.tests.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.dossier.core.store.DossierStore;
import org.dossier.internal.ui.views.facts.DocumentFacts;
import org.dossier.internal.ui.views.facts.DocumentFactsReader;
import org.dossier.internal.ui.views.facts.EntityTally;
import org.dossier.internal.ui.views.facts.ModelAddress;
import org.dossier.internal.ui.views.facts.ReferenceFact;
import org.dossier.model.Document;
import org.dossier.model.DocumentEntry;
import org.dossier.model.DossierPackage;
import org.dossier.model.Mention;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the views keep of a document, read from its file apart from the dossier's index, as their scan does. */
class DocumentFactsReaderTest {

	@TempDir
	Path temp;

	@Test
	void readsCountsFiguresAndReferencesWithoutResolvingLinksOutOfTheDocument() throws Exception {
		Path folder = AnalysisDossier.create(temp.resolve("dossier"));
		try (DossierStore copy = DossierStore.openReadOnly(folder)) {
			DocumentEntry entry = (DocumentEntry) copy.getDossier().eResource().getEObject(AnalysisDossier.WIRE_REPORT);
			Document report = copy.getDocument(entry);

			DocumentFacts facts = DocumentFactsReader.read(report);

			assertThat(facts.publisherId()).isEqualTo("s-wire");
			assertThat(facts.textLength()).isEqualTo(AnalysisDossier.WIRE_TEXT.length());
			assertThat(facts.mentions()).containsOnlyKeys("e-moscow", "e-kyiv");
			assertThat(facts.mentions().get("e-moscow")).isEqualTo(new EntityTally(2, new ModelAddress(AnalysisDossier.WIRE_REPORT, "d-en-wire-a2")));
			assertThat(facts.figures()).extracting(figure -> figure.text() + " | " + figure.kind() + " | " + figure.noun())
					.containsExactly("30 October 2017 | date | null", "1,200 casualties | count | casualties");
			assertThat(facts.references()).extracting(ReferenceFact::label, ReferenceFact::citations, ReferenceFact::lacksLink)
					.containsExactly(tuple("[1]", 1, false), tuple("[2]", 0, true));
			assertThat(facts.citationsWithoutReference()).isEmpty();
			Mention first = (Mention) report.eResource().getEObject("d-en-wire-a2");
			assertThat(((EObject) first.eGet(DossierPackage.Literals.MENTION__ENTITY, false)).eIsProxy()).as("the link was not resolved").isTrue();
		}
	}

	@Test
	void findsWhatAFigureIsOfInTheWordsAfterIt() throws Exception {
		Path folder = AnalysisDossier.create(temp.resolve("dossier"));
		try (DossierStore copy = DossierStore.openReadOnly(folder)) {
			DocumentEntry entry = (DocumentEntry) copy.getDossier().eResource().getEObject(AnalysisDossier.COMMUNIQUE);

			DocumentFacts facts = DocumentFactsReader.read(copy.getDocument(entry));

			assertThat(facts.figures()).extracting(figure -> figure.text() + " → " + figure.noun())
					.containsExactly("3 novembre 2019 → null", "45 % → participation");
			assertThat(List.copyOf(facts.mentions().keySet())).containsExactly("e-moscou");
		}
	}
}
