package org.dossier.io.export.tests;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.dossier.core.store.DossierStore;
import org.dossier.core.store.DossierStoreException;
import org.dossier.model.Annotation;
import org.dossier.model.Citation;
import org.dossier.model.Claim;
import org.dossier.model.ClaimMention;
import org.dossier.model.CodedSegment;
import org.dossier.model.Comment;
import org.dossier.model.Coordinate;
import org.dossier.model.Credibility;
import org.dossier.model.DateMention;
import org.dossier.model.Document;
import org.dossier.model.Dossier;
import org.dossier.model.DossierFactory;
import org.dossier.model.DuplicatePassage;
import org.dossier.model.Entity;
import org.dossier.model.EntityKind;
import org.dossier.model.EvidenceLink;
import org.dossier.model.EvidenceRelation;
import org.dossier.model.Mention;
import org.dossier.model.Note;
import org.dossier.model.Quantity;
import org.dossier.model.QuantityKind;
import org.dossier.model.Quote;
import org.dossier.model.Reference;
import org.dossier.model.Reliability;
import org.dossier.model.Source;
import org.dossier.model.SourceKind;
import org.dossier.model.TableRegion;
import org.dossier.model.Tag;
import org.dossier.model.Verdict;

/**
 * A small dossier written for these tests: a French communiqué, a German report, an English field
 * report and a Russian summary, with every kind of annotation, entities named in several languages,
 * claims, sources, a codebook and a note; a bulletin with a table, a paragraph in Russian and a repeated
 * paragraph; and one bare document whose metadata is all unknown.
 */
final class TestDossier {

	static final String FR = "d-fr";
	static final String DE = "d-de";
	static final String EN = "d-en";
	static final String RU = "d-ru";
	static final String BULLETIN = "d-bulletin";
	/** What the import of the bare document reported and the index kept. */
	static final String BARE_WARNING = "Dates failed: java.lang.IllegalStateException: unreadable calendar";
	static final String BARE = "d-bare";

	static final String FR_TEXT = "Paris, le 3 novembre 2019. Sergueï Lavrov a déclaré à Moscou : « Nous ne reconnaîtrons pas ce scrutin. » "
			+ "Selon l'Agence Exemple, 1\u00A0250\u00A0000 électeurs ont voté, soit 45\u00A0% des inscrits, "
			+ "et le budget atteint 2 milliards d'euros.";
	static final String DE_TEXT = "Berlin, 16. September 2024. Der Bundestag hat 3,7 Millionen Euro Soforthilfe bewilligt. "
			+ "„Wir handeln schnell“, hieß es aus dem Präsidium des Deutschen Bundestages. "
			+ "Sergej Lawrow kritisierte den Beschluss in Moskau. Die Mittel liegen 12 Prozent über dem Stand vom März 2020.";
	/** The globe is outside the Basic Multilingual Plane: offsets after it count it as two UTF-16 units. */
	static final String EN_TEXT = "Almaty \uD83C\uDF0D, May 10, 2006. The tremor (magnitude 5.1) was felt 120 km away, "
			+ "at 43.25N, 76.95E [1]. Officials in Moscow said damage was limited [2].";
	static final String RU_TEXT = "Москва, 14 ноября 2014 г. Министр Сергей Лавров заявил: «Мы не допустим давления». "
			+ "По данным агентства, в акции участвовали 7 млн человек, то есть 30 процентов населения. "
			+ "Эпицентр: 42,87° с. ш., 77,37° в. д. (1)";
	/** A table, a paragraph in another language and a repeated paragraph. */
	static final String BULLETIN_TEXT = "Seismic bulletin, spring 2021\n\nThe network recorded 312 earthquakes in the spring.\n\n"
			+ "Table 3. Energy classes\nKR 7 8 9\nN 198 71 28\n\nСеть зарегистрировала 312 землетрясений.\n\n"
			+ "The network recorded 312 earthquakes in the spring.";
	static final String BARE_TEXT = "Note sans métadonnées.";

	private static final DossierFactory MODEL = DossierFactory.eINSTANCE;

	private TestDossier() {
	}

	/** Creates the dossier in a folder, saves it and closes it. */
	static void createIn(Path folder) throws DossierStoreException {
		try (DossierStore store = DossierStore.create(folder, "Tests d'export")) {
			build(store);
			store.save();
		}
	}

	/** Creates the dossier in a folder, saves it and leaves it open, its documents loaded. */
	static DossierStore createOpen(Path folder) throws DossierStoreException {
		DossierStore store = DossierStore.create(folder, "Tests d'export");
		build(store);
		store.save();
		return store;
	}

