package org.dossier.internal.ui.views;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.AbortExecutionException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;

/**
 * A compound command whose steps are made one at a time as it executes, each from the model as the
 * steps before left it: merging three entities into one computes the aliases the second merge adds
 * after the first has added its own. Undone and redone as one command. When a step cannot be done,
 * those done are undone and the command stack drops the command (see {@link AbortExecutionException}).
 */
public final class StepsCommand extends CompoundCommand {

	private final List<Supplier<Command>> steps;

	public StepsCommand(String label, List<Supplier<Command>> steps) {
		super(label);
		this.steps = List.copyOf(steps);
	}

	@Override
	protected boolean prepare() {
		return !steps.isEmpty();
	}

	@Override
	public void execute() {
		for (Supplier<Command> step : steps) {
			Command command = step.get();
			if (!command.canExecute()) {
				command.dispose();
				undo();
				commandList.clear();
				throw new AbortExecutionException(getLabel() + ": a step cannot be done (" + command.getLabel() + ")");
			}
			command.execute();
			commandList.add(command);
		}
	}
}
