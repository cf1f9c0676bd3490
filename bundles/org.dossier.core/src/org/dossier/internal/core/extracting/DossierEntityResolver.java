package org.dossier.internal.core.extracting;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.dossier.core.extracting.EntityResolver;
import org.dossier.core.store.Ids;
import org.dossier.model.Dossier;
import org.dossier.model.DossierFactory;
import org.dossier.model.Entity;
import org.dossier.model.EntityKind;

/**
 * Resolves names to the dossier's entities by any alias, case- and accent-insensitively, and creates
 * entities for names not seen before. One lock guards the dossier's entity list: extraction threads
 * resolve while the import thread saves, so saving goes through {@link #whileLocked}.
 */
public final class DossierEntityResolver implements EntityResolver {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");
	private static final Pattern SPACES = Pattern.compile("\\s+");

	private final Dossier dossier;
	private final Map<String, Entity> byAlias = new HashMap<>();
	private final Map<UnaryOperator<String>, Map<String, Entity>> keyIndexes = new HashMap<>();

	public DossierEntityResolver(Dossier dossier) {
		this.dossier = dossier;
		for (Entity entity : dossier.getEntities()) {
			index(entity, entity.getName());
			entity.getAliases().forEach(alias -> index(entity, alias));
		}
	}

	@Override
	public synchronized Entity resolve(String surface, String canonicalName, EntityKind kind) {
		return resolve(surface, canonicalName, kind, null);
	}

	@Override
	public synchronized Entity resolve(String surface, String canonicalName, EntityKind kind, UnaryOperator<String> keyOf) {
		Entity entity = byAlias.get(key(canonicalName));
		if (entity == null) {
			entity = byAlias.get(key(surface));
		}
		if (entity == null && keyOf != null) {
			Map<String, Entity> byKey = keyIndex(keyOf);
			entity = byKey.get(kind + " " + keyOf.apply(canonicalName));
			if (entity == null) {
				entity = byKey.get(kind + " " + keyOf.apply(surface));
			}
		}
		if (entity == null) {
			entity = DossierFactory.eINSTANCE.createEntity();
			entity.setId(Ids.newId("e"));
			entity.setName(canonicalName);
			entity.setKind(kind);
			entity.getAliases().add(canonicalName);
			dossier.getEntities().add(entity);
			index(entity, canonicalName);
		}
		if (!entity.getAliases().contains(surface)) {
			entity.getAliases().add(surface);
		}
		index(entity, surface);
		return entity;
	}

	/** Runs an action while no extraction thread changes the dossier's entities. */
	public synchronized <E extends Exception> void whileLocked(ThrowingRunnable<E> action) throws E {
		action.run();
	}

	/** An action that may throw a checked exception. */
	@FunctionalInterface
	public interface ThrowingRunnable<E extends Exception> {
		void run() throws E;
	}

	private void index(Entity entity, String name) {
		if (name != null && !name.isBlank()) {
			byAlias.putIfAbsent(key(name), entity);
			keyIndexes.forEach((keyOf, byKey) -> byKey.putIfAbsent(entity.getKind() + " " + keyOf.apply(name), entity));
		}
	}

	/** The entities by kind and key under a key function, built on first use and kept up to date. */
	private Map<String, Entity> keyIndex(UnaryOperator<String> keyOf) {
		return keyIndexes.computeIfAbsent(keyOf, function -> {
			Map<String, Entity> byKey = new HashMap<>();
			for (Entity entity : dossier.getEntities()) {
				byKey.putIfAbsent(entity.getKind() + " " + function.apply(entity.getName()), entity);
				entity.getAliases().forEach(alias -> byKey.putIfAbsent(entity.getKind() + " " + function.apply(alias), entity));
			}
			return byKey;
		});
	}

	/** Case, accents and spacing do not tell two names apart: "Sergueï Lavrov" = "sergueI  lavrov". */
	static String key(String name) {
		String decomposed = MARKS.matcher(Normalizer.normalize(name.strip(), Normalizer.Form.NFD)).replaceAll("");
		return SPACES.matcher(decomposed).replaceAll(" ").toLowerCase(Locale.ROOT);
	}
}
