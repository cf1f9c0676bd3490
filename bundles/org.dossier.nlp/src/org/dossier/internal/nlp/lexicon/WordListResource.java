package org.dossier.internal.nlp.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the word lists the recognisers keep beside their classes as UTF-8 text: one entry per line, blank
 * lines and lines starting with '#' left out. The lists are plain files so that a linguist can extend them
 * without reading Java.
 */
public final class WordListResource {

	private WordListResource() {
	}

	/**
	 * The entries of the resource {@code name}, looked up relative to {@code owner}'s package. A missing list
	 * is a packaging error, not something to recover from.
	 */
	public static List<String> lines(Class<?> owner, String name) {
		try (InputStream in = owner.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("word list " + name + " missing beside " + owner.getName());
			}
			List<String> entries = new ArrayList<>();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String entry = line.strip();
				if (!entry.isEmpty() && !entry.startsWith("#")) {
					entries.add(entry);
				}
			}
			return entries;
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read word list " + name, e);
		}
	}
}