	private static void build(DossierStore store) throws DossierStoreException {
		Dossier dossier = store.getDossier();
		dossier.setDescription("Written for the export tests, in four languages.");

		Entity moscow = entity(dossier, "e-moscow", "Moscow", EntityKind.LOCATION, "Moscow", "Moscou", "Moskau", "Москва");
		moscow.setLat(55.7558);
		moscow.setLon(37.6173);
		Entity lavrov = entity(dossier, "e-lavrov", "Sergei Lavrov", EntityKind.PERSON, "Sergei Lavrov", "Sergueï Lavrov", "Sergej Lawrow",
				"Сергей Лавров");
		Entity bundestag = entity(dossier, "e-bundestag", "Bundestag", EntityKind.ORGANIZATION, "Bundestag", "Deutscher Bundestag",
				"Deutschen Bundestages", "бундестаг");
		Entity almaty = entity(dossier, "e-almaty", "Almaty", EntityKind.LOCATION, "Almaty", "Alma-Ata", "Алматы");
		almaty.setLat(43.2389);
		almaty.setLon(76.8897);
		almaty.getExternalIds().add("wikidata:Q35493");
		entity(dossier, "e-paris", "Paris", EntityKind.LOCATION, "Paris", "Париж");

		Source agency = source(dossier, "s-agence", "Agence Exemple", SourceKind.OUTLET, Reliability.USUALLY_RELIABLE);
		agency.setNotes("Wire agency, usually right on figures.");
		source(dossier, "s-blog", "Anonymous blog", SourceKind.OTHER, Reliability.NOT_GRADED);

		Tag elections = tag("t-elections", "Elections", "#336699");
		elections.setDescription("Votes, turnout, results.");
		Tag turnout = tag("t-turnout", "Turnout", "#88aa00");
		elections.getChildren().add(turnout);
		elections.getChildren().add(tag("t-fraud", "Fraud allegations", null));
		dossier.getTags().add(elections);
		dossier.getTags().add(tag("t-disasters", "Disasters", "#aa3300"));

		Claim turnoutClaim = MODEL.createClaim();
		turnoutClaim.setId("c-turnout");
		turnoutClaim.setStatement("1,250,000 voters took part, 45 % of those registered.");
		turnoutClaim.setClaimant(lavrov);
		turnoutClaim.setDate("2019-11-03");
		turnoutClaim.setCredibility(Credibility.PROBABLY_TRUE);
		turnoutClaim.setVerdict(Verdict.MIXED);
		turnoutClaim.getTags().add(turnout);
		dossier.getClaims().add(turnoutClaim);
		Claim damageClaim = MODEL.createClaim();
		damageClaim.setId("c-damage");
		damageClaim.setStatement("Damage was limited.");
		dossier.getClaims().add(damageClaim);

		Note note = MODEL.createNote();
		note.setId("n-turnout");
		note.setTitle("To check");
		note.setText("Compare the turnout figures of the agency and the commission.");
		note.setCreated("2026-03-01T10:15:30Z");
		dossier.getNotes().add(note);

		Document fr = document(FR, "Communiqué : le scrutin contesté", "fr", FR_TEXT);
		fr.setOrigin("communique-fr.txt");
		fr.setPublishedAt("2019-11-04");
		fr.getAuthors().add("Service de presse");
		fr.setPublisher(agency);
		fr.setChecksum("7e6a49663552a8907db1d9c075fb175b8ff412ce5cfc1a4dbb683bd0b0189aa2");
		date(fr, "3 novembre 2019", "2019-11-03");
		mention(fr, "Sergueï Lavrov", lavrov);
		mention(fr, "Moscou", moscow);
		quote(fr, "« Nous ne reconnaîtrons pas ce scrutin. »", lavrov, "a déclaré");
		Quantity voters = quantity(fr, "1\u00A0250\u00A0000", 1_250_000, "voters", QuantityKind.COUNT);
		quantity(fr, "45\u00A0%", 45, "%", QuantityKind.PERCENT);
		quantity(fr, "2 milliards d'euros", 2e9, "EUR", QuantityKind.MONEY);
		CodedSegment coded = annotate(fr, MODEL.createCodedSegment(), "soit 45\u00A0% des inscrits");
		coded.setTag(turnout);
		ClaimMention stated = annotate(fr, MODEL.createClaimMention(), "1\u00A0250\u00A0000 électeurs ont voté");
		stated.setClaim(turnoutClaim);
		store.addDocument(fr);

		Document de = document(DE, "Bericht: Soforthilfe bewilligt", "de", DE_TEXT);
		de.setPublishedAt("2024-09-17");
		date(de, "16. September 2024", "2024-09-16");
		mention(de, "Bundestag", bundestag);
		quantity(de, "3,7 Millionen Euro", 3_700_000, "EUR", QuantityKind.MONEY);
		comment(de, "Soforthilfe", "Betrag mit dem Haushaltsplan abgleichen.");
		quote(de, "„Wir handeln schnell“", null, null);
		mention(de, "Deutschen Bundestages", bundestag);
		mention(de, "Sergej Lawrow", lavrov);
		mention(de, "Moskau", moscow);
		quantity(de, "12 Prozent", 12, "%", QuantityKind.PERCENT);
		date(de, "März 2020", "2020-03");
		store.addDocument(de);

		Document ru = document(RU, "Сводка: заявление министра", "ru", RU_TEXT);
		Reference bibliography = reference(ru, "r-ru-1", "(1)", "1. Михайлова Н.Н. Сейсмичность региона. — Алматы, 2010.");
		bibliography.getAuthors().add("Н.Н. Михайлова");
		bibliography.setYear("2010");
		bibliography.setTitle("Сейсмичность региона");
		mention(ru, "Москва", moscow);
		date(ru, "14 ноября 2014 г.", "2014-11-14");
		mention(ru, "Сергей Лавров", lavrov);
		quote(ru, "«Мы не допустим давления»", lavrov, "заявил");
		quantity(ru, "7 млн человек", 7_000_000, "people", QuantityKind.COUNT);
		quantity(ru, "30 процентов", 30, "%", QuantityKind.PERCENT);
		coordinate(ru, "42,87° с. ш., 77,37° в. д.", 42.87, 77.37);
		citation(ru, "(1)", bibliography);
		store.addDocument(ru);

		Document en = document(EN, "Field report: the Almaty tremor", "en", EN_TEXT);
		en.setMediaType("text/html");
		en.setOrigin("https://example.org/reports/almaty-2006");
		en.getAuthors().add("A. Field");
		en.getAuthors().add("B. Report");
		Reference bulletin = reference(en, "r-en-1", "[1]", "Seismological Bulletin 12, 2006. https://example.org/bulletin/12");
		bulletin.setUrl("https://example.org/bulletin/12");
		Reference paper = reference(en, "r-en-2", "[2]", "Mikhailova N.N. (2010) Seismicity of the region. doi:10.1000/xyz123");
		paper.setDoi("10.1000/xyz123");
		paper.setYear("2010");
		paper.getAuthors().add("N.N. Mikhailova");
		paper.setResolvedDocument(ru);
		mention(en, "Almaty", almaty);
		date(en, "May 10, 2006", "2006-05-10");
		Quantity magnitude = quantity(en, "5.1", 5.1, null, QuantityKind.MAGNITUDE);
		magnitude.setOrigin("org.dossier.nlp.quantities");
		magnitude.setConfidence(0.75);
		quantity(en, "120 km", 120, "km", QuantityKind.MEASURE);
		coordinate(en, "43.25N, 76.95E", 43.25, 76.95);
		citation(en, "[1]", bulletin);
		mention(en, "Moscow", moscow);
		citation(en, "[2]", paper);
		comment(en, "Officials", "=HYPERLINK(\"https://example.org\",\"which officials?\")");
		store.addDocument(en);

		Document seismicBulletin = document(BULLETIN, "Seismic bulletin, spring 2021", "en", BULLETIN_TEXT);
		quantity(seismicBulletin, "312", 312, "earthquakes", QuantityKind.COUNT);
		TableRegion table = annotate(seismicBulletin, MODEL.createTableRegion(), "Table 3. Energy classes\nKR 7 8 9\nN 198 71 28");
		table.setLabel("Table 3");
		table.setBodyBegin(BULLETIN_TEXT.indexOf("KR 7"));
		table.setRowCount(2);
		table.setColumnCount(4);
		table.setOrigin("org.dossier.nlp.tables");
		Quantity cell = quantity(seismicBulletin, "198", 198, null, QuantityKind.OTHER);
		cell.setTable(table);
		cell.setOrigin("org.dossier.nlp.tables");
		annotate(seismicBulletin, MODEL.createLanguageSpan(), "Сеть зарегистрировала 312 землетрясений.").setLanguage("ru");
		String repeated = "The network recorded 312 earthquakes in the spring.";
		DuplicatePassage repetition = MODEL.createDuplicatePassage();
		repetition.setId(BULLETIN + "-a" + (seismicBulletin.getAnnotations().size() + 1));
		repetition.setBegin(BULLETIN_TEXT.lastIndexOf(repeated));
		repetition.setEnd(BULLETIN_TEXT.length());
		repetition.setFirstBegin(BULLETIN_TEXT.indexOf(repeated));
		repetition.setFirstEnd(BULLETIN_TEXT.indexOf(repeated) + repeated.length());
		repetition.setOrigin("org.dossier.nlp.duplicates");
		seismicBulletin.getAnnotations().add(repetition);
		store.addDocument(seismicBulletin);

		Document bare = MODEL.createDocument();
		bare.setId(BARE);
		bare.setText(BARE_TEXT);
		DateMention outside = MODEL.createDateMention();
		outside.setId("d-bare-a1");
		outside.setBegin(5);
		outside.setEnd(BARE_TEXT.length() + 10);
		outside.setValue("2020");
		bare.getAnnotations().add(outside);
		store.addDocument(bare).getWarnings().add(BARE_WARNING);

		turnoutClaim.getEvidence().add(evidence(EvidenceRelation.SUPPORTS, "Figure given by the agency", e -> e.setAnnotation(voters)));
		turnoutClaim.getEvidence().add(evidence(EvidenceRelation.REFUTES, null, e -> e.setDocument(de)));
		turnoutClaim.getEvidence().add(evidence(EvidenceRelation.CONTEXT, "Background", e -> e.setReference(paper)));
	}

