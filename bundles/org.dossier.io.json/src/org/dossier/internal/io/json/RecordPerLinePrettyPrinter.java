package org.dossier.internal.io.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.core.util.Separators.Spacing;

/**
 * Puts every top-level field and every element of a top-level array (each document, entity, claim
 * ...) on its own line, and writes everything inside them on that line. A dossier of a million
 * annotations stays about as small as compact JSON, yet line tools (grep, head, diff) see one
 * record per line.
 */
final class RecordPerLinePrettyPrinter extends DefaultPrettyPrinter {

	private static final long serialVersionUID = 1L;

	/** Nesting of the top-level object's fields; the elements of its arrays are one deeper. */
	private static final int FIELD_LEVEL = 1;

	RecordPerLinePrettyPrinter() {
		super(new Separators().withObjectNameValueSpacing(Spacing.AFTER).withObjectEmptySeparator("")
				.withArrayEmptySeparator(""));
		indentObjectsWith(new LineIndenter(FIELD_LEVEL));
		indentArraysWith(new LineIndenter(FIELD_LEVEL + 1));
	}

	private RecordPerLinePrettyPrinter(RecordPerLinePrettyPrinter base) {
		super(base);
	}

	@Override
	public DefaultPrettyPrinter createInstance() {
		return new RecordPerLinePrettyPrinter(this);
	}

	/** A line break and indentation down to a nesting level, a space below it. */
	private record LineIndenter(int deepestLineLevel) implements Indenter {

		@Override
		public void writeIndentation(JsonGenerator generator, int level) {
			if (level <= deepestLineLevel) {
				generator.writeRaw('\n');
				for (int i = 0; i < level; i++) {
					generator.writeRaw("  ");
				}
			} else {
				generator.writeRaw(' ');
			}
		}

		@Override
		public boolean isInline() {
			return false;
		}
	}
}
