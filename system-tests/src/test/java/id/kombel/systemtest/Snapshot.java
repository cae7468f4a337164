package id.kombel.systemtest;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;

/**
 * What a set of readers can observe of the world, to tell whether a refused request changed
 * anything: each resource's status and ETag (its version), or for lists and resources without one,
 * the body. Read straight from the services, so the gateway's rate limits do not count these reads.
 *
 * <p>Most of the suite's requests used to be these reads (two snapshots of some 25 reads around each
 * probe), so they are cheap now: the reads of one snapshot go out side by side, and a probe's
 * "before" is the previous probe's "after" when the suite has sent nothing in between ({@link
 * #current}): the state cannot have changed through the API then.
 */
final class Snapshot {

    record Read(String actor, URI base, String path) {}

    private final World world;
    private final List<Read> reads;
    private final ExecutorService readers;
    private Map<String, String> last = Map.of();
    private long sentAfterLast = -1;

    Snapshot(World world, List<Read> reads, ExecutorService readers) {
        this.world = world;
        this.reads = List.copyOf(reads);
        this.readers = readers;
    }

    /** Reads everything afresh. */
    synchronized Map<String, String> take() {
        List<Future<Http.Response>> responses = new ArrayList<>();
        for (Read read : reads) {
            responses.add(readers.submit(() -> world.call(read.base(), "GET", read.path(), read.actor(), null)));
        }
        Map<String, String> seen = new LinkedHashMap<>();
        for (int i = 0; i < reads.size(); i++) {
            Read read = reads.get(i);
            Http.Response response = await(responses.get(i));
            String etag = response.header("ETag");
            seen.put(
                    read.actor() + " GET " + read.path(),
                    response.status() + " " + (etag != null ? etag : response.body()));
        }
        last = Map.copyOf(seen);
        sentAfterLast = Http.sent();
        return seen;
    }

    /**
     * The state now: the last snapshot if no request of any kind has been sent since it was taken
     * (the suite is the only client), otherwise a fresh one.
     */
    synchronized Map<String, String> current() {
        if (sentAfterLast == Http.sent()) {
            return last;
        }
        return take();
    }

    private static Http.Response await(Future<Http.Response> response) {
        try {
            return response.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /** The differences between two snapshots, in words; empty when nothing changed. */
    static List<String> differences(Map<String, String> before, Map<String, String> after) {
        List<String> changes = new ArrayList<>();
        before.forEach((what, value) -> {
            String now = after.get(what);
            if (!value.equals(now)) {
                changes.add(what + ": was " + abbreviate(value) + ", now " + abbreviate(now));
            }
        });
        return changes;
    }

    /** Takes snapshots until two in a row agree: events from setting up the world arrive asynchronously. */
    Map<String, String> settled() {
        AtomicReference<Map<String, String>> last = new AtomicReference<>(take());
        Awaitility.await("the world's own events to settle")
                .atMost(Duration.ofSeconds(60))
                .pollDelay(Duration.ofSeconds(1))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    Map<String, String> now = take();
                    return now.equals(last.getAndSet(now));
                });
        return last.get();
    }

    private static String abbreviate(String value) {
        if (value == null) {
            return "(absent)";
        }
        return value.length() > 160 ? value.substring(0, 160) + "..." : value;
    }
}
