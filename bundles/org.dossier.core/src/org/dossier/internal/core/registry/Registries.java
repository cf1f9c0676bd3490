package org.dossier.internal.core.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * Reads Dossier's three extension points. Descriptors are read once; the contributed classes are
 * created only when first used.
 */
public final class Registries {

	public static final String IMPORTERS = "org.dossier.core.importers";
	public static final String EXTRACTORS = "org.dossier.core.extractors";
	public static final String EXPORTERS = "org.dossier.core.exporters";

	private static List<ImporterDescriptor> importers;
	private static List<ExtractorDescriptor> extractors;
	private static List<ExporterDescriptor> exporters;

	private Registries() {
	}

	public static synchronized List<ImporterDescriptor> importers() {
		if (importers == null) {
			importers = elements(IMPORTERS, "importer").stream().map(ImporterDescriptor::new).toList();
		}
		return importers;
	}

	/** Every extractor, in an order where each comes after those it names in {@code after}. */
	public static synchronized List<ExtractorDescriptor> extractors() {
		if (extractors == null) {
			extractors = inDependencyOrder(elements(EXTRACTORS, "extractor").stream().map(ExtractorDescriptor::new).toList());
		}
		return extractors;
	}

	public static synchronized List<ExporterDescriptor> exporters() {
		if (exporters == null) {
			exporters = elements(EXPORTERS, "exporter").stream().map(ExporterDescriptor::new)
					.sorted(Comparator.comparing(ExporterDescriptor::id)).toList();
		}
		return exporters;
	}

	/** Orders extractors after their dependencies (stable otherwise); cycles are broken in id order. */
	public static List<ExtractorDescriptor> inDependencyOrder(List<ExtractorDescriptor> unordered) {
		Map<String, ExtractorDescriptor> byId = new LinkedHashMap<>();
		unordered.stream().sorted(Comparator.comparing(ExtractorDescriptor::id)).forEach(d -> byId.put(d.id(), d));
		List<ExtractorDescriptor> ordered = new ArrayList<>();
		Map<String, Boolean> state = new HashMap<>(); // false: visiting, true: done
		for (ExtractorDescriptor descriptor : byId.values()) {
			visit(descriptor, byId, state, ordered);
		}
		return List.copyOf(ordered);
	}

	private static void visit(ExtractorDescriptor descriptor, Map<String, ExtractorDescriptor> byId, Map<String, Boolean> state,
			List<ExtractorDescriptor> ordered) {
		if (state.containsKey(descriptor.id())) {
			return; // done, or a cycle: the dependency already being visited is simply not waited for
		}
		state.put(descriptor.id(), Boolean.FALSE);
		for (String before : descriptor.after()) {
			ExtractorDescriptor dependency = byId.get(before);
			if (dependency != null) {
				visit(dependency, byId, state, ordered);
			}
		}
		state.put(descriptor.id(), Boolean.TRUE);
		ordered.add(descriptor);
	}

	private static List<IConfigurationElement> elements(String point, String name) {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return List.of();
		}
		List<IConfigurationElement> elements = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(point)) {
			if (name.equals(element.getName())) {
				elements.add(element);
			}
		}
		return elements;
	}
}
