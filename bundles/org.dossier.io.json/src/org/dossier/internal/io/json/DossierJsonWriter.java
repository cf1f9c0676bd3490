package org.dossier.internal.io.json;

import org.dossier.core.exporting.DocumentsInTurn;
import org.dossier.core.exporting.LinkIds;
import org.dossier.core.exporting.MentionCounts;
import java.util.List;

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
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import tools.jackson.core.JsonGenerator;

/**
 * Writes one dossier as a "dossier-json" document, version 1. Field names and order follow
 * FORMAT.md; a field is written as null when the dossier does not know its value, never left out.
 */
final class DossierJsonWriter {

	/** Doubles beyond this are not all integers; below it an integral value prints without ".0". */
	private static final double LARGEST_EXACT_INTEGER = 0x1p53;

	private final DossierStore store;
	private final JsonGenerator json;
	private final SubMonitor progress;
	private final MentionCounts mentionCounts = new MentionCounts();

	DossierJsonWriter(DossierStore store, JsonGenerator json, SubMonitor progress) {
		this.store = store;
		this.json = json;
		this.progress = progress;
	}

	void write() throws DossierStoreException {
		Dossier dossier = store.getDossier();
		json.writeStartObject();
		json.writeStringProperty("format", DossierJsonExporter.FORMAT);
		json.writeNumberProperty("version", DossierJsonExporter.VERSION);
		json.writeStringProperty("name", dossier.getName());
		json.writeStringProperty("description", dossier.getDescription());
		json.writeArrayPropertyStart("documents");
		DocumentsInTurn.write(store, progress, this::writeDocument);
		json.writeEndArray();
		json.writeArrayPropertyStart("entities");
		for (Entity entity : dossier.getEntities()) {
			writeEntity(entity);
		}
		json.writeEndArray();
		json.writeArrayPropertyStart("claims");
		for (Claim claim : dossier.getClaims()) {
			writeClaim(claim);
		}
		json.writeEndArray();
		json.writeArrayPropertyStart("sources");
		for (Source source : dossier.getSources()) {
			writeSource(source);
		}
		json.writeEndArray();
		json.writeArrayPropertyStart("tags");
		for (Tag tag : dossier.getTags()) {
			writeTag(tag);
		}
		json.writeEndArray();
		json.writeArrayPropertyStart("notes");
		for (Note note : dossier.getNotes()) {
			writeNote(note);
		}
		json.writeEndArray();
		json.writeEndObject();
		json.writeRaw('\n');
	}

	private void writeDocument(Document document) {
		String text = document.getText() != null ? document.getText() : "";
		json.writeStartObject();
		json.writeStringProperty("id", document.getId());
		json.writeStringProperty("title", document.getTitle());
		json.writeStringProperty("origin", document.getOrigin());
		json.writeStringProperty("language", document.getLanguage());
		json.writeStringProperty("mediaType", document.getMediaType());
		json.writeStringProperty("publishedAt", document.getPublishedAt());
		writeStrings("authors", document.getAuthors());
		json.writeStringProperty("publisher", LinkIds.id(link(document, Literals.DOCUMENT__PUBLISHER)));
		json.writeStringProperty("checksum", document.getChecksum());
		DocumentEntry entry = store.entry(document.getId());
		writeStrings("warnings", entry == null ? List.of() : entry.getWarnings());
		json.writeStringProperty("text", text);
		json.writeArrayPropertyStart("annotations");
		mentionCounts.startDocument();
		for (Annotation annotation : document.getAnnotations()) {
			if (covers(annotation, text)) {
				writeAnnotation(annotation, text);
			}
		}
		json.writeEndArray();
		json.writeArrayPropertyStart("references");
		for (Reference reference : document.getReferences()) {
			writeReference(reference);
		}
		json.writeEndArray();
		json.writeEndObject();
	}

	/**
	 * Whether an annotation's offsets lie within the text. One that does not cannot keep the format's
	 * promise that its text is the text between its offsets, so it is left out.
	 */
	private static boolean covers(Annotation annotation, String text) {
		return 0 <= annotation.getBegin() && annotation.getBegin() <= annotation.getEnd() && annotation.getEnd() <= text.length();
	}

