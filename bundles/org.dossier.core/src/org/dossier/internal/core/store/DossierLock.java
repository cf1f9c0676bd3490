package org.dossier.internal.core.store;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.dossier.core.store.DossierLockedException;
import org.dossier.core.store.DossierStoreException;

/**
 * The operating-system lock that keeps a second writer out of a dossier folder. The lock file records
 * who holds it, so the refusal can say so; the lock itself dies with the process that held it.
 */
public final class DossierLock implements AutoCloseable {

	public static final String FILE_NAME = ".dossier.lock";

	private final FileChannel channel;
	private final FileLock lock;

	private DossierLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	public static DossierLock acquire(Path folder) throws DossierStoreException {
		Path file = folder.resolve(FILE_NAME);
		FileChannel channel;
		try {
			channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
		} catch (IOException e) {
			throw new DossierStoreException(file, "cannot create the lock file (" + e.getMessage() + ")", e);
		}
		try {
			FileLock lock = tryLock(channel);
			if (lock == null) {
				String holder = describeHolder(file);
				channel.close();
				throw new DossierLockedException(folder, holder);
			}
			byte[] me = (ManagementFactory.getRuntimeMXBean().getName() + "\n").getBytes(StandardCharsets.UTF_8);
			channel.truncate(0);
			channel.write(ByteBuffer.wrap(me), 0);
			return new DossierLock(channel, lock);
		} catch (IOException e) {
			closeQuietly(channel);
			if (e instanceof DossierStoreException storeException) {
				throw storeException;
			}
			throw new DossierStoreException(file, "cannot lock the dossier (" + e.getMessage() + ")", e);
		}
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		} catch (OverlappingFileLockException e) {
			return null; // held by another store in this process
		}
	}

	private static String describeHolder(Path file) {
		try {
			String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
			return holder.isEmpty() ? "unknown process" : "process " + holder;
		} catch (IOException e) {
			return "unknown process";
		}
	}

	private static void closeQuietly(FileChannel channel) {
		try {
			channel.close();
		} catch (IOException e) {
			// nothing more to release
		}
	}

	@Override
	public void close() {
		try {
			lock.release();
		} catch (IOException e) {
			// the lock goes with the channel anyway
		}
		closeQuietly(channel);
	}
}
