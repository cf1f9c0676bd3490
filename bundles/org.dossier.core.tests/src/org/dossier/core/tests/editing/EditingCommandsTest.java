package org.dossier.core.tests.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.dossier.core.editing.AnnotationCommands;
import org.dossier.core.editing.ClaimCommands;
import org.dossier.core.editing.DossierEditingDomains;
import org.dossier.core.editing.EntityCommands;
import org.dossier.core.editing.EntityUsages;
import org.dossier.core.editing.SourceCommands;
import org.dossier.core.store.DossierStore;
import org.dossier.model.Claim;
import org.dossier.model.ClaimMention;
import org.dossier.model.Credibility;
import org.dossier.model.Document;
import org.dossier.model.DocumentEntry;
import org.dossier.model.DossierFactory;
import org.dossier.model.Entity;
import org.dossier.model.EntityKind;
import org.dossier.model.EvidenceRelation;
import org.dossier.model.Mention;
import org.dossier.model.Quote;
import org.dossier.model.Reliability;
import org.dossier.model.Source;
import org.dossier.model.SourceKind;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyst's edits as commands: claims, evidence, entity merges and splits, each undoable and saved. */
class EditingCommandsTest {

	private static final String TEXT = "Le ministre Sergueï Lavrov a déclaré le 3 mai que Moscou «refuse tout compromis». "
			+ "Sergei Lavrov later met the press in Moscow.";

	@TempDir
	Path folder;

	private DossierStore store;
	private EditingDomain domain;
	private Document document;
	private Entity lavrovFr;
	private Entity lavrovEn;

	@BeforeEach
	void createDossier() throws Exception {
		store = DossierStore.create(folder.resolve("d"), "Test");
		domain = DossierEditingDomains.create(store);
		lavrovFr = entity("Sergueï Lavrov");
		lavrovEn = entity("Sergei Lavrov");
		store.getDossier().getEntities().addAll(List.of(lavrovFr, lavrovEn));
		document = DossierFactory.eINSTANCE.createDocument();
		document.setTitle("Déclaration");
		document.setText(TEXT);
		document.getAnnotations().add(mention(lavrovFr, "Sergueï Lavrov"));
		document.getAnnotations().add(mention(lavrovEn, "Sergei Lavrov"));
		Quote quote = DossierFactory.eINSTANCE.createQuote();
		quote.setBegin(TEXT.indexOf('«'));
		quote.setEnd(TEXT.indexOf('»') + 1);
		quote.setSpeaker(lavrovFr);
		document.getAnnotations().add(quote);
		store.addDocument(document);
		store.save();
	}

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void aClaimMadeFromASelectionIsUndoneRedoneAndSaved() throws Exception {
		int begin = TEXT.indexOf("Moscou");
		int end = TEXT.indexOf('»') + 1;
		Claim claim = ClaimCommands.newClaim("Moscow refuses any compromise");
		claim.setClaimant(lavrovFr);
		claim.setCredibility(Credibility.POSSIBLY_TRUE);
		Command create = ClaimCommands.create(domain, store.getDossier(), claim, document, begin, end);
		domain.getCommandStack().execute(create);

		assertThat(store.getDossier().getClaims()).containsExactly(claim);
		ClaimMention mention = document.getAnnotations().stream().filter(ClaimMention.class::isInstance)
				.map(ClaimMention.class::cast).findFirst().orElseThrow();
		assertThat(mention.getClaim()).isSameAs(claim);
		assertThat(AnnotationCommands.coveredText(mention)).startsWith("Moscou").endsWith("»");
		assertThat(mention.getOrigin()).isEqualTo(AnnotationCommands.MANUAL);

		CommandStack stack = domain.getCommandStack();
		stack.undo();
		assertThat(store.getDossier().getClaims()).isEmpty();
		assertThat(document.getAnnotations()).noneMatch(ClaimMention.class::isInstance);
		stack.redo();
		assertThat(store.getDossier().getClaims()).containsExactly(claim);
		assertThat(document.getAnnotations()).anyMatch(ClaimMention.class::isInstance);

		store.save();
		String documentId = document.getId();
		store.close();
		store = DossierStore.open(folder.resolve("d"));
		Claim reread = store.getDossier().getClaims().get(0);
		assertThat(reread.getStatement()).isEqualTo("Moscow refuses any compromise");
		assertThat(reread.getClaimant().getName()).isEqualTo("Sergueï Lavrov");
		DocumentEntry entry = store.getDossier().getDocuments().get(0);
		assertThat(entry.getId()).isEqualTo(documentId);
		assertThat(store.getDocument(entry).getAnnotations()).filteredOn(ClaimMention.class::isInstance)
				.singleElement().extracting(a -> ((ClaimMention) a).getClaim()).isSameAs(reread);
	}

