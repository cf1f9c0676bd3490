package org.dossier.core.importing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where an import spent its time: the processor time, in nanoseconds, of each step (reading a file, each
 * extractor, saving a document), summed over the documents and the threads that ran them. Processor time
 * rather than elapsed time, so that other programs on the machine (or a virtual machine's stolen time) do
 * not count; waiting for the disk does not count either. Thread-safe.
 */
public final class StepTimes {

	/** The step of reading and converting a file by its importer. */
	public static final String READING = "reading";

	/** The step of writing an imported document to the dossier. */
	public static final String SAVING = "saving";

	/** The nanoseconds of each step, in the order the steps first ran; guarded by itself. */
	private final Map<String, Long> nanos = new LinkedHashMap<>();

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	/**
	 * The processor time the calling thread has used so far, in nanoseconds; its elapsed time where the
	 * Java VM cannot tell processor time.
	 */
	public static long threadTime() {
		return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
	}

	/** Adds {@code elapsed} nanoseconds (of {@link #threadTime()}) to {@code step}. */
	public void add(String step, long elapsed) {
		synchronized (nanos) {
			nanos.merge(step, elapsed, Long::sum);
		}
	}

	/** The nanoseconds of each step, in the order the steps first ran. */
	public Map<String, Long> asMap() {
		synchronized (nanos) {
			return Collections.unmodifiableMap(new LinkedHashMap<>(nanos));
		}
	}
}
