package org.dossier.internal.core.registry;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.dossier.core.importing.Importer;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;

/** One {@code <importer>} of the {@code org.dossier.core.importers} extension point. */
public final class ImporterDescriptor {

	private final String id;
	private final String name;
	private final List<String> extensions;
	private final String mediaType;
	private final LazyContribution<Importer> importer;

	ImporterDescriptor(IConfigurationElement element) {
		this(element.getAttribute("id"), element.getAttribute("name"), element.getAttribute("extensions"),
				element.getAttribute("mediaType"), new LazyContribution<>(element, Importer.class));
	}

	public ImporterDescriptor(String id, String name, String extensions, String mediaType, Importer importer) {
		this(id, name, extensions, mediaType, new LazyContribution<>(importer, Importer.class));
	}

	private ImporterDescriptor(String id, String name, String extensions, String mediaType, LazyContribution<Importer> importer) {
		this.id = id;
		this.name = name;
		this.extensions = Arrays.stream(extensions == null ? new String[0] : extensions.split(","))
				.map(e -> e.strip().toLowerCase(Locale.ROOT)).filter(e -> !e.isEmpty()).toList();
		this.mediaType = mediaType;
		this.importer = importer;
	}

	public String id() {
		return id;
	}

	public String name() {
		return name;
	}

	public List<String> extensions() {
		return extensions;
	}

	public String mediaType() {
		return mediaType;
	}

	public Importer importer() throws CoreException {
		return importer.get();
	}
}
