package org.dossier.core.importing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where an import spent its time: the nanoseconds of each step (reading a file, each extractor, saving
 * a document), summed over the documents and the threads that ran them. Thread-safe.
 */
public final class StepTimes {

	/** The step of reading and converting a file by its importer. */
	public static final String READING = "reading";

	/** The step of writing an imported document to the dossier. */
	public static final String SAVING = "saving";

	private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
	private final Map<String, Boolean> order = Collections.synchronizedMap(new LinkedHashMap<>());

	/** Adds {@code elapsed} nanoseconds to {@code step}. */
	public void add(String step, long elapsed) {
		nanos.computeIfAbsent(step, s -> {
			order.put(s, Boolean.TRUE);
			return new LongAdder();
		}).add(elapsed);
	}

	/** The nanoseconds of each step, in the order the steps first ran. */
	public Map<String, Long> asMap() {
		Map<String, Long> result = new LinkedHashMap<>();
		synchronized (order) {
			order.keySet().forEach(step -> result.put(step, nanos.get(step).sum()));
		}
		return Collections.unmodifiableMap(result);
	}
}
