package org.dossier.ui.tests.views;

import java.nio.file.Path;

import org.dossier.core.store.DossierStore;
import org.dossier.model.Annotation;
import org.dossier.model.Citation;
import org.dossier.model.Claim;
import org.dossier.model.Credibility;
import org.dossier.model.DateMention;
import org.dossier.model.Document;
import org.dossier.model.Dossier;
import org.dossier.model.DossierFactory;
import org.dossier.model.Entity;
import org.dossier.model.EntityKind;
import org.dossier.model.EvidenceLink;
import org.dossier.model.EvidenceRelation;
import org.dossier.model.Mention;
import org.dossier.model.Quantity;
import org.dossier.model.QuantityKind;
import org.dossier.model.Reference;
import org.dossier.model.Reliability;
import org.dossier.model.Source;
import org.dossier.model.Verdict;

/**
 * A small dossier an analyst might have after a day's work, written for the views' tests, in English,
 * French and Russian: two reports of different reliability giving different casualty figures, a
 * communiqué imported twice, a Russian summary of the ministry's statement; entities, two of which are the same city; claims
 * supported, refuted and unsupported; a footnote without a URL and a citation marker without its note.
 */
final class AnalysisDossier {

	static final String WIRE_REPORT = "d-en-wire";
	static final String BLOG_POST = "d-en-blog";
	static final String COMMUNIQUE = "d-fr-communique";
	static final String COMMUNIQUE_COPY = "d-fr-communique-copie";
	static final String SUMMARY = "d-ru-svodka";
	static final int DOCUMENTS = 5;

	static final String WIRE_TEXT = "Geneva talks stall\n\nOn 30 October 2017 the ministry in Moscow reported 1,200 casualties near Kyiv. "
			+ "Moscow later denied the figure [1]. Observers cited an interview [2].\n\nNotes\n[1] Ministry statement, https://example.org/statement\n"
			+ "[2] Interview with an observer, notes kept by the author";
	/** What the import of the blog post reported and the index kept. */
	static final String EXTRACTION_WARNING = "Quotations and speakers failed: java.lang.IllegalStateException: unbalanced marks";
	static final String BLOG_TEXT = "What we saw\n\nWitnesses in Kyiv counted 1,500 casualties [3].";
	static final String COMMUNIQUE_TEXT = "Communiqué\n\nLe 3 novembre 2019, Moscou a annoncé 45 % de participation.";
	static final String SUMMARY_TEXT = "Сводка\n\nМосква заявила, что 14 ноября 2014 г. погибли 7 человек.";

	private final DossierFactory factory = DossierFactory.eINSTANCE;
	private int annotations;

	private AnalysisDossier() {
	}

	/** Creates the dossier in a new folder and saves it. */
	static Path create(Path folder) throws Exception {
		new AnalysisDossier().write(folder);
		return folder;
	}

	private void write(Path folder) throws Exception {
		try (DossierStore store = DossierStore.create(folder, "Casualty figures")) {
			Dossier dossier = store.getDossier();
			Source wire = source("s-wire", "Wire Service", Reliability.USUALLY_RELIABLE);
			Source blog = source("s-blog", "Eyewitness Blog", Reliability.UNRELIABLE);
			dossier.getSources().add(wire);
			dossier.getSources().add(blog);
			Entity moscow = entity("e-moscow", "Moscow", EntityKind.LOCATION, "Москва");
			Entity moscou = entity("e-moscou", "Moscou", EntityKind.LOCATION);
			Entity kyiv = entity("e-kyiv", "Kyiv", EntityKind.LOCATION);
			Entity ministry = entity("e-ministry", "Ministry of Defence", EntityKind.ORGANIZATION);
			dossier.getEntities().addAll(java.util.List.of(moscow, moscou, kyiv, ministry));

			Document report = document(WIRE_REPORT, "Geneva talks stall", "en", WIRE_TEXT, wire);
			date(report, "30 October 2017", "2017-10-30");
			mention(report, "Moscow", 0, moscow);
			Quantity reported = count(report, "1,200 casualties", 1200, "casualties");
			mention(report, "Kyiv", 0, kyiv);
			mention(report, "Moscow", 1, moscow);
			Reference statement = reference(report, "[1]", "Ministry statement, https://example.org/statement", "https://example.org/statement");
			reference(report, "[2]", "Interview with an observer, notes kept by the author", null);
			citation(report, "[1]", statement);
			store.addDocument(report);

			Document post = document(BLOG_POST, "What we saw", "en", BLOG_TEXT, blog);
			mention(post, "Kyiv", 0, kyiv);
			Quantity counted = count(post, "1,500 casualties", 1500, "casualties");
			citation(post, "[3]", null);
			store.addDocument(post).getWarnings().add(EXTRACTION_WARNING);

			Document communique = document(COMMUNIQUE, "Communiqué", "fr", COMMUNIQUE_TEXT, null);
			communique.setChecksum("3b7e0c");
			date(communique, "3 novembre 2019", "2019-11-03");
			mention(communique, "Moscou", 0, moscou);
			Quantity turnout = annotate(communique, factory.createQuantity(), "45 %", 0);
			turnout.setValue(45);
			turnout.setUnit("%");
			turnout.setKind(QuantityKind.PERCENT);
			store.addDocument(communique);

			Document copy = document(COMMUNIQUE_COPY, "Communiqué (copie)", "fr", COMMUNIQUE_TEXT, null);
			copy.setChecksum("3b7e0c");
			store.addDocument(copy);

			Document summary = document(SUMMARY, "Сводка", "ru", SUMMARY_TEXT, null);
			summary.setOrigin("https://example.org/statement/");
			mention(summary, "Москва", 0, moscow);
			date(summary, "14 ноября 2014 г.", "2014-11-14");
			count(summary, "7 человек", 7, "человек");
			store.addDocument(summary);

			Claim casualties = claim("c-casualties", "The ministry reported 1,200 casualties near Kyiv", ministry);
			casualties.setCredibility(Credibility.PROBABLY_TRUE);
			casualties.setVerdict(Verdict.MIXED);
			casualties.getEvidence().add(evidence(EvidenceRelation.SUPPORTS, reported));
			casualties.getEvidence().add(evidence(EvidenceRelation.REFUTES, counted));
			Claim denial = claim("c-denial", "Moscow denied the casualty figure", moscow);
			EvidenceLink context = factory.createEvidenceLink();
			context.setRelation(EvidenceRelation.CONTEXT);
			context.setDocument(report);
			denial.getEvidence().add(context);
			Claim participation = claim("c-participation", "Turnout was 45 %", null);
			dossier.getClaims().addAll(java.util.List.of(casualties, denial, participation));
			store.save();
		}
	}

