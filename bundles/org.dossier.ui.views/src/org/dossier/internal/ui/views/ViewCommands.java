package org.dossier.internal.ui.views;

/** The ids of the views' commands (plugin.xml binds their keys in {@link RowsView#CONTEXT_ID}). */
public final class ViewCommands {

	public static final String MERGE_ENTITIES = "org.dossier.ui.views.mergeEntities";
	public static final String SPLIT_ALIAS = "org.dossier.ui.views.splitAlias";
	public static final String NEW_CLAIM = "org.dossier.ui.views.newClaim";

	private ViewCommands() {
	}
}
