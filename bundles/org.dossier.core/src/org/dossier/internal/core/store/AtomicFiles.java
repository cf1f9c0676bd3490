package org.dossier.internal.core.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Replaces a file all at once: the new content goes to a temporary file beside it, is forced to the
 * disk, and only then renamed over the target. A crash or an exception at any point leaves either
 * the old file or the new one, never a mix, and no temporary file behind on exceptions.
 */
public final class AtomicFiles {

	/** Writes the content of a file to a stream. */
	@FunctionalInterface
	public interface ContentWriter {
		void writeTo(OutputStream out) throws IOException;
	}

	private static final String TEMP_PREFIX = ".";
	private static final String TEMP_SUFFIX = ".saving";

	private AtomicFiles() {
	}

	public static void write(Path target, ContentWriter content) throws IOException {
		Path directory = target.toAbsolutePath().getParent();
		if (!Files.isDirectory(directory)) {
			Files.createDirectories(directory);
		}
		Path temp = directory.resolve(TEMP_PREFIX + target.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
					OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			move(temp, target);
		} catch (IOException | RuntimeException | Error e) {
			Files.deleteIfExists(temp);
			throw e;
		}
		forceDirectory(directory);
	}

	/** Whether a file name is one of the temporary files {@link #write} makes. */
	public static boolean isTemporary(Path file) {
		String name = file.getFileName().toString();
		return name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX);
	}

	private static void move(Path temp, Path target) throws IOException {
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Makes the rename itself durable; not every platform can open a directory, which is fine. */
	private static void forceDirectory(Path directory) {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException e) {
			// Windows cannot open a directory as a channel; NTFS journals the rename itself.
		}
	}
}
