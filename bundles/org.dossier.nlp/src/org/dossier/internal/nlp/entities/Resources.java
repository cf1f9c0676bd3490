package org.dossier.internal.nlp.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The UTF-8 data files beside these classes. */
final class Resources {

	private Resources() {
	}

	/**
	 * The lines of a tab-separated resource, split into fields, without blank lines and {@code #} comments.
	 * A missing resource is a packaging error, reported as such.
	 */
	static List<String[]> tabSeparated(String name) {
		List<String[]> rows = new ArrayList<>();
		try (InputStream in = Resources.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + name + " beside " + Resources.class.getName());
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					rows.add(line.split("\t", -1));
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read resource " + name, e);
		}
		return rows;
	}
}
