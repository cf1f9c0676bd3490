package org.dossier.internal.io.csv;

import org.dossier.core.exporting.DocumentsInTurn;
import org.dossier.core.exporting.LinkIds;
import org.dossier.core.exporting.MentionCounts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dossier.core.store.DossierStore;
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
import org.dossier.model.DocumentEntry;
import org.dossier.model.Dossier;
import org.dossier.model.DossierPackage.Literals;
import org.dossier.model.DuplicatePassage;
import org.dossier.model.Entity;
import org.dossier.model.EvidenceLink;
import org.dossier.model.LanguageSpan;
import org.dossier.model.Mention;
import org.dossier.model.Note;
import org.dossier.model.Quantity;
import org.dossier.model.Quote;
import org.dossier.model.Reference;
import org.dossier.model.Reliability;
import org.dossier.model.Source;
import org.dossier.model.TableRegion;
import org.dossier.model.Tag;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * Writes a dossier as a folder of CSV tables (see FORMAT.md in this bundle). Column names are the
 * field names of the dossier-json format, so both exports read alike.
 */
final class DossierCsvWriter {

	/** Joins the values of a list in one cell. */
	static final String LIST_SEPARATOR = " | ";

	private static final String[] ANNOTATION_COLUMNS = { "document", "id", "begin", "end", "text", "origin", "confidence" };

	private final DossierStore store;
	private final SubMonitor progress;
	private final MentionCounts mentionCounts = new MentionCounts();
	private final List<CsvTable> tables = new ArrayList<>();

	private final CsvTable documents;
	private final CsvTable dates;
	private final CsvTable quantities;
	private final CsvTable coordinates;
	private final CsvTable quotes;
	private final CsvTable mentions;
	private final CsvTable citations;
	private final CsvTable claimMentions;
	private final CsvTable codes;
	private final CsvTable comments;
	private final CsvTable tableRegions;
	private final CsvTable duplicates;
	private final CsvTable languages;
	private final CsvTable references;
	private final CsvTable entities;
	private final CsvTable claims;
	private final CsvTable evidence;
	private final CsvTable sources;
	private final CsvTable tags;
	private final CsvTable notes;

	/** Opens every table; if one cannot be opened, those already open are discarded. */
	DossierCsvWriter(DossierStore store, Path folder, SubMonitor progress) throws IOException {
		this.store = store;
		this.progress = progress;
		try {
			documents = table(folder, "documents.csv", "id", "title", "origin", "language", "mediaType", "publishedAt", "authors",
					"publisher", "checksum", "annotations", "references", "warnings");
			dates = annotationTable(folder, "dates.csv", "value");
			quantities = annotationTable(folder, "quantities.csv", "value", "unit", "kind", "table");
			coordinates = annotationTable(folder, "coordinates.csv", "lat", "lon");
			quotes = annotationTable(folder, "quotes.csv", "speaker", "speakerName", "speechVerb");
			mentions = annotationTable(folder, "mentions.csv", "entity", "entityName", "kind");
			citations = annotationTable(folder, "citations.csv", "reference");
			claimMentions = annotationTable(folder, "claim-mentions.csv", "claim");
			codes = annotationTable(folder, "codes.csv", "tag", "tagName");
			comments = annotationTable(folder, "comments.csv", "comment");
			tableRegions = annotationTable(folder, "tables.csv", "label", "caption", "bodyBegin", "rowCount", "columnCount");
			duplicates = annotationTable(folder, "duplicates.csv", "firstBegin", "firstEnd");
			languages = annotationTable(folder, "languages.csv", "language");
			references = table(folder, "references.csv", "document", "id", "label", "text", "url", "doi", "title", "authors", "year",
					"resolvedDocument");
			entities = table(folder, "entities.csv", "id", "name", "kind", "aliases", "lat", "lon", "mentions", "documents",
					"externalIds");
			claims = table(folder, "claims.csv", "id", "statement", "claimant", "claimantName", "date", "credibility", "verdict",
					"tags");
			evidence = table(folder, "evidence.csv", "claim", "relation", "annotation", "reference", "document", "note");
			sources = table(folder, "sources.csv", "id", "name", "kind", "reliability", "notes");
			tags = table(folder, "tags.csv", "id", "name", "description", "color", "parent");
			notes = table(folder, "notes.csv", "id", "title", "created", "text");
		} catch (IOException | RuntimeException e) {
			discard();
			throw e;
		}
	}

