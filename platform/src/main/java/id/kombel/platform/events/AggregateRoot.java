package id.kombel.platform.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;

/**
 * Base of every event-producing aggregate. Subclasses guard their invariants and {@link #raise} the
 * facts that happened; the {@link AggregateStore} persists state and events atomically.
 *
 * <p>{@code version} counts events: a change that raises {@code n} events advances it by {@code n}
 * (by one when it raises none), so each event carries a distinct, increasing aggregate version that
 * consumers use to ignore stale deliveries. It doubles as the optimistic-locking version and the ETag.
 */
public abstract class AggregateRoot {

    @Id
    private @Nullable String id;

    private long version;

    @Transient
    private final List<Object> pendingEvents = new ArrayList<>();

    protected AggregateRoot() {}

    protected AggregateRoot(String id) {
        this.id = id;
    }

    public String id() {
        if (id == null) {
            throw new IllegalStateException("aggregate has no id");
        }
        return id;
    }

    public long version() {
        return version;
    }

    /** Records an event raised by this change; it is published after the change is stored. */
    protected void raise(Object event) {
        pendingEvents.add(event);
    }

    List<Object> pendingEvents() {
        return Collections.unmodifiableList(pendingEvents);
    }

    void markStored(long newVersion) {
        this.version = newVersion;
        pendingEvents.clear();
    }
}