	@Test
	void deletingAnEvidenceAnnotationTakesItsLinkAlongAndUndoBringsBothBack() {
		Claim claim = ClaimCommands.newClaim("A statement");
		domain.getCommandStack().execute(ClaimCommands.create(domain, store.getDossier(), claim, null, 0, 0));
		Quote quote = (Quote) document.getAnnotations().stream().filter(Quote.class::isInstance).findFirst().orElseThrow();
		domain.getCommandStack().execute(ClaimCommands.linkEvidence(domain, claim, quote, EvidenceRelation.SUPPORTS, "he said it"));
		assertThat(claim.getEvidence()).singleElement().satisfies(link -> {
			assertThat(link.getTarget()).isSameAs(quote);
			assertThat(link.getRelation()).isEqualTo(EvidenceRelation.SUPPORTS);
		});

		domain.getCommandStack().execute(AnnotationCommands.delete(domain, store.getDossier(), List.of(quote)));
		assertThat(document.getAnnotations()).doesNotContain(quote);
		assertThat(claim.getEvidence()).isEmpty();

		domain.getCommandStack().undo();
		assertThat(document.getAnnotations()).contains(quote);
		assertThat(claim.getEvidence()).singleElement().extracting(link -> link.getTarget()).isSameAs(quote);
	}

	@Test
	void mergingEntitiesMovesMentionsQuotesAndAliasesAndSurvivesReopening() throws Exception {
		Claim claim = ClaimCommands.newClaim("x");
		claim.setClaimant(lavrovEn);
		domain.getCommandStack().execute(ClaimCommands.create(domain, store.getDossier(), claim, null, 0, 0));
		store.save();
		store.unloadDocument(store.getDossier().getDocuments().get(0));

		EntityUsages usages = EntityUsages.find(store, List.of(lavrovEn), new NullProgressMonitor());
		assertThat(usages.mentions()).hasSize(1);
		assertThat(usages.claims()).containsExactly(claim);
		domain.getCommandStack().execute(EntityCommands.merge(domain, store.getDossier(), lavrovFr, lavrovEn, usages));

		assertThat(store.getDossier().getEntities()).containsExactly(lavrovFr);
		assertThat(lavrovFr.getAliases()).contains("Sergei Lavrov");
		assertThat(claim.getClaimant()).isSameAs(lavrovFr);
		Document loaded = store.getDocument(store.getDossier().getDocuments().get(0));
		assertThat(loaded.getAnnotations()).filteredOn(Mention.class::isInstance)
				.allSatisfy(mention -> assertThat(((Mention) mention).getEntity()).isSameAs(lavrovFr));

		domain.getCommandStack().undo();
		assertThat(store.getDossier().getEntities()).containsExactly(lavrovFr, lavrovEn);
		assertThat(claim.getClaimant()).isSameAs(lavrovEn);
		domain.getCommandStack().redo();
		store.save();
		store.close();

		store = DossierStore.open(folder.resolve("d"));
		Entity merged = store.getDossier().getEntities().get(0);
		assertThat(store.getDossier().getEntities()).hasSize(1);
		Document reread = store.getDocument(store.getDossier().getDocuments().get(0));
		assertThat(reread.getAnnotations()).filteredOn(Mention.class::isInstance).hasSize(2)
				.allSatisfy(mention -> assertThat(((Mention) mention).getEntity()).isSameAs(merged));
	}

	@Test
	void usagesAreFoundPastClaimsWithoutClaimantAndMentionsWithoutEntity() {
		domain.getCommandStack().execute(ClaimCommands.create(domain, store.getDossier(), ClaimCommands.newClaim("no claimant"), null, 0, 0));
		document.getAnnotations().add(DossierFactory.eINSTANCE.createMention());
		EntityUsages usages = EntityUsages.find(store, List.of(lavrovFr), new NullProgressMonitor());
		assertThat(usages.mentions()).hasSize(1);
		assertThat(usages.quotes()).hasSize(1);
		assertThat(usages.claims()).isEmpty();
	}

