package org.dossier.internal.ui.explorer;

import java.util.List;

import org.dossier.model.Dossier;
import org.dossier.model.Tag;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * The explorer's tree: the dossier's groups, then their members. Reads only the dossier index, so a
 * dossier of many documents is listed without loading a single document.
 */
final class ExplorerContentProvider implements ITreeContentProvider {

	private Dossier dossier;
	private ExplorerGroup.Grouping grouping = ExplorerGroup.Grouping.NONE;

	void setGrouping(ExplorerGroup.Grouping grouping) {
		this.grouping = grouping;
	}

	@Override
	public void inputChanged(org.eclipse.jface.viewers.Viewer viewer, Object oldInput, Object newInput) {
		dossier = newInput instanceof Dossier input ? input : null;
	}

	@Override
	public Object[] getElements(Object input) {
		return input instanceof Dossier ? ExplorerFolder.values() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof ExplorerFolder folder && dossier != null) {
			return grouping != ExplorerGroup.Grouping.NONE && ExplorerGroup.groups(folder)
					? ExplorerGroup.of(folder, grouping, dossier).toArray()
					: folder.children(dossier).toArray();
		}
		if (parent instanceof ExplorerGroup group && dossier != null) {
			return group.members(dossier).toArray();
		}
		if (parent instanceof Tag tag) {
			return tag.getChildren().toArray();
		}
		return new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof ExplorerFolder folder && dossier != null) {
			return !folder.children(dossier).isEmpty();
		}
		if (element instanceof ExplorerGroup) {
			return true;
		}
		return element instanceof Tag tag && !tag.getChildren().isEmpty();
	}

	static int count(Dossier dossier, ExplorerFolder folder) {
		List<?> children = folder.children(dossier);
		return children.size();
	}
}