	void write() throws IOException {
		Dossier dossier = store.getDossier();
		DocumentsInTurn.write(store, progress, this::writeDocument);
		for (Entity entity : dossier.getEntities()) {
			String id = LinkIds.id(entity);
			entities.row(id, entity.getName(), entity.getKind(), joined(entity.getAliases()), entity.getLat(), entity.getLon(),
					mentionCounts.mentions(id), mentionCounts.documents(id), joined(entity.getExternalIds()));
		}
		for (Claim claim : dossier.getClaims()) {
			writeClaim(claim);
		}
		for (Source source : dossier.getSources()) {
			Reliability reliability = source.getReliability();
			sources.row(LinkIds.id(source), source.getName(), source.getKind(), reliability == Reliability.NOT_GRADED ? null : reliability,
					source.getNotes());
		}
		for (Tag tag : dossier.getTags()) {
			writeTag(tag, null);
		}
		for (Note note : dossier.getNotes()) {
			notes.row(LinkIds.id(note), note.getTitle(), note.getCreated(), note.getText());
		}
	}

	/** Puts every table in place. */
	void commit() throws IOException {
		for (CsvTable table : tables) {
			table.commit();
		}
	}

	/** Drops every table not yet in place. */
	void discard() {
		for (CsvTable table : tables) {
			table.discard();
		}
	}

	private void writeDocument(Document document) throws IOException {
		String text = document.getText() != null ? document.getText() : "";
		String documentId = document.getId();
		int written = 0;
		mentionCounts.startDocument();
		for (Annotation annotation : document.getAnnotations()) {
			// An annotation outside the text has no text to show; the JSON export leaves it out too.
			if (0 <= annotation.getBegin() && annotation.getBegin() <= annotation.getEnd() && annotation.getEnd() <= text.length()
					&& writeAnnotation(documentId, annotation, text.substring(annotation.getBegin(), annotation.getEnd()))) {
				written++;
			}
		}
		for (Reference reference : document.getReferences()) {
			references.row(documentId, LinkIds.id(reference), reference.getLabel(), reference.getText(), reference.getUrl(),
					reference.getDoi(), reference.getTitle(), joined(reference.getAuthors()), reference.getYear(),
					LinkIds.documentId(link(reference, Literals.REFERENCE__RESOLVED_DOCUMENT)));
		}
		documents.row(documentId, document.getTitle(), document.getOrigin(), document.getLanguage(), document.getMediaType(),
				document.getPublishedAt(), joined(document.getAuthors()), LinkIds.id(link(document, Literals.DOCUMENT__PUBLISHER)),
				document.getChecksum(), written, document.getReferences().size(), joined(warnings(document)));
	}

	/** @return whether the annotation is of a kind this export knows, and was written */
	private boolean writeAnnotation(String documentId, Annotation annotation, String text) throws IOException {
		switch (annotation) {
		case DateMention date -> annotationRow(dates, documentId, date, text, date.getValue());
		case Quantity quantity -> annotationRow(quantities, documentId, quantity, text, quantity.getValue(), quantity.getUnit(),
				quantity.getKind(), LinkIds.id(link(quantity, Literals.QUANTITY__TABLE)));
		case Coordinate coordinate -> annotationRow(coordinates, documentId, coordinate, text, coordinate.getLat(), coordinate.getLon());
		case Quote quote -> {
			Entity speaker = quote.getSpeaker();
			annotationRow(quotes, documentId, quote, text, LinkIds.id(speaker), speaker != null && !speaker.eIsProxy() ? speaker.getName() : null,
					quote.getSpeechVerb());
		}
		case Mention mention -> {
			Entity entity = mention.getEntity();
			String entityId = LinkIds.id(entity);
			boolean known = entity != null && !entity.eIsProxy();
			annotationRow(mentions, documentId, mention, text, entityId, known ? entity.getName() : null, known ? entity.getKind() : null);
			mentionCounts.add(entityId);
		}
		case Citation citation -> annotationRow(citations, documentId, citation, text, LinkIds.id(link(citation, Literals.CITATION__REFERENCE)));
		case ClaimMention claimMention -> annotationRow(claimMentions, documentId, claimMention, text,
				LinkIds.id(link(claimMention, Literals.CLAIM_MENTION__CLAIM)));
		case CodedSegment segment -> {
			Tag tag = segment.getTag();
			annotationRow(codes, documentId, segment, text, LinkIds.id(tag), tag != null && !tag.eIsProxy() ? tag.getName() : null);
		}
		case Comment comment -> annotationRow(comments, documentId, comment, text, comment.getText());
		case TableRegion table -> annotationRow(tableRegions, documentId, table, text, table.getLabel(), table.getCaption(),
				table.getBodyBegin(), table.getRowCount(), table.getColumnCount());
		case DuplicatePassage duplicate -> annotationRow(duplicates, documentId, duplicate, text, duplicate.getFirstBegin(),
				duplicate.getFirstEnd());
		case LanguageSpan language -> annotationRow(languages, documentId, language, text, language.getLanguage());
		default -> {
			// A kind of annotation this export does not know (from a model extension) has no table.
			return false;
		}
		}
		return true;
	}

