package org.dossier.core.store;

import java.util.UUID;

/** Identifiers for dossier objects: a kind prefix and 16 random hex digits, stable once given. */
public final class Ids {

	private Ids() {
	}

	/** A new identifier such as {@code d-3f2a9c0e4b1d7a55}; the prefix tells the kind (d document, e entity ...). */
	public static String newId(String prefix) {
		UUID uuid = UUID.randomUUID();
		return prefix + "-" + String.format("%016x", uuid.getMostSignificantBits() ^ uuid.getLeastSignificantBits());
	}
}
