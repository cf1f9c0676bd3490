package org.dossier.internal.io.json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

import org.dossier.core.exporting.Exporter;
import org.dossier.core.store.DossierStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes a dossier as one "dossier-json" file, version {@value #VERSION} (see FORMAT.md and
 * schema/dossier-json-1.schema.json in this bundle).
 * <p>
 * The file is streamed document by document, and a document the export loads is unloaded again
 * right after, so a dossier of any size is exported in the memory of one document. A document that
 * cannot be read stops the export with a message naming its file. The file is written beside the
 * output and renamed over it at the end: a failed or cancelled export leaves an earlier file of the
 * same name as it was.
 */
public final class DossierJsonExporter implements Exporter {

	public static final String FORMAT = "dossier-json";
	public static final int VERSION = 1;

	private static final JsonFactory JSON = JsonFactory.builder().build();

	@Override
	public void export(DossierStore store, Path output, IProgressMonitor monitor) throws IOException {
		int documents = store.getDossier().getDocuments().size();
		SubMonitor progress = SubMonitor.convert(monitor, "Exporting " + documents + " documents as " + FORMAT, documents);
		Path target = output.toAbsolutePath().normalize();
		if (Files.isDirectory(target)) {
			throw new IOException(target + ": is a folder; the json format writes one file");
		}
		Path folder = target.getParent();
		Files.createDirectories(folder);
		// Not Files.createTempFile: its file is private to the user (rw-------), and so would the export be.
		Path partial = folder.resolve("." + target.getFileName() + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
		boolean written = false;
		try {
			try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
					JsonGenerator generator = JSON.createGenerator(lineContext(), out, JsonEncoding.UTF8)) {
				new DossierJsonWriter(store, generator, progress).write();
			} catch (JacksonIOException e) {
				throw e.getCause();
			}
			moveOver(partial, target);
			written = true;
		} finally {
			if (!written) {
				Files.deleteIfExists(partial);
			}
		}
	}

	/** A fresh context per export: the pretty printer keeps state while writing. */
	private static ObjectWriteContext lineContext() {
		PrettyPrinter printer = new RecordPerLinePrettyPrinter();
		return new ObjectWriteContext.Base() {
			@Override
			public PrettyPrinter getPrettyPrinter() {
				return printer;
			}

			@Override
			public boolean hasPrettyPrinter() {
				return true;
			}
		};
	}

	private static void moveOver(Path source, Path target) throws IOException {
		try {
			Files.move(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
