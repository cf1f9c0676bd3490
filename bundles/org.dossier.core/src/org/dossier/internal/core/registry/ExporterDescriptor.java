package org.dossier.internal.core.registry;

import org.dossier.core.exporting.Exporter;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;

/** One {@code <exporter>} of the {@code org.dossier.core.exporters} extension point. */
public final class ExporterDescriptor {

	private final String id;
	private final String name;
	private final boolean folderOutput;
	private final String extension;
	private final LazyContribution<Exporter> exporter;

	ExporterDescriptor(IConfigurationElement element) {
		this.id = element.getAttribute("id");
		this.name = element.getAttribute("name");
		this.folderOutput = "folder".equals(element.getAttribute("output"));
		this.extension = element.getAttribute("extension");
		this.exporter = new LazyContribution<>(element, Exporter.class);
	}

	public String id() {
		return id;
	}

	public String name() {
		return name;
	}

	/** Whether the output is a folder of files rather than one file. */
	public boolean writesFolder() {
		return folderOutput;
	}

	public String extension() {
		return extension;
	}

	public Exporter exporter() throws CoreException {
		return exporter.get();
	}
}