	private static Entity entity(Dossier dossier, String id, String name, EntityKind kind, String... aliases) {
		Entity entity = MODEL.createEntity();
		entity.setId(id);
		entity.setName(name);
		entity.setKind(kind);
		entity.getAliases().addAll(List.of(aliases));
		dossier.getEntities().add(entity);
		return entity;
	}

	private static Source source(Dossier dossier, String id, String name, SourceKind kind, Reliability reliability) {
		Source source = MODEL.createSource();
		source.setId(id);
		source.setName(name);
		source.setKind(kind);
		source.setReliability(reliability);
		dossier.getSources().add(source);
		return source;
	}

	private static Tag tag(String id, String name, String color) {
		Tag tag = MODEL.createTag();
		tag.setId(id);
		tag.setName(name);
		tag.setColor(color);
		return tag;
	}

	private static Document document(String id, String title, String language, String text) {
		Document document = MODEL.createDocument();
		document.setId(id);
		document.setTitle(title);
		document.setLanguage(language);
		document.setMediaType("text/plain");
		document.setText(text);
		return document;
	}

	private static Reference reference(Document document, String id, String label, String text) {
		Reference reference = MODEL.createReference();
		reference.setId(id);
		reference.setLabel(label);
		reference.setText(text);
		document.getReferences().add(reference);
		return reference;
	}

