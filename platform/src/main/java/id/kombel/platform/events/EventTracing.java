package id.kombel.platform.events;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Carries a request's trace across the outbox: the W3C {@code traceparent} current when an event is
 * stored travels with it, and the relay publishes it inside a span continuing that trace. Kafka's
 * producer and consumer observations then take the trace on to every consumer, so one trace spans
 * HTTP request, event and reaction even though the relay publishes on its own thread, later.
 */
public class EventTracing {

    static final String TRACEPARENT = "traceparent";

    private final @Nullable Tracer tracer;
    private final @Nullable Propagator propagator;

    public EventTracing(@Nullable Tracer tracer, @Nullable Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** The current trace as a {@code traceparent} value, or null outside any trace. */
    @Nullable
    String current() {
        if (tracer == null || propagator == null) {
            return null;
        }
        Span span = tracer.currentSpan();
        if (span == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(span.context(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /** Runs the action in a span that continues the given trace (or as is, without one). */
    void within(@Nullable String traceparent, String name, Runnable action) {
        if (tracer == null || propagator == null || traceparent == null) {
            action.run();
            return;
        }
        Span span = propagator
                .extract(Map.of(TRACEPARENT, traceparent), (carrier, key) -> carrier.get(key))
                .name(name)
                .kind(Span.Kind.PRODUCER)
                .start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            action.run();
        } finally {
            span.end();
        }
    }
}
