package org.dossier.internal.core.extracting;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * entities for names not seen before.
 * <p>
 * Extraction threads resolve at once: a name already resolved to an entity it is an alias of (most
 * mentions, once a few documents are in) is looked up in concurrent indexes without a lock; only a
 * new entity or a new alias takes the lock that guards the dossier's entity list, which the import
 * thread also takes to save ({@link #whileLocked}). The indexes are only ever added to, so a lookup
 * without the lock finds what an earlier resolution under it put there.
 */
public final class DossierEntityResolver implements EntityResolver {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");
	private static final Pattern SPACES = Pattern.compile("\\s+");
	/** Names whose key is remembered; beyond, keys are computed each time rather than memory spent. */
	private static final int MAX_REMEMBERED_KEYS = 200_000;

	private final Dossier dossier;
	private final Map<String, Entity> byAlias = new ConcurrentHashMap<>();
	private final Map<UnaryOperator<String>, Map<String, Entity>> keyIndexes = new ConcurrentHashMap<>();
	/** The surface forms known to be aliases of their entity, so that resolving them again changes nothing. */
	private final Set<Alias> aliases = ConcurrentHashMap.newKeySet();
	private final Map<String, String> keys = new ConcurrentHashMap<>();

	/** A surface form of an entity; entities compare by identity. */
	private record Alias(Entity entity, String surface) {
	}

	public DossierEntityResolver(Dossier dossier) {
		this.dossier = dossier;
		for (Entity entity : dossier.getEntities()) {
			index(entity, entity.getName());
			for (String alias : entity.getAliases()) {
				index(entity, alias);
				aliases.add(new Alias(entity, alias));
			}
		}
	}

	@Override
	public Entity resolve(String surface, String canonicalName, EntityKind kind) {
		return resolve(surface, canonicalName, kind, null);
	}

	@Override
	public Entity resolve(String surface, String canonicalName, EntityKind kind, UnaryOperator<String> keyOf) {
		Entity known = find(surface, canonicalName, kind, keyOf);
		if (known != null && aliases.contains(new Alias(known, surface))) {
			return known;
		}
		synchronized (this) {
			Entity entity = find(surface, canonicalName, kind, keyOf);
			if (entity == null) {
				entity = DossierFactory.eINSTANCE.createEntity();
				entity.setId(Ids.newId("e"));
				entity.setName(canonicalName);
				entity.setKind(kind);
				entity.getAliases().add(canonicalName);
				aliases.add(new Alias(entity, canonicalName));
				dossier.getEntities().add(entity);
				index(entity, canonicalName);
			}
			if (!entity.getAliases().contains(surface)) {
				entity.getAliases().add(surface);
			}
			index(entity, surface);
			aliases.add(new Alias(entity, surface));
			return entity;
		}
	}

	/** The entity a name resolves to as the indexes stand, or null when it is new. */
	private Entity find(String surface, String canonicalName, EntityKind kind, UnaryOperator<String> keyOf) {
		Entity entity = byAlias.get(rememberedKey(canonicalName));
		if (entity == null) {
			entity = byAlias.get(rememberedKey(surface));
		}
		if (entity == null && keyOf != null) {
			Map<String, Entity> byKey = keyIndex(keyOf);
			entity = byKey.get(kind + " " + keyOf.apply(canonicalName));
			if (entity == null) {
				entity = byKey.get(kind + " " + keyOf.apply(surface));
			}
		}
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

	/** Indexes a name of an entity; called under the lock (or before any thread resolves). */
	private void index(Entity entity, String name) {
		if (name != null && !name.isBlank()) {
			byAlias.putIfAbsent(rememberedKey(name), entity);
			keyIndexes.forEach((keyOf, byKey) -> byKey.putIfAbsent(entity.getKind() + " " + keyOf.apply(name), entity));
		}
	}

	/** The entities by kind and key under a key function, built on first use and kept up to date. */
	private Map<String, Entity> keyIndex(UnaryOperator<String> keyOf) {
		Map<String, Entity> index = keyIndexes.get(keyOf);
		if (index != null) {
			return index;
		}
		synchronized (this) {
			return keyIndexes.computeIfAbsent(keyOf, function -> {
				Map<String, Entity> byKey = new HashMap<>();
				for (Entity entity : dossier.getEntities()) {
					byKey.putIfAbsent(entity.getKind() + " " + function.apply(entity.getName()), entity);
					entity.getAliases().forEach(alias -> byKey.putIfAbsent(entity.getKind() + " " + function.apply(alias), entity));
				}
				return new ConcurrentHashMap<>(byKey);
			});
		}
	}

	private String rememberedKey(String name) {
		String key = keys.get(name);
		if (key == null) {
			key = key(name);
			if (keys.size() < MAX_REMEMBERED_KEYS) {
				keys.putIfAbsent(name, key);
			}
		}
		return key;
	}

	/** Case, accents and spacing do not tell two names apart: "Sergueï Lavrov" = "sergueI  lavrov". */
	static String key(String name) {
		String decomposed = MARKS.matcher(Normalizer.normalize(name.strip(), Normalizer.Form.NFD)).replaceAll("");
		return SPACES.matcher(decomposed).replaceAll(" ").toLowerCase(Locale.ROOT);
	}
}