	private void writeAnnotation(Annotation annotation, String text) {
		switch (annotation) {
		case DateMention date -> {
			startAnnotation(date, "date", text);
			json.writeStringProperty("value", date.getValue());
		}
		case Quantity quantity -> {
			startAnnotation(quantity, "quantity", text);
			writeNumber("value", quantity.getValue());
			json.writeStringProperty("unit", quantity.getUnit());
			json.writeStringProperty("kind", literal(quantity.getKind()));
			json.writeStringProperty("table", LinkIds.id(link(quantity, Literals.QUANTITY__TABLE)));
		}
		case Coordinate coordinate -> {
			startAnnotation(coordinate, "coordinate", text);
			writeNumber("lat", coordinate.getLat());
			writeNumber("lon", coordinate.getLon());
		}
		case Quote quote -> {
			startAnnotation(quote, "quote", text);
			Entity speaker = quote.getSpeaker();
			json.writeStringProperty("speaker", LinkIds.id(speaker));
			json.writeStringProperty("speakerName", speaker != null && !speaker.eIsProxy() ? speaker.getName() : null);
			json.writeStringProperty("speechVerb", quote.getSpeechVerb());
		}
		case Mention mention -> {
			startAnnotation(mention, "mention", text);
			Entity entity = mention.getEntity();
			String entityId = LinkIds.id(entity);
			json.writeStringProperty("entity", entityId);
			json.writeStringProperty("kind", entity != null && !entity.eIsProxy() ? literal(entity.getKind()) : null);
			mentionCounts.add(entityId);
		}
		case Citation citation -> {
			startAnnotation(citation, "citation", text);
			json.writeStringProperty("reference", LinkIds.id(link(citation, Literals.CITATION__REFERENCE)));
		}
		case ClaimMention claimMention -> {
			startAnnotation(claimMention, "claim", text);
			json.writeStringProperty("claim", LinkIds.id(link(claimMention, Literals.CLAIM_MENTION__CLAIM)));
		}
		case CodedSegment segment -> {
			startAnnotation(segment, "code", text);
			json.writeStringProperty("tag", LinkIds.id(link(segment, Literals.CODED_SEGMENT__TAG)));
		}
		case Comment comment -> {
			startAnnotation(comment, "comment", text);
			json.writeStringProperty("comment", comment.getText());
		}
		case TableRegion table -> {
			startAnnotation(table, "table", text);
			json.writeStringProperty("label", table.getLabel());
			json.writeStringProperty("caption", table.getCaption());
			json.writeNumberProperty("bodyBegin", table.getBodyBegin());
			json.writeNumberProperty("rowCount", table.getRowCount());
			json.writeNumberProperty("columnCount", table.getColumnCount());
		}
		case DuplicatePassage duplicate -> {
			startAnnotation(duplicate, "duplicate", text);
			json.writeNumberProperty("firstBegin", duplicate.getFirstBegin());
			json.writeNumberProperty("firstEnd", duplicate.getFirstEnd());
		}
		case LanguageSpan language -> {
			startAnnotation(language, "language", text);
			json.writeStringProperty("language", language.getLanguage());
		}
		default -> {
			// A kind of annotation that version 1 does not know (from a model extension): left out.
			return;
		}
		}
		json.writeEndObject();
	}

	private void startAnnotation(Annotation annotation, String type, String text) {
		json.writeStartObject();
		json.writeStringProperty("id", LinkIds.id(annotation));
		json.writeStringProperty("type", type);
		json.writeNumberProperty("begin", annotation.getBegin());
		json.writeNumberProperty("end", annotation.getEnd());
		json.writeStringProperty("text", text.substring(annotation.getBegin(), annotation.getEnd()));
		json.writeStringProperty("origin", annotation.getOrigin());
		writeNumber("confidence", annotation.getConfidence());
	}

	private void writeReference(Reference reference) {
		json.writeStartObject();
		json.writeStringProperty("id", LinkIds.id(reference));
		json.writeStringProperty("label", reference.getLabel());
		json.writeStringProperty("text", reference.getText());
		json.writeStringProperty("url", reference.getUrl());
		json.writeStringProperty("doi", reference.getDoi());
		json.writeStringProperty("title", reference.getTitle());
		writeStrings("authors", reference.getAuthors());
		json.writeStringProperty("year", reference.getYear());
		json.writeStringProperty("resolvedDocument", LinkIds.documentId(link(reference, Literals.REFERENCE__RESOLVED_DOCUMENT)));
		json.writeEndObject();
	}

	private void writeEntity(Entity entity) {
		String id = LinkIds.id(entity);
		json.writeStartObject();
		json.writeStringProperty("id", id);
		json.writeStringProperty("name", entity.getName());
		json.writeStringProperty("kind", literal(entity.getKind()));
		writeStrings("aliases", entity.getAliases());
		writeNumber("lat", entity.getLat());
		writeNumber("lon", entity.getLon());
		writeStrings("externalIds", entity.getExternalIds());
		json.writeNumberProperty("mentions", mentionCounts.mentions(id));
		json.writeNumberProperty("documents", mentionCounts.documents(id));
		json.writeEndObject();
	}

