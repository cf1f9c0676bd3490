package org.dossier.internal.ui.views.table;

import org.eclipse.swt.graphics.Image;

/** How a {@link RowTable} marks its rows: flagged rows stand out (bold, in a warning colour), icons. */
public interface RowStyle<R> {

	/** Whether the row needs the analyst's attention (an unsupported claim, a conflicting figure ...). */
	default boolean isFlagged(R row) {
		return false;
	}

	/** The icon of a cell, or {@code null}. */
	default Image image(R row, int column) {
		return null;
	}
}
