package org.dossier.internal.core.registry;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;

/**
 * The class of a contribution, created on first use only, so that starting Dossier does not load
 * every plugin that contributes an importer, extractor or exporter.
 */
final class LazyContribution<T> {

	private final IConfigurationElement element;
	private final Class<T> type;
	private volatile T instance;

	LazyContribution(IConfigurationElement element, Class<T> type) {
		this.element = element;
		this.type = type;
	}

	/** A contribution given as an object: for tests and for registries built in code. */
	LazyContribution(T instance, Class<T> type) {
		this.element = null;
		this.type = type;
		this.instance = instance;
	}

	T get() throws CoreException {
		T result = instance;
		if (result == null) {
			synchronized (this) {
				result = instance;
				if (result == null) {
					Object created = element.createExecutableExtension("class");
					if (!type.isInstance(created)) {
						throw new CoreException(org.eclipse.core.runtime.Status.error(element.getAttribute("class") + " contributed by "
								+ element.getContributor().getName() + " is not a " + type.getSimpleName()));
					}
					instance = result = type.cast(created);
				}
			}
		}
		return result;
	}
}