	@Test
	void splittingAnAliasOffTakesTheMentionsWithThatText() {
		domain.getCommandStack().execute(EntityCommands.merge(domain, store.getDossier(), lavrovFr, lavrovEn,
				EntityUsages.find(store, List.of(lavrovEn), new NullProgressMonitor())));
		EntityUsages usages = EntityUsages.find(store, List.of(lavrovFr), new NullProgressMonitor());
		domain.getCommandStack().execute(EntityCommands.splitAlias(domain, store.getDossier(), lavrovFr, "Sergei Lavrov", usages));

		assertThat(store.getDossier().getEntities()).hasSize(2);
		Entity split = store.getDossier().getEntities().get(1);
		assertThat(split.getName()).isEqualTo("Sergei Lavrov");
		assertThat(split.getKind()).isEqualTo(EntityKind.PERSON);
		assertThat(lavrovFr.getAliases()).doesNotContain("Sergei Lavrov");
		assertThat(usages.mentions()).extracting(Mention::getEntity).containsExactly(lavrovFr, split);
	}

	@Test
	void renamingKeepsTheOldNameAsAnAliasAndRefusesEmptyNames() {
		assertThat(EntityCommands.rename(domain, lavrovFr, "  ").canExecute()).isFalse();
		domain.getCommandStack().execute(EntityCommands.rename(domain, lavrovFr, "Sergey Lavrov"));
		assertThat(lavrovFr.getName()).isEqualTo("Sergey Lavrov");
		assertThat(lavrovFr.getAliases()).contains("Sergueï Lavrov");
		domain.getCommandStack().undo();
		assertThat(lavrovFr.getName()).isEqualTo("Sergueï Lavrov");
		assertThat(lavrovFr.getAliases()).doesNotContain("Sergueï Lavrov");
	}

	@Test
	void aSourceGradedForReliabilityPublishesDocumentsAndUndoForgetsIt() throws Exception {
		Source agency = SourceCommands.newSource(" Agence de presse ", SourceKind.OUTLET);
		domain.getCommandStack().execute(SourceCommands.attribute(domain, store.getDossier(), agency, Reliability.USUALLY_RELIABLE, List.of(document)));
		assertThat(document.getPublisher()).isSameAs(agency);
		assertThat(store.getDossier().getDocuments().get(0).getPublisher()).as("the index entry, for lists").isSameAs(agency);
		assertThat(agency.getName()).isEqualTo("Agence de presse");
		assertThat(agency.getReliability()).isEqualTo(Reliability.USUALLY_RELIABLE);
		assertThat(store.getDossier().getSources()).containsExactly(agency);

		domain.getCommandStack().undo();
		assertThat(document.getPublisher()).isNull();
		assertThat(store.getDossier().getDocuments().get(0).getPublisher()).isNull();
		assertThat(store.getDossier().getSources()).isEmpty();
		domain.getCommandStack().redo();
		store.save();
		store.close();
		store = DossierStore.open(folder.resolve("d"));
		Document reread = store.getDocument(store.getDossier().getDocuments().get(0));
		assertThat(reread.getPublisher().getName()).isEqualTo("Agence de presse");
		assertThat(reread.getPublisher().getReliability()).isEqualTo(Reliability.USUALLY_RELIABLE);
		assertThat(store.getDossier().getDocuments().get(0).getPublisher()).isSameAs(reread.getPublisher());
	}

	@Test
	void annotationsOutsideTheTextCannotBeAdded() {
		assertThat(AnnotationCommands.add(domain, document, DossierFactory.eINSTANCE.createComment(), 5, 5000).canExecute()).isFalse();
		assertThat(AnnotationCommands.add(domain, document, DossierFactory.eINSTANCE.createComment(), 7, 3).canExecute()).isFalse();
	}

	private static Entity entity(String name) {
		Entity entity = DossierFactory.eINSTANCE.createEntity();
		entity.setId("e-" + name.hashCode());
		entity.setName(name);
		entity.setKind(EntityKind.PERSON);
		return entity;
	}

	private static Mention mention(Entity entity, String surface) {
		Mention mention = DossierFactory.eINSTANCE.createMention();
		mention.setId("m-" + surface.hashCode());
		mention.setBegin(TEXT.indexOf(surface));
		mention.setEnd(TEXT.indexOf(surface) + surface.length());
		mention.setEntity(entity);
		return mention;
	}
}
