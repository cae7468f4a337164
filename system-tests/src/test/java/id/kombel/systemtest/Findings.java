package id.kombel.systemtest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the probes found, per category: how many ran, which failed and why. A failure matching a
 * known-defects pattern is an open defect (reported, not failing the build); a pattern that no
 * failure matches any more fails the run (see {@code KnownDefectsIT}), so the list cannot go stale
 * silently.
 */
final class Findings {

    record Failure(String category, String probe, String why) {}

    private final Map<String, String> knownDefects;
    private final Map<String, Integer> run = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
    private final List<Failure> openDefects = Collections.synchronizedList(new ArrayList<>());
    private final java.util.Set<String> probed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Map<String, Long> counters = Collections.synchronizedMap(new LinkedHashMap<>());

    Findings(Map<String, String> knownDefects) {
        this.knownDefects = knownDefects;
    }

    /** Runs one probe; an {@link AssertionError} or any exception is its failure. */
    void probe(String category, String name, Runnable probe) {
        run.merge(category, 1, Integer::sum);
        knownDefects.keySet().stream().filter(name::matches).forEach(probed::add);
        String why = null;
        try {
            probe.run();
        } catch (AssertionError | RuntimeException failed) {
            why = String.valueOf(failed.getMessage());
        }
        if (why == null) {
            return;
        }
        (knownDefect(name) != null ? openDefects : failures).add(new Failure(category, name, why));
    }

    void count(String counter, long amount) {
        counters.merge(counter, amount, Long::sum);
    }

    long counter(String counter) {
        return counters.getOrDefault(counter, 0L);
    }

    Map<String, Long> counters() {
        synchronized (counters) {
            return new LinkedHashMap<>(counters);
        }
    }

    int run(String category) {
        return run.getOrDefault(category, 0);
    }

    Map<String, Integer> runByCategory() {
        synchronized (run) {
            return new LinkedHashMap<>(run);
        }
    }

    List<Failure> failures(String category) {
        synchronized (failures) {
            return failures.stream().filter(f -> f.category().equals(category)).toList();
        }
    }

    List<Failure> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    List<Failure> openDefects() {
        synchronized (openDefects) {
            return List.copyOf(openDefects);
        }
    }

    /** The known defect whose pattern (a regular expression over probe names) matches, or null. */
    @Nullable
    String knownDefect(String probe) {
        return knownDefects.entrySet().stream()
                .filter(defect -> probe.matches(defect.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    /**
     * Known-defect patterns whose probes ran in this run and none failed: fixed, so they must leave
     * the list.
     */
    List<String> staleDefects() {
        synchronized (openDefects) {
            return knownDefects.keySet().stream()
                    .filter(probed::contains)
                    .filter(pattern ->
                            openDefects.stream().noneMatch(f -> f.probe().matches(pattern)))
                    .toList();
        }
    }

    /** For a test's final assertion: every unexpected failure of a category, one per line. */
    String describe(String category) {
        StringBuilder text = new StringBuilder();
        for (Failure failure : failures(category)) {
            text.append("\n- ").append(failure.probe()).append(": ").append(failure.why());
        }
        return text.toString();
    }
}
