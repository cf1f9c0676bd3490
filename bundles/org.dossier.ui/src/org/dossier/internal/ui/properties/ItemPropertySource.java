package org.dossier.internal.ui.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * The Properties view's view of a model object, from its EMF.Edit item property descriptors (the
 * part of emf.edit.ui, not on Maven Central, that we need). Changes run as commands on the dossier's
 * editing domain, so they can be undone.
 */
final class ItemPropertySource implements IPropertySource {

	private final Object object;
	private final IItemPropertySource itemPropertySource;

	ItemPropertySource(Object object, IItemPropertySource itemPropertySource) {
		this.object = object;
		this.itemPropertySource = itemPropertySource;
	}

	@Override
	public Object getEditableValue() {
		return itemPropertySource.getEditableValue(object);
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> descriptors = new ArrayList<>();
		for (IItemPropertyDescriptor descriptor : itemPropertySource.getPropertyDescriptors(object)) {
			descriptors.add(new ItemPropertyDescriptorAdapter(object, descriptor));
		}
		return descriptors.toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = itemPropertySource.getPropertyDescriptor(object, id);
		return descriptor == null ? null : PropertyValues.editable(object, descriptor.getPropertyValue(object));
	}

	@Override
	public boolean isPropertySet(Object id) {
		IItemPropertyDescriptor descriptor = itemPropertySource.getPropertyDescriptor(object, id);
		return descriptor != null && descriptor.isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = itemPropertySource.getPropertyDescriptor(object, id);
		if (descriptor != null) {
			descriptor.resetPropertyValue(object);
		}
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		IItemPropertyDescriptor descriptor = itemPropertySource.getPropertyDescriptor(object, id);
		if (descriptor != null && descriptor.canSetProperty(object) && ItemPropertyDescriptorAdapter.editable()) {
			descriptor.setPropertyValue(object, value);
		}
	}
}