	/** Annotates the first occurrence of a passage, which must be in the text. */
	private static <A extends Annotation> A annotate(Document document, A annotation, String passage) {
		int begin = document.getText().indexOf(passage);
		if (begin < 0) {
			throw new IllegalArgumentException("\"" + passage + "\" is not in " + document.getId());
		}
		annotation.setId(document.getId() + "-a" + (document.getAnnotations().size() + 1));
		annotation.setBegin(begin);
		annotation.setEnd(begin + passage.length());
		annotation.setOrigin("manual");
		document.getAnnotations().add(annotation);
		return annotation;
	}

	private static void date(Document document, String passage, String value) {
		annotate(document, MODEL.createDateMention(), passage).setValue(value);
	}

	private static Quantity quantity(Document document, String passage, double value, String unit, QuantityKind kind) {
		Quantity quantity = annotate(document, MODEL.createQuantity(), passage);
		quantity.setValue(value);
		quantity.setUnit(unit);
		quantity.setKind(kind);
		return quantity;
	}

	private static void coordinate(Document document, String passage, double lat, double lon) {
		Coordinate coordinate = annotate(document, MODEL.createCoordinate(), passage);
		coordinate.setLat(lat);
		coordinate.setLon(lon);
	}

	private static void quote(Document document, String passage, Entity speaker, String speechVerb) {
		Quote quote = annotate(document, MODEL.createQuote(), passage);
		quote.setSpeaker(speaker);
		quote.setSpeechVerb(speechVerb);
	}

	private static void mention(Document document, String passage, Entity entity) {
		Mention mention = annotate(document, MODEL.createMention(), passage);
		mention.setEntity(entity);
	}

	private static void citation(Document document, String passage, Reference reference) {
		Citation citation = annotate(document, MODEL.createCitation(), passage);
		citation.setReference(reference);
	}

	private static void comment(Document document, String passage, String text) {
		Comment comment = annotate(document, MODEL.createComment(), passage);
		comment.setText(text);
	}

	private static EvidenceLink evidence(EvidenceRelation relation, String note, Consumer<EvidenceLink> target) {
		EvidenceLink link = MODEL.createEvidenceLink();
		link.setRelation(relation);
		link.setNote(note);
		target.accept(link);
		return link;
	}
}
