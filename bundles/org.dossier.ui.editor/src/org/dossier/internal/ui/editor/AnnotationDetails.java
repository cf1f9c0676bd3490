package org.dossier.internal.ui.editor;

import java.util.Locale;

import org.dossier.model.Annotation;
import org.dossier.model.Citation;
import org.dossier.model.Claim;
import org.dossier.model.ClaimMention;
import org.dossier.model.CodedSegment;
import org.dossier.model.Comment;
import org.dossier.model.Coordinate;
import org.dossier.model.DateMention;
import org.dossier.model.DuplicatePassage;
import org.dossier.model.LanguageSpan;
import org.dossier.model.Entity;
import org.dossier.model.Mention;
import org.dossier.model.Quantity;
import org.dossier.model.Quote;
import org.dossier.model.Reference;
import org.dossier.model.TableRegion;
import org.dossier.ui.ModelTexts;
import org.eclipse.emf.ecore.EAttribute;

/**
 * What a hover says about an annotation: its kind and normalised value (ISO date, number and unit,
 * latitude/longitude, speaker, linked entity with its aliases, reference text and URL, claim), then
 * who made it. Computed when asked, so it follows merges and corrections at once.
 */
public final class AnnotationDetails {

	private AnnotationDetails() {
	}

	public static String of(Annotation annotation) {
		return headline(annotation) + "\n" + provenance(annotation);
	}

	public static String headline(Annotation annotation) {
		if (annotation instanceof DateMention date) {
			return "Date " + orUnknown(date.getValue());
		}
		if (annotation instanceof Quantity quantity) {
			String unit = quantity.getUnit() == null || quantity.getUnit().isBlank() ? "" : " " + quantity.getUnit();
			String kind = quantity.getKind() == null ? "" : " (" + quantity.getKind().getLiteral() + ")";
			return "Quantity " + ModelTexts.number(quantity.getValue()) + unit + kind;
		}
		if (annotation instanceof Coordinate coordinate) {
			return "Coordinate " + ModelTexts.latLon(coordinate.getLat(), coordinate.getLon());
		}
		if (annotation instanceof Mention mention) {
			return entity(mention.getEntity());
		}
		if (annotation instanceof Quote quote) {
			String verb = quote.getSpeechVerb() == null || quote.getSpeechVerb().isBlank() ? "" : " (" + quote.getSpeechVerb() + ")";
			return "Quotation, speaker: " + (quote.getSpeaker() == null ? "unknown" : quote.getSpeaker().getName()) + verb;
		}
		if (annotation instanceof Citation citation) {
			return reference(citation.getReference());
		}
		if (annotation instanceof ClaimMention mention) {
			return claim(mention.getClaim());
		}
		if (annotation instanceof CodedSegment code) {
			return "Code: " + (code.getTag() == null ? "(no tag)" : code.getTag().getName());
		}
		if (annotation instanceof Comment comment) {
			return "Comment: " + orUnknown(comment.getText());
		}
		if (annotation instanceof TableRegion table) {
			return (table.getLabel() == null ? "Table" : table.getLabel()) + ": " + table.getRowCount() + " rows × "
					+ table.getColumnCount() + " columns; its figures are table cells, not prose"
					+ (table.getCaption() == null ? "" : "\n" + ModelTexts.abbreviated(table.getCaption(), 200));
		}
		if (annotation instanceof DuplicatePassage duplicate) {
			return "Repeats the passage at " + duplicate.getFirstBegin() + "–" + duplicate.getFirstEnd() + ": "
					+ ModelTexts.abbreviated(firstOccurrence(duplicate), 120);
		}
		if (annotation instanceof LanguageSpan span) {
			return "Passage in " + orUnknown(span.getLanguage());
		}
		StringBuilder other = new StringBuilder(ModelTexts.kindName(annotation.eClass()));
		for (EAttribute attribute : annotation.eClass().getEAttributes()) {
			if (attribute.getEContainingClass() != annotation.eClass() || !annotation.eIsSet(attribute)) {
				continue;
			}
			other.append(", ").append(attribute.getName()).append(": ").append(annotation.eGet(attribute));
		}
		return other.toString();
	}

	private static String firstOccurrence(DuplicatePassage duplicate) {
		String text = duplicate.eContainer() instanceof org.dossier.model.Document document ? document.getText() : null;
		if (text == null || duplicate.getFirstBegin() < 0 || duplicate.getFirstEnd() > text.length() || duplicate.getFirstBegin() >= duplicate.getFirstEnd()) {
			return "";
		}
		return text.substring(duplicate.getFirstBegin(), duplicate.getFirstEnd());
	}

	private static String entity(Entity entity) {
		if (entity == null) {
			return "Mention of no entity";
		}
		String kind = entity.getKind() == null ? "Entity" : ModelTexts.capitalized(entity.getKind().getLiteral());
		StringBuilder text = new StringBuilder(kind).append(": ").append(entity.getName());
		if (!entity.getAliases().isEmpty()) {
			text.append("\nAlso: ").append(String.join(", ", entity.getAliases()));
		}
		if (entity.getLat() != null && entity.getLon() != null) {
			text.append("\nAt ").append(ModelTexts.latLon(entity.getLat(), entity.getLon()));
		}
		return text.toString();
	}

	private static String reference(Reference reference) {
		if (reference == null) {
			return "Citation without a reference";
		}
		StringBuilder text = new StringBuilder("Citation of ").append(orUnknown(reference.getLabel()));
		if (reference.getText() != null) {
			text.append(": ").append(ModelTexts.abbreviated(reference.getText(), 300));
		}
		if (reference.getUrl() != null) {
			text.append("\n").append(reference.getUrl());
		}
		if (reference.getDoi() != null) {
			text.append("\ndoi:").append(reference.getDoi());
		}
		return text.toString();
	}

	private static String claim(Claim claim) {
		if (claim == null) {
			return "Claim (deleted)";
		}
		return "Claim: " + ModelTexts.abbreviated(orUnknown(claim.getStatement()), 300)
				+ "\nClaimant: " + (claim.getClaimant() == null ? "unknown" : claim.getClaimant().getName())
				+ ", credibility " + ModelTexts.credibility(claim.getCredibility())
				+ ", verdict " + ModelTexts.verdict(claim.getVerdict())
				+ ", " + claim.getEvidence().size() + " evidence link" + (claim.getEvidence().size() == 1 ? "" : "s");
	}

	private static String provenance(Annotation annotation) {
		String origin = annotation.getOrigin();
		if (origin == null || origin.isBlank() || "manual".equals(origin)) {
			return "Marked by hand";
		}
		return String.format(Locale.ROOT, "Found by %s, confidence %.2f", origin, annotation.getConfidence());
	}

	private static String orUnknown(String text) {
		return text == null || text.isBlank() ? "(none)" : text;
	}
}