	private void writeClaim(Claim claim) {
		json.writeStartObject();
		json.writeStringProperty("id", LinkIds.id(claim));
		json.writeStringProperty("statement", claim.getStatement());
		json.writeStringProperty("claimant", LinkIds.id(link(claim, Literals.CLAIM__CLAIMANT)));
		json.writeStringProperty("date", claim.getDate());
		if (claim.getCredibility() == null || claim.getCredibility() == Credibility.NOT_GRADED) {
			json.writeNullProperty("credibility");
		} else {
			json.writeNumberProperty("credibility", Integer.parseInt(claim.getCredibility().getLiteral()));
		}
		json.writeStringProperty("verdict", literal(claim.getVerdict()));
		json.writeArrayPropertyStart("evidence");
		for (EvidenceLink evidence : claim.getEvidence()) {
			writeEvidence(evidence);
		}
		json.writeEndArray();
		json.writeArrayPropertyStart("tags");
		for (Tag tag : claim.getTags()) {
			json.writeString(LinkIds.id(tag));
		}
		json.writeEndArray();
		json.writeEndObject();
	}

	/**
	 * The target's ids are read from the links as they are, without resolving them: resolving would
	 * load the target's document.
	 */
	private void writeEvidence(EvidenceLink evidence) {
		EObject annotation = link(evidence, Literals.EVIDENCE_LINK__ANNOTATION);
		EObject document = link(evidence, Literals.EVIDENCE_LINK__DOCUMENT);
		EObject reference = link(evidence, Literals.EVIDENCE_LINK__REFERENCE);
		EObject target = annotation != null ? annotation : document != null ? document : reference;
		json.writeStartObject();
		json.writeStringProperty("relation", literal(evidence.getRelation()));
		json.writeStringProperty("annotation", annotation != null ? LinkIds.id(annotation) : null);
		json.writeStringProperty("reference", annotation == null && document == null ? LinkIds.id(reference) : null);
		json.writeStringProperty("document", LinkIds.documentId(target));
		json.writeStringProperty("note", evidence.getNote());
		json.writeEndObject();
	}

	private void writeSource(Source source) {
		json.writeStartObject();
		json.writeStringProperty("id", LinkIds.id(source));
		json.writeStringProperty("name", source.getName());
		json.writeStringProperty("kind", literal(source.getKind()));
		Reliability reliability = source.getReliability();
		json.writeStringProperty("reliability", reliability == null || reliability == Reliability.NOT_GRADED ? null : reliability.getLiteral());
		json.writeStringProperty("notes", source.getNotes());
		json.writeEndObject();
	}

	private void writeTag(Tag tag) {
		json.writeStartObject();
		json.writeStringProperty("id", LinkIds.id(tag));
		json.writeStringProperty("name", tag.getName());
		json.writeStringProperty("description", tag.getDescription());
		json.writeStringProperty("color", tag.getColor());
		json.writeArrayPropertyStart("children");
		for (Tag child : tag.getChildren()) {
			writeTag(child);
		}
		json.writeEndArray();
		json.writeEndObject();
	}

	private void writeNote(Note note) {
		json.writeStartObject();
		json.writeStringProperty("id", LinkIds.id(note));
		json.writeStringProperty("title", note.getTitle());
		json.writeStringProperty("created", note.getCreated());
		json.writeStringProperty("text", note.getText());
		json.writeEndObject();
	}

	private void writeStrings(String name, List<String> values) {
		json.writeArrayPropertyStart(name);
		for (String value : values) {
			json.writeString(value);
		}
		json.writeEndArray();
	}

	/** Whole numbers print as integers (1250000, not 1250000.0); NaN and infinities, which JSON lacks, as null. */
	private void writeNumber(String name, Double value) {
		if (value == null || value.isNaN() || value.isInfinite()) {
			json.writeNullProperty(name);
		} else if (value == Math.rint(value) && Math.abs(value) <= LARGEST_EXACT_INTEGER) {
			json.writeNumberProperty(name, value.longValue());
		} else {
			json.writeNumberProperty(name, value.doubleValue());
		}
	}

	private static String literal(Enumerator value) {
		return value != null ? value.getLiteral() : null;
	}

	/** A reference as it is, a proxy if not resolved yet. */
	private static EObject link(EObject owner, EReference reference) {
		return (EObject) owner.eGet(reference, false);
	}
}
