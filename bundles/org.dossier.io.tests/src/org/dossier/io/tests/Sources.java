package org.dossier.io.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dossier.core.importing.ImportSource;

/** Test documents: the files under {@code data/} (tests run in the bundle folder), or bytes made in the test. */
final class Sources {

	private Sources() {
	}

	static Path dataFile(String path) {
		return Path.of("data", path);
	}

	static byte[] dataBytes(String path) {
		try {
			return Files.readAllBytes(dataFile(path));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A data file's text, read as the UTF-8 it is stored in. */
	static String dataText(String path) {
		return new String(dataBytes(path), StandardCharsets.UTF_8);
	}

	static ImportSource data(String path) {
		return ImportSource.of(dataFile(path).getFileName().toString(), dataBytes(path));
	}

	static ImportSource of(String fileName, String text, Charset charset) {
		return ImportSource.of(fileName, text.getBytes(charset));
	}

	static ImportSource utf8(String fileName, String text) {
		return of(fileName, text, StandardCharsets.UTF_8);
	}

	static ImportSource of(String fileName, byte[] bytes) {
		return ImportSource.of(fileName, bytes);
	}
}
