package org.dossier.internal.ui.editor;

import java.util.List;
import java.util.Locale;

import org.dossier.model.Annotation;
import org.dossier.model.Citation;
import org.dossier.model.ClaimMention;
import org.dossier.model.CodedSegment;
import org.dossier.model.Comment;
import org.dossier.model.Coordinate;
import org.dossier.model.DateMention;
import org.dossier.model.DuplicatePassage;
import org.dossier.model.LanguageSpan;
import org.dossier.model.Mention;
import org.dossier.model.Quantity;
import org.dossier.model.Quote;
import org.dossier.model.TableRegion;

/**
 * The kinds of annotation the editor highlights, each an annotation type with its own colour and
 * style (declared in plugin.xml as marker annotation specifications, so colours live in the editors'
 * preferences and the overview ruler, hovers and next/previous navigation know them).
 */
public enum AnnotationKinds {
	DATE("date", "Dates"),
	QUANTITY("quantity", "Quantities"),
	COORDINATE("coordinate", "Coordinates"),
	PERSON("person", "People"),
	ORGANIZATION("organization", "Organisations"),
	LOCATION("location", "Places"),
	ENTITY("entity", "Other entities"),
	QUOTE("quote", "Quotations"),
	CITATION("citation", "Citations"),
	CLAIM("claim", "Claims"),
	CODE("code", "Coded segments"),
	COMMENT("comment", "Comments"),
	TABLE("table", "Tables"),
	DUPLICATE("duplicate", "Repeated passages"),
	LANGUAGE("language", "Passages in another language"),
	OTHER("other", "Other annotations");

	private static final String PREFIX = "org.dossier.ui.editor.annotation.";

	private final String key;
	private final String label;

	AnnotationKinds(String key, String label) {
		this.key = key;
		this.label = label;
	}

	/** The JFace annotation type. */
	public String type() {
		return PREFIX + key;
	}

	public String label() {
		return label;
	}

	/** The preference key of the highlight colour (as declared in plugin.xml). */
	public String colorKey() {
		return PREFIX + key + ".color";
	}

	public String showInTextKey() {
		return PREFIX + key + ".text";
	}

	public static List<AnnotationKinds> all() {
		return List.of(values());
	}

	public static AnnotationKinds of(Annotation annotation) {
		if (annotation instanceof DateMention) {
			return DATE;
		}
		if (annotation instanceof Quantity) {
			return QUANTITY;
		}
		if (annotation instanceof Coordinate) {
			return COORDINATE;
		}
		if (annotation instanceof Mention mention) {
			if (mention.getEntity() == null || mention.getEntity().getKind() == null) {
				return ENTITY;
			}
			return switch (mention.getEntity().getKind().getName().toLowerCase(Locale.ROOT)) {
			case "person" -> PERSON;
			case "organization" -> ORGANIZATION;
			case "location" -> LOCATION;
			default -> ENTITY;
			};
		}
		if (annotation instanceof Quote) {
			return QUOTE;
		}
		if (annotation instanceof Citation) {
			return CITATION;
		}
		if (annotation instanceof ClaimMention) {
			return CLAIM;
		}
		if (annotation instanceof CodedSegment) {
			return CODE;
		}
		if (annotation instanceof Comment) {
			return COMMENT;
		}
		if (annotation instanceof TableRegion) {
			return TABLE;
		}
		if (annotation instanceof DuplicatePassage) {
			return DUPLICATE;
		}
		if (annotation instanceof LanguageSpan) {
			return LANGUAGE;
		}
		return OTHER;
	}
}