	private Source source(String id, String name, Reliability reliability) {
		Source source = factory.createSource();
		source.setId(id);
		source.setName(name);
		source.setReliability(reliability);
		return source;
	}

	private Entity entity(String id, String name, EntityKind kind, String... aliases) {
		Entity entity = factory.createEntity();
		entity.setId(id);
		entity.setName(name);
		entity.setKind(kind);
		entity.getAliases().addAll(java.util.List.of(aliases));
		return entity;
	}

	private Document document(String id, String title, String language, String text, Source publisher) {
		Document document = factory.createDocument();
		document.setId(id);
		document.setTitle(title);
		document.setLanguage(language);
		document.setText(text);
		document.setPublisher(publisher);
		return document;
	}

	private Claim claim(String id, String statement, Entity claimant) {
		Claim claim = factory.createClaim();
		claim.setId(id);
		claim.setStatement(statement);
		claim.setClaimant(claimant);
		return claim;
	}

	private EvidenceLink evidence(EvidenceRelation relation, Annotation target) {
		EvidenceLink link = factory.createEvidenceLink();
		link.setRelation(relation);
		link.setAnnotation(target);
		return link;
	}

	private void mention(Document document, String text, int occurrence, Entity entity) {
		annotate(document, factory.createMention(), text, occurrence).setEntity(entity);
	}

	private void date(Document document, String text, String value) {
		annotate(document, factory.createDateMention(), text, 0).setValue(value);
	}

	private Quantity count(Document document, String text, double value, String counted) {
		Quantity quantity = annotate(document, factory.createQuantity(), text, 0);
		quantity.setValue(value);
		quantity.setUnit(counted);
		quantity.setKind(QuantityKind.COUNT);
		return quantity;
	}

	private void citation(Document document, String marker, Reference reference) {
		Citation citation = annotate(document, factory.createCitation(), marker, 0);
		citation.setReference(reference);
	}

	private Reference reference(Document document, String label, String text, String url) {
		Reference reference = factory.createReference();
		reference.setId(document.getId() + "-r" + label.replaceAll("\\D", ""));
		reference.setLabel(label);
		reference.setText(text);
		reference.setUrl(url);
		document.getReferences().add(reference);
		return reference;
	}

	/** Places an annotation on the n-th occurrence of a text, keeping the annotations in text order. */
	private <A extends Annotation> A annotate(Document document, A annotation, String text, int occurrence) {
		int begin = -1;
		for (int i = 0; i <= occurrence; i++) {
			begin = document.getText().indexOf(text, begin + 1);
		}
		if (begin < 0) {
			throw new IllegalArgumentException("'" + text + "' is not in " + document.getId());
		}
		annotation.setId(document.getId() + "-a" + ++annotations);
		annotation.setBegin(begin);
		annotation.setEnd(begin + text.length());
		int index = 0;
		while (index < document.getAnnotations().size() && document.getAnnotations().get(index).getBegin() <= begin) {
			index++;
		}
		document.getAnnotations().add(index, annotation);
		return annotation;
	}
}
