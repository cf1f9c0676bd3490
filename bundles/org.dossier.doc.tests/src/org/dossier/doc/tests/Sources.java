package org.dossier.doc.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

/** The source folders the tests read, which the build passes as system properties (see pom.xml). */
final class Sources {

	private Sources() {
	}

	/** bundles/org.dossier.doc */
	static Path docBundle() {
		return folder("dossier.doc.folder");
	}

	/** bundles/org.dossier.examples */
	static Path examplesBundle() {
		return folder("dossier.examples.folder");
	}

	/** Whether to write the generated reference pages instead of checking them. */
	static boolean regenerate() {
		return Boolean.getBoolean("dossier.doc.regenerate");
	}

	private static Path folder(String property) {
		String value = System.getProperty(property);
		assertThat(value).as("system property %s (set by this bundle's pom.xml)", property).isNotBlank();
		Path folder = Path.of(value).toAbsolutePath().normalize();
		assertThat(Files.isDirectory(folder)).as("%s = %s is a folder", property, folder).isTrue();
		return folder;
	}
}
