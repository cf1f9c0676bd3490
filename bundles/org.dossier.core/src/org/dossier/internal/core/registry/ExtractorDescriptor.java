package org.dossier.internal.core.registry;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.dossier.core.extracting.Extractor;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;

/** One {@code <extractor>} of the {@code org.dossier.core.extractors} extension point. */
public final class ExtractorDescriptor {

	private final String id;
	private final String name;
	private final Set<String> languages;
	private final List<String> after;
	private final boolean enabledByDefault;
	private final LazyContribution<Extractor> extractor;

	ExtractorDescriptor(IConfigurationElement element) {
		this(element.getAttribute("id"), element.getAttribute("name"), element.getAttribute("languages"),
				element.getAttribute("after"), !"false".equals(element.getAttribute("enabledByDefault")),
				new LazyContribution<>(element, Extractor.class));
	}

	public ExtractorDescriptor(String id, String name, String languages, String after, Extractor extractor) {
		this(id, name, languages, after, true, new LazyContribution<>(extractor, Extractor.class));
	}

	private ExtractorDescriptor(String id, String name, String languages, String after, boolean enabledByDefault,
			LazyContribution<Extractor> extractor) {
		this.id = id;
		this.name = name;
		this.languages = split(languages == null ? "*" : languages).collect(Collectors.toSet());
		this.after = split(after).toList();
		this.enabledByDefault = enabledByDefault;
		this.extractor = extractor;
	}

	private static java.util.stream.Stream<String> split(String list) {
		return list == null ? java.util.stream.Stream.empty()
				: Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty());
	}

	public String id() {
		return id;
	}

	public String name() {
		return name;
	}

	/** Ids of the extractors that must run before this one. */
	public List<String> after() {
		return after;
	}

	public boolean isEnabledByDefault() {
		return enabledByDefault;
	}

	/** Whether it runs on documents of this language ({@code und} when unknown). */
	public boolean handles(String language) {
		return languages.contains("*") || languages.contains(language);
	}

	public Extractor extractor() throws CoreException {
		return extractor.get();
	}
}
