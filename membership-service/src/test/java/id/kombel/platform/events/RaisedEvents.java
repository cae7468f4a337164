package id.kombel.platform.events;

import java.util.List;

/**
 * For domain unit tests without a store: what an aggregate raised and has not stored yet. Lives in
 * the platform's package (test sources only) because that is where the aggregate's bookkeeping is
 * visible; it could move to platform-test once other services want it.
 */
public final class RaisedEvents {

    private RaisedEvents() {}

    public static List<Object> of(AggregateRoot aggregate) {
        return List.copyOf(aggregate.pendingEvents());
    }

    /** As if the aggregate had just been stored: what it raised so far is gone. */
    public static void clear(AggregateRoot aggregate) {
        aggregate.markStored(
                aggregate.version() + Math.max(1, aggregate.pendingEvents().size()));
    }
}