	private static void annotationRow(CsvTable table, String documentId, Annotation annotation, String text, Object... fields)
			throws IOException {
		Object[] row = new Object[ANNOTATION_COLUMNS.length + fields.length];
		row[0] = documentId;
		row[1] = LinkIds.id(annotation);
		row[2] = annotation.getBegin();
		row[3] = annotation.getEnd();
		row[4] = text;
		row[5] = annotation.getOrigin();
		row[6] = annotation.getConfidence();
		System.arraycopy(fields, 0, row, ANNOTATION_COLUMNS.length, fields.length);
		table.row(row);
	}

	private void writeClaim(Claim claim) throws IOException {
		String id = LinkIds.id(claim);
		Entity claimant = claim.getClaimant();
		Credibility credibility = claim.getCredibility();
		claims.row(id, claim.getStatement(), LinkIds.id(claimant), claimant != null && !claimant.eIsProxy() ? claimant.getName() : null,
				claim.getDate(), credibility == Credibility.NOT_GRADED ? null : credibility, claim.getVerdict(),
				joined(claim.getTags().stream().map(LinkIds::id).toList()));
		for (EvidenceLink link : claim.getEvidence()) {
			// Read as they are: resolving a link into a document would load the document.
			EObject annotation = link(link, Literals.EVIDENCE_LINK__ANNOTATION);
			EObject document = link(link, Literals.EVIDENCE_LINK__DOCUMENT);
			EObject reference = link(link, Literals.EVIDENCE_LINK__REFERENCE);
			EObject target = annotation != null ? annotation : document != null ? document : reference;
			evidence.row(id, link.getRelation(), annotation != null ? LinkIds.id(annotation) : null,
					annotation == null && document == null ? LinkIds.id(reference) : null, LinkIds.documentId(target), link.getNote());
		}
	}

	/** The codebook tree, flattened parent first; each code names its parent. */
	private void writeTag(Tag tag, String parentId) throws IOException {
		String id = LinkIds.id(tag);
		tags.row(id, tag.getName(), tag.getDescription(), tag.getColor(), parentId);
		for (Tag child : tag.getChildren()) {
			writeTag(child, id);
		}
	}

	private CsvTable annotationTable(Path folder, String name, String... fields) throws IOException {
		String[] columns = new String[ANNOTATION_COLUMNS.length + fields.length];
		System.arraycopy(ANNOTATION_COLUMNS, 0, columns, 0, ANNOTATION_COLUMNS.length);
		System.arraycopy(fields, 0, columns, ANNOTATION_COLUMNS.length, fields.length);
		return table(folder, name, columns);
	}

	private CsvTable table(Path folder, String name, String... columns) throws IOException {
		CsvTable table = new CsvTable(folder, name, columns);
		tables.add(table);
		return table;
	}

	/** What went wrong when the document was imported, as its index entry keeps it. */
	private List<String> warnings(Document document) {
		DocumentEntry entry = store.entry(document.getId());
		return entry == null ? List.of() : entry.getWarnings();
	}

	private static String joined(List<String> values) {
		return values.isEmpty() ? null : String.join(LIST_SEPARATOR, values);
	}

	/** A reference as it is, a proxy if not resolved yet. */
	private static EObject link(EObject owner, EReference reference) {
		return (EObject) owner.eGet(reference, false);
	}
}
