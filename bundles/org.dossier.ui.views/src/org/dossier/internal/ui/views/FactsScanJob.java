package org.dossier.internal.ui.views;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.dossier.core.store.DossierStore;
import org.dossier.core.store.DossierStoreException;
import org.dossier.internal.ui.views.facts.DocumentFacts;
import org.dossier.internal.ui.views.facts.DocumentFactsReader;
import org.dossier.model.DocumentEntry;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * Reads the documents a {@link FactsScanner} plan names: those in the session's memory on the UI thread,
 * a slice at a time, the others from their files in this job's thread. Progress shows in the status
 * bar and the Progress view, where it can be cancelled; what was read so far is kept.
 */
final class FactsScanJob extends Job {

	/** How long the UI thread reads at a time before it handles the user's input again. */
	private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
	/** How often documents read from disk are handed to the views. */
	private static final long PUBLISH_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

	private final FactsScanner scanner;

	FactsScanJob(FactsScanner scanner, ISchedulingRule rule) {
		super("Reading documents for the Dossier views");
		this.scanner = scanner;
		setRule(rule);
		setPriority(LONG);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		FactsScanner.Plan plan = onUiThread(scanner::plan);
		if (plan == null) {
			return Status.OK_STATUS;
		}
		SubMonitor progress = SubMonitor.convert(monitor, getName(), plan.inMemory().size() + plan.fromDisk().size());
		int next = 0;
		while (next < plan.inMemory().size()) {
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			int from = next;
			Integer reached = onUiThread(() -> scanner.readInMemory(plan, from, SLICE_NANOS));
			if (reached == null) {
				return Status.CANCEL_STATUS;
			}
			next = reached;
			progress.worked(next - from);
		}
		return plan.fromDisk().isEmpty() ? Status.OK_STATUS : readFromDisk(plan, progress);
	}

	/**
	 * Reads documents from their files through a read-only store of this job's own, apart from the
	 * session's: the UI thread never sees these objects.
	 */
	private IStatus readFromDisk(FactsScanner.Plan plan, SubMonitor progress) {
		Map<String, DocumentFacts> read = new HashMap<>();
		try (DossierStore copy = DossierStore.openReadOnly(plan.folder())) {
			long published = System.nanoTime();
			for (String id : plan.fromDisk()) {
				if (progress.isCanceled()) {
					hand(plan, read);
					return Status.CANCEL_STATUS;
				}
				DocumentFacts facts = readFromCopy(copy, id, progress);
				if (facts != null) {
					read.put(id, facts);
				}
				if (System.nanoTime() - published > PUBLISH_NANOS) {
					hand(plan, read);
					read = new HashMap<>();
					published = System.nanoTime();
				}
				progress.worked(1);
			}
		} catch (DossierStoreException e) {
			for (String id : plan.fromDisk()) {
				read.putIfAbsent(id, DocumentFacts.unreadable(id, e.getMessage()));
			}
		}
		hand(plan, read);
		return Status.OK_STATUS;
	}

	/** The facts of a document read from the copy, or {@code null} when the copy does not know it (not saved yet). */
	private static DocumentFacts readFromCopy(DossierStore copy, String id, SubMonitor progress) {
		DocumentEntry entry = copy.entry(id);
		if (entry == null) {
			return null;
		}
		progress.subTask(entry.getTitle() == null ? id : entry.getTitle());
		try {
			return DocumentFactsReader.read(copy.getDocument(entry));
		} catch (DossierStoreException e) {
			return DocumentFacts.unreadable(id, e.getMessage());
		} catch (RuntimeException e) {
			return DocumentFacts.unreadable(id, copy.documentFile(entry) + ": cannot be read (" + e + ")");
		} finally {
			copy.unloadDocument(entry);
		}
	}

	private void hand(FactsScanner.Plan plan, Map<String, DocumentFacts> read) {
		Map<String, DocumentFacts> batch = Map.copyOf(read);
		onUiThread(() -> {
			scanner.accept(plan.store(), batch);
			return null;
		});
	}

	/** Runs on the UI thread and returns the result; {@code null} when the workbench is gone. */
	private static <T> T onUiThread(Supplier<T> work) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return null;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		if (display.isDisposed()) {
			return null;
		}
		AtomicReference<T> result = new AtomicReference<>();
		display.syncExec(() -> result.set(work.get()));
		return result.get();
	}
}
