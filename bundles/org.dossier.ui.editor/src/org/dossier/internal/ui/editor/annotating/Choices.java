package org.dossier.internal.ui.editor.annotating;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.dossier.model.Claim;
import org.dossier.model.Dossier;
import org.dossier.model.Entity;
import org.dossier.internal.ui.editor.TagColours;
import org.dossier.model.Tag;
import org.dossier.ui.ModelTexts;

/** The dossier's entities, claims and tags as dialogs list them, and the checks of typed values. */
final class Choices {

	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?|--(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])");

	private Choices() {
	}

	static List<Entity> entities(Dossier dossier) {
		List<Entity> entities = new ArrayList<>(dossier.getEntities());
		entities.sort(Comparator.comparing(entity -> entity.getName() == null ? "" : entity.getName().toLowerCase(Locale.ROOT)));
		return entities;
	}

	/** "Sergei Lavrov (person; also Sergueï Lavrov, Лавров)". */
	static String entityLabel(Entity entity) {
		String kind = entity.getKind() == null ? "" : entity.getKind().getLiteral();
		String aliases = entity.getAliases().isEmpty() ? "" : "; also " + ModelTexts.abbreviated(String.join(", ", entity.getAliases()), 80);
		return entity.getName() + " (" + kind + aliases + ")";
	}

	static String claimLabel(Claim claim) {
		return ModelTexts.abbreviated(claim.getStatement(), 100)
				+ (claim.getClaimant() == null ? "" : " (" + claim.getClaimant().getName() + ")");
	}

	/** Every tag of the codebook, depth first. */
	static List<Tag> tags(Dossier dossier) {
		List<Tag> tags = new ArrayList<>();
		TagColours.collect(dossier.getTags(), tags);
		return tags;
	}

	/** An error message unless the text is an ISO 8601 (partial) date: 2019-11-03, 2021-09, 1975, --06-02. */
	static String checkIsoDate(String text) {
		return ISO_DATE.matcher(text).matches() ? null : "Write the date as YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD (year unknown)";
	}

	/** An error message unless the text is a number (a dot for decimals, no grouping). */
	static String checkNumber(String text) {
		try {
			Double.parseDouble(text.replace(" ", "").replace("\u202f", "").replace("\u00a0", ""));
			return null;
		} catch (NumberFormatException e) {
			return "Write the value as a number, e.g. 350000 or 3.7";
		}
	}

	static double number(String text) {
		return Double.parseDouble(text.replace(" ", "").replace("\u202f", "").replace("\u00a0", ""));
	}

	static String notBlank(String text, String what) {
		return text == null || text.isBlank() ? "Enter " + what : null;
	}
}
