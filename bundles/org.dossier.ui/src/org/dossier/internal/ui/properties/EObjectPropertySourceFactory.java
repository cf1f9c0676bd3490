package org.dossier.internal.ui.properties;

import org.dossier.ui.DossierSession;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;

/** Adapts the open dossier's objects to the Properties view (registered in plugin.xml). */
public final class EObjectPropertySourceFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		AdapterFactory itemProviders = DossierSession.getDefault().getAdapterFactory();
		if (adapterType != IPropertySource.class || !(adaptable instanceof EObject object) || itemProviders == null) {
			return null;
		}
		IItemPropertySource source = (IItemPropertySource) itemProviders.adapt(object, IItemPropertySource.class);
		return source == null ? null : adapterType.cast(new ItemPropertySource(object, source));
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}
}
