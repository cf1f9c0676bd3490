package org.dossier.core.tests.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.dossier.core.store.DossierStore;
import org.dossier.model.Annotation;
import org.dossier.model.Claim;
import org.dossier.model.Document;
import org.dossier.model.DocumentEntry;
import org.dossier.model.EvidenceLink;
import org.dossier.model.Mention;
import org.dossier.model.Quote;
import org.junit.jupiter.api.Test;

/** The sample dossier the product ships stays loadable and consistent with this version of the model. */
class SampleDossierTest {

	private static final Path SAMPLE = Path.of("../../samples/sample-dossier");

	@Test
	void everyDocumentLoadsAndMatchesItsSummary() throws Exception {
		try (DossierStore store = DossierStore.openReadOnly(SAMPLE)) {
			assertThat(store.getDossier().getDocuments()).extracting(DocumentEntry::getLanguage).containsExactly("fr", "de", "en", "ru");
			for (DocumentEntry entry : store.getDossier().getDocuments()) {
				Document document = store.getDocument(entry);
				assertThat(document.getTitle()).isEqualTo(entry.getTitle());
				assertThat(document.getAnnotations()).hasSize(entry.getAnnotationCount());
				assertThat(document.getPublisher()).as("publisher of %s", entry.getId()).isNotNull().matches(s -> !s.eIsProxy());
				for (Annotation annotation : document.getAnnotations()) {
					assertThat(annotation.getBegin()).isBetween(0, annotation.getEnd());
					assertThat(annotation.getEnd()).isLessThanOrEqualTo(document.getText().length());
				}
			}
		}
	}

	@Test
	void mentionsAndQuotesResolveToTheDossiersEntitiesAcrossLanguages() throws Exception {
		try (DossierStore store = DossierStore.openReadOnly(SAMPLE)) {
			var moscow = store.getDossier().getEntities().stream().filter(e -> e.getName().equals("Moscow")).findFirst().orElseThrow();
			int moscowMentions = 0;
			for (DocumentEntry entry : store.getDossier().getDocuments()) {
				Document document = store.getDocument(entry);
				for (Annotation annotation : document.getAnnotations()) {
					if (annotation instanceof Mention mention) {
						assertThat(mention.getEntity().eIsProxy()).isFalse();
						String surface = document.getText().substring(mention.getBegin(), mention.getEnd());
						assertThat(mention.getEntity().getAliases()).contains(surface);
						moscowMentions += mention.getEntity() == moscow ? 1 : 0;
					}
					if (annotation instanceof Quote quote && quote.getSpeaker() != null) {
						assertThat(quote.getSpeaker().getName()).isEqualTo("Sergei Lavrov");
					}
				}
			}
			assertThat(moscowMentions).isEqualTo(3);
		}
	}

	@Test
	void claimEvidencePointsIntoDocuments() throws Exception {
		try (DossierStore store = DossierStore.openReadOnly(SAMPLE)) {
			Claim claim = store.getDossier().getClaims().get(0);
			assertThat(claim.getEvidence()).extracting(EvidenceLink::getRelation).extracting(Object::toString)
					.containsExactly("supports", "refutes");
			for (EvidenceLink link : claim.getEvidence()) {
				Annotation target = link.getAnnotation();
				assertThat(target.eIsProxy()).as("evidence %s resolves", link.getNote()).isFalse();
				Document document = (Document) target.eContainer();
				assertThat(document.getText().substring(target.getBegin(), target.getEnd())).matches("\\d+ (%|процентов)");
			}
		}
	}
}
