package org.dossier.core.extracting;

/**
 * An extractor contributed to {@code org.dossier.core.extractors}, as settings and reports name it.
 *
 * @param id               its permanent id, as given to {@code ImportOptions.disabledExtractors}
 * @param name             what users read
 * @param enabledByDefault whether it runs unless switched off
 */
public record InstalledExtractor(String id, String name, boolean enabledByDefault) {
}
