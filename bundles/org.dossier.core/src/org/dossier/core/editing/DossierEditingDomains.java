package org.dossier.core.editing;

import org.dossier.core.store.DossierStore;
import org.dossier.model.provider.DossierItemProviderAdapterFactory;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

/**
 * The editing domain of an open dossier: every change a user makes goes through its command stack,
 * so it can be undone and redone, and the stack's save point tells whether there is unsaved work.
 * UI-free, so that the same commands serve the workbench, the command line and tests.
 */
public final class DossierEditingDomains {

	private DossierEditingDomains() {
	}

	/** A new domain over the store's resource set (the index and the loaded documents). */
	public static AdapterFactoryEditingDomain create(DossierStore store) {
		ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapterFactory.addAdapterFactory(new DossierItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		return new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack(), store.getResourceSet());
	}
}
