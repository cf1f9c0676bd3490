package org.dossier.internal.cli;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

final class Version {

	private Version() {
	}

	static String current() {
		Bundle bundle = FrameworkUtil.getBundle(Version.class);
		return bundle == null ? "(development)" : bundle.getVersion().toString();
	}
}
