package org.dossier.core.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One file to import: its name and its bytes, read once. Files above the size limit are refused
 * before they are read, so a huge file cannot exhaust memory.
 */
public final class ImportSource {

	private final Path path;
	private final byte[] bytes;

	private ImportSource(Path path, byte[] bytes) {
		this.path = path;
		this.bytes = bytes;
	}

	/** Reads a file whole, refusing files larger than {@code maxBytes}. */
	public static ImportSource read(Path file, long maxBytes) throws ImportException {
		try {
			long size = Files.size(file);
			if (size > maxBytes) {
				throw new ImportException("too large: " + megabytes(size) + " MB, the limit is " + megabytes(maxBytes)
						+ " MB (raise it with --max-size)");
			}
			return new ImportSource(file, Files.readAllBytes(file));
		} catch (IOException e) {
			throw new ImportException("cannot be read (" + e.getMessage() + ")", e);
		}
	}

	/** A source from bytes in memory, for tests and for content that is not a file. */
	public static ImportSource of(String fileName, byte[] bytes) {
		return new ImportSource(Path.of(fileName), bytes.clone());
	}

	public Path path() {
		return path;
	}

	/** The file name, lower case, for matching extensions. */
	public String fileName() {
		return path.getFileName().toString();
	}

	/** The extension without the dot, lower case; empty when there is none. */
	public String extension() {
		String name = fileName();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
	}

	public int size() {
		return bytes.length;
	}

	/** The bytes (a shared array: importers read it and never change it). */
	public byte[] bytes() {
		return bytes;
	}

	public InputStream open() {
		return new ByteArrayInputStream(bytes);
	}

	/** SHA-256 of the bytes, in lower-case hex: how duplicates are recognised. */
	public String checksum() {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new UncheckedIOException(new IOException("no SHA-256 in this Java", e));
		}
	}

	private static String megabytes(long bytes) {
		return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
	}
}
