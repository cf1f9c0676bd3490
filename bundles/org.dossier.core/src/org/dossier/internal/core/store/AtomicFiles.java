package org.dossier.internal.core.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Replaces a file all at once: the new content goes to a temporary file beside it, is forced to the
 * disk, and only then renamed over the target. A crash or an exception at any point leaves either
 * the old file or the new one, never a mix, and no temporary file behind on exceptions.
 * <p>
 * A file that nothing durable refers to yet (a new document, before the index names it) can be written
 * {@linkplain #writeUnforced unforced} and {@linkplain #force forced} later with others: waiting for the
 * disk once per batch rather than twice per file.
 */
public final class AtomicFiles {

	/** Writes the content of a file to a stream. */
	@FunctionalInterface
	public interface ContentWriter {
		void writeTo(OutputStream out) throws IOException;
	}

	private static final String TEMP_PREFIX = ".";
	private static final String TEMP_SUFFIX = ".saving";

	/** Files forced at once: enough for the file system to commit them together, few enough to stay cheap. */
	private static final int FORCING_THREADS = 8;

	private AtomicFiles() {
	}

	public static void write(Path target, ContentWriter content) throws IOException {
		write(target, content, true);
		forceDirectory(target.toAbsolutePath().getParent());
	}

	/**
	 * Writes a file all at once, like {@link #write}, but returns before its content is on the disk: a
	 * crash may lose it, so nothing that must survive one may refer to it before {@link #force} returns.
	 */
	public static void writeUnforced(Path target, ContentWriter content) throws IOException {
		write(target, content, false);
	}

	/**
	 * Returns when the content of the files and their names in their folders are on the disk. The files
	 * are forced several at once, which lets the file system commit them together.
	 */
	public static void force(Collection<Path> files) throws IOException {
		if (files.isEmpty()) {
			return;
		}
		ExecutorService forcing = Executors.newFixedThreadPool(Math.min(FORCING_THREADS, files.size()));
		try {
			List<Future<Void>> forced = new ArrayList<>();
			for (Path file : files) {
				forced.add(forcing.submit(() -> {
					try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
						channel.force(true);
					}
					return null;
				}));
			}
			for (Future<Void> each : forced) {
				each.get();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while waiting for the disk");
		} catch (ExecutionException e) {
			throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
		} finally {
			forcing.shutdownNow();
		}
		files.stream().map(f -> f.toAbsolutePath().getParent()).distinct().forEach(AtomicFiles::forceDirectory);
	}

	private static void write(Path target, ContentWriter content, boolean force) throws IOException {
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
				if (force) {
					channel.force(true);
				}
			}
			move(temp, target);
		} catch (IOException | RuntimeException | Error e) {
			Files.deleteIfExists(temp);
			throw e;
		}
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
