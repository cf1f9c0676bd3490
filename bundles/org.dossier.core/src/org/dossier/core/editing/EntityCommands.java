package org.dossier.core.editing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dossier.core.store.Ids;
import org.dossier.model.Claim;
import org.dossier.model.Dossier;
import org.dossier.model.DossierFactory;
import org.dossier.model.DossierPackage.Literals;
import org.dossier.model.Entity;
import org.dossier.model.EntityKind;
import org.dossier.model.Mention;
import org.dossier.model.Quote;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/** Undoable commands that merge, split and rename entities, carrying their mentions along. */
public final class EntityCommands {

	private EntityCommands() {
	}

	/** A new entity with an id, to add to the dossier with a command. */
	public static Entity newEntity(String name, EntityKind kind) {
		Entity entity = DossierFactory.eINSTANCE.createEntity();
		entity.setId(Ids.newId("e"));
		entity.setName(name.strip());
		entity.setKind(kind == null ? EntityKind.OTHER : kind);
		return entity;
	}

	/**
	 * Merges {@code absorbed} into {@code kept}: names and aliases, coordinates the kept one lacks and
	 * external ids join it; every mention, quotation and claim of the absorbed entity points at the kept
	 * one; the absorbed entity leaves the dossier.
	 *
	 * @param usages the usages of the absorbed entity, from {@link EntityUsages#find}
	 */
	public static Command merge(EditingDomain domain, Dossier dossier, Entity kept, Entity absorbed, EntityUsages usages) {
		if (kept == absorbed || kept == null || absorbed == null) {
			return UnexecutableCommand.INSTANCE;
		}
		CompoundCommand merge = new CompoundCommand("Merge " + absorbed.getName() + " into " + kept.getName());
		Set<String> aliases = new LinkedHashSet<>(kept.getAliases());
		aliases.add(absorbed.getName());
		aliases.addAll(absorbed.getAliases());
		aliases.remove(kept.getName());
		aliases.removeAll(kept.getAliases());
		if (!aliases.isEmpty()) {
			merge.append(AddCommand.create(domain, kept, Literals.ENTITY__ALIASES, new ArrayList<>(aliases)));
		}
		List<String> externalIds = new ArrayList<>(absorbed.getExternalIds());
		externalIds.removeAll(kept.getExternalIds());
		if (!externalIds.isEmpty()) {
			merge.append(AddCommand.create(domain, kept, Literals.ENTITY__EXTERNAL_IDS, externalIds));
		}
		if (kept.getLat() == null && absorbed.getLat() != null && absorbed.getLon() != null) {
			merge.append(SetCommand.create(domain, kept, Literals.ENTITY__LAT, absorbed.getLat()));
			merge.append(SetCommand.create(domain, kept, Literals.ENTITY__LON, absorbed.getLon()));
		}
		for (Mention mention : usages.mentions()) {
			merge.append(SetCommand.create(domain, mention, Literals.MENTION__ENTITY, kept));
		}
		for (Quote quote : usages.quotes()) {
			merge.append(SetCommand.create(domain, quote, Literals.QUOTE__SPEAKER, kept));
		}
		for (Claim claim : usages.claims()) {
			merge.append(SetCommand.create(domain, claim, Literals.CLAIM__CLAIMANT, kept));
		}
		merge.append(RemoveCommand.create(domain, dossier, Literals.DOSSIER__ENTITIES, absorbed));
		return merge;
	}

	/**
	 * Splits an alias off an entity into an entity of its own, of the same kind, taking along the
	 * mentions whose text is that alias (ignoring case).
	 *
	 * @param usages the usages of {@code entity}, from {@link EntityUsages#find}
	 */
	public static Command splitAlias(EditingDomain domain, Dossier dossier, Entity entity, String alias, EntityUsages usages) {
		if (!entity.getAliases().contains(alias)) {
			return UnexecutableCommand.INSTANCE;
		}
		Entity split = newEntity(alias, entity.getKind());
		CompoundCommand command = new CompoundCommand("Split " + alias + " off " + entity.getName());
		command.append(AddCommand.create(domain, dossier, Literals.DOSSIER__ENTITIES, split));
		command.append(RemoveCommand.create(domain, entity, Literals.ENTITY__ALIASES, alias));
		String key = alias.toLowerCase(Locale.ROOT);
		for (Mention mention : usages.mentions()) {
			if (AnnotationCommands.coveredText(mention).toLowerCase(Locale.ROOT).equals(key)) {
				command.append(SetCommand.create(domain, mention, Literals.MENTION__ENTITY, split));
			}
		}
		return command;
	}

	/** Renames an entity; the old name stays as an alias, so it is still found under it. */
	public static Command rename(EditingDomain domain, Entity entity, String name) {
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty() || trimmed.equals(entity.getName())) {
			return UnexecutableCommand.INSTANCE;
		}
		CompoundCommand rename = new CompoundCommand("Rename " + entity.getName());
		if (entity.getName() != null && !entity.getAliases().contains(entity.getName())) {
			rename.append(AddCommand.create(domain, entity, Literals.ENTITY__ALIASES, entity.getName()));
		}
		if (entity.getAliases().contains(trimmed)) {
			rename.append(RemoveCommand.create(domain, entity, Literals.ENTITY__ALIASES, trimmed));
		}
		rename.append(SetCommand.create(domain, entity, Literals.ENTITY__NAME, trimmed));
		return rename;
	}
}
