package id.kombel.systemtest;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;

/**
 * What a set of readers can observe of the world, to tell whether a refused request changed
 * anything: each resource's status and ETag (its version), or for lists and resources without one,
 * the body. Read straight from the services, so the gateway's rate limits do not count these reads.
 */
final class Snapshot {

    record Read(String actor, URI base, String path) {}

    private final World world;
    private final List<Read> reads;

    Snapshot(World world, List<Read> reads) {
        this.world = world;
        this.reads = List.copyOf(reads);
    }

    Map<String, String> take() {
        Map<String, String> seen = new LinkedHashMap<>();
        for (Read read : reads) {
            Http.Response response = world.call(read.base(), "GET", read.path(), read.actor(), null);
            String etag = response.header("ETag");
            seen.put(
                    read.actor() + " GET " + read.path(),
                    response.status() + " " + (etag != null ? etag : response.body()));
        }
        return seen;
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
