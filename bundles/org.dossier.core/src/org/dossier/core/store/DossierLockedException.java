package org.dossier.core.store;

import java.nio.file.Path;

/** The dossier is already open for writing, by another process or another store in this one. */
public class DossierLockedException extends DossierStoreException {

	private static final long serialVersionUID = 1L;

	public DossierLockedException(Path folder, String holder) {
		super(folder, "is already open in another Dossier (" + holder + "); close it there first, or open this one read-only");
	}
}
