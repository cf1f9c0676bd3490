package org.dossier.core.tests.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.model.Claim;
import org.dossier.model.Credibility;
import org.dossier.model.DateMention;
import org.dossier.model.Document;
import org.dossier.model.DossierFactory;
import org.dossier.model.DossierPackage;
import org.dossier.model.EvidenceLink;
import org.dossier.model.EvidenceRelation;
import org.dossier.model.Reference;
import org.dossier.model.Reliability;
import org.dossier.model.Source;
import org.dossier.model.Verdict;
import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.Test;

/** The domain model of DESIGN.md as the generated code and the registered package present it. */
class DomainModelTest {

	private static final DossierFactory CREATE = DossierFactory.eINSTANCE;

	@Test
	void thePackageIsRegisteredUnderItsVersionedNamespace() {
		assertThat(EPackage.Registry.INSTANCE.getEPackage("http://www.dossier.org/model/1.0")).isSameAs(DossierPackage.eINSTANCE);
	}

	@Test
	void anAnnotationCoversTheTextBetweenItsOffsets() {
		Document document = CREATE.createDocument();
		document.setText("Am 3. März 2020 begann es.");
		DateMention date = CREATE.createDateMention();
		date.setBegin(3);
		date.setEnd(15);
		document.getAnnotations().add(date);
		assertThat(date.getCoveredText()).isEqualTo("3. März 2020");

		date.setEnd(99);
		assertThat(date.getCoveredText()).as("offsets beyond the text cover nothing").isNull();
	}

	@Test
	void sourcesAndClaimsAreGradedOnTheAdmiraltyScale() {
		assertThat(Reliability.VALUES).extracting(Reliability::getLiteral).containsExactly("not_graded", "A", "B", "C", "D", "E", "F");
		assertThat(Credibility.VALUES).extracting(Credibility::getValue).containsExactly(0, 1, 2, 3, 4, 5, 6);
		Source source = CREATE.createSource();
		assertThat(source.getReliability()).isEqualTo(Reliability.NOT_GRADED);
		source.setReliability(Reliability.get("B"));
		assertThat(source.getReliability()).isEqualTo(Reliability.USUALLY_RELIABLE);

		Claim claim = CREATE.createClaim();
		assertThat(claim.getCredibility()).isEqualTo(Credibility.NOT_GRADED);
		assertThat(claim.getVerdict()).isEqualTo(Verdict.UNVERIFIED);
	}

	@Test
	void evidenceNamesItsTargetWhateverItsKind() {
		EvidenceLink link = CREATE.createEvidenceLink();
		assertThat(link.getTarget()).isNull();
		Reference reference = CREATE.createReference();
		link.setReference(reference);
		assertThat(link.getTarget()).isSameAs(reference);
		DateMention date = CREATE.createDateMention();
		link.setAnnotation(date);
		assertThat(link.getTarget()).as("the most specific target wins").isSameAs(date);
		assertThat(link.getRelation()).isEqualTo(EvidenceRelation.SUPPORTS);
	}
}
