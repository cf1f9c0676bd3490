package org.dossier.ui.viewers;

import java.net.URL;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/**
 * Text and icon of model objects from their EMF.Edit item providers, for JFace viewers. (EMF's own
 * JFace adapters live in emf.edit.ui, which is not on Maven Central; this is the small part we need.)
 * Images are owned by a resource manager tied to the control that shows them.
 */
public final class ItemProviderLabels {

	private final AdapterFactory adapterFactory;
	private final ResourceManager images;

	public ItemProviderLabels(AdapterFactory adapterFactory, Control owner) {
		this.adapterFactory = adapterFactory;
		this.images = new LocalResourceManager(org.eclipse.jface.resource.JFaceResources.getResources(), owner);
	}

	public String getText(Object element) {
		IItemLabelProvider labels = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
		return labels == null ? String.valueOf(element) : labels.getText(element);
	}

	public Image getImage(Object element) {
		IItemLabelProvider labels = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
		Object image = labels == null ? null : labels.getImage(element);
		if (image instanceof URL url) {
			return images.create(ImageDescriptor.createFromURL(url));
		}
		if (image instanceof ImageDescriptor descriptor) {
			return images.create(descriptor);
		}
		return null;
	}
}
