package org.dossier.internal.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.FileURIHandlerImpl;

/**
 * Lets a dossier's resource set read and write files inside the dossier folder only. A hostile file
 * can hold references to any URI (http:, file:/etc/...); following one would leak or fetch data, so
 * every other URI is refused with an error naming it.
 */
public final class ConfinedUriHandler extends FileURIHandlerImpl {

	private final Path folder;

	public ConfinedUriHandler(Path folder) {
		this.folder = folder.toAbsolutePath().normalize();
	}

	@Override
	public boolean canHandle(URI uri) {
		return true; // placed first: every URI passes through here
	}

	@Override
	public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
		return super.createInputStream(confine(uri), options);
	}

	@Override
	public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
		return super.createOutputStream(confine(uri), options);
	}

	@Override
	public boolean exists(URI uri, Map<?, ?> options) {
		return isInside(uri) && super.exists(uri, options);
	}

	@Override
	public void delete(URI uri, Map<?, ?> options) throws IOException {
		super.delete(confine(uri), options);
	}

	private URI confine(URI uri) throws IOException {
		if (!isInside(uri)) {
			throw new IOException("refused to follow a reference out of the dossier folder: " + uri);
		}
		return uri;
	}

	public boolean isInside(URI uri) {
		if (!uri.isFile() || uri.isRelative()) {
			return false;
		}
		Path path = Path.of(uri.toFileString()).toAbsolutePath().normalize();
		return path.startsWith(folder);
	}
}
