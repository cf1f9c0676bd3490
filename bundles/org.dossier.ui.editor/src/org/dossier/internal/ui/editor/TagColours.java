package org.dossier.internal.ui.editor;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.dossier.model.CodedSegment;
import org.dossier.model.Tag;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.texteditor.AnnotationPreference;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;

/**
 * Coded segments in their tag's colour (Tag.color, "#rrggbb"): each coloured tag gets an annotation
 * type of its own, declared to the editor's decoration support when the editor opens.
 */
public final class TagColours {

	private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");
	private static final String TYPE_PREFIX = AnnotationKinds.CODE.type() + ".";

	private TagColours() {
	}

	static RGB rgb(Tag tag) {
		String colour = tag == null ? null : tag.getColor();
		if (colour == null || !HEX.matcher(colour).matches()) {
			return null;
		}
		int value = Integer.parseInt(colour.substring(1), 16);
		return new RGB(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
	}

	static String hex(RGB rgb) {
		return String.format(Locale.ROOT, "#%02x%02x%02x", rgb.red, rgb.green, rgb.blue);
	}

	/** The annotation type of a coded segment: its tag's own when the tag has a colour. */
	static String type(CodedSegment segment) {
		return rgb(segment.getTag()) != null && segment.getTag().getId() != null ? TYPE_PREFIX + segment.getTag().getId()
				: AnnotationKinds.CODE.type();
	}

	/** Declares the coloured tags' annotation types, underlined in their colour like the coded-segment kind. */
	static void declare(List<Tag> tags, SourceViewerDecorationSupport support, IPreferenceStore store) {
		for (Tag tag : tags) {
			RGB rgb = rgb(tag);
			if (rgb == null || tag.getId() == null) {
				continue;
			}
			String type = TYPE_PREFIX + tag.getId();
			AnnotationPreference preference = new AnnotationPreference(type, type + ".color", type + ".text", type + ".overview", 4);
			preference.setTextStylePreferenceKey(type + ".style");
			preference.setHighlightPreferenceKey(type + ".highlight");
			PreferenceConverter.setDefault(store, type + ".color", rgb);
			store.setDefault(type + ".text", store.getBoolean(AnnotationKinds.CODE.showInTextKey()));
			store.setDefault(type + ".overview", true);
			store.setDefault(type + ".style", "UNDERLINE");
			store.setDefault(type + ".highlight", false);
			support.setAnnotationPreference(preference);
		}
	}

	/** Every tag of a codebook level and below, depth first. */
	public static void collect(List<Tag> level, List<Tag> into) {
		for (Tag tag : level) {
			into.add(tag);
			collect(tag.getChildren(), into);
		}
	}
}
