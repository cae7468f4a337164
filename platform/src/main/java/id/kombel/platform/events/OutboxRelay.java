package id.kombel.platform.events;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Publishes the events waiting in aggregate documents, in order, then removes them from the
 * document.
 *
 * <p>Two paths: {@link #wake} publishes an aggregate's events right after they were stored (the
 * normal, low-latency path), and a periodic sweep finds documents whose events are still waiting
 * after a grace period (the relay or the process died, or Kafka was away). An aggregate is claimed
 * with a short lease first, so relays of several instances never publish the same aggregate at once;
 * a send that fails leaves the events in place for the next attempt. Delivery is at least once:
 * consumers drop duplicates by event id and aggregate version.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String LEASE = "outboxLease";
    private static final String OLDEST_PENDING = OutboxEntry.FIELD + ".0.time";

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, byte[]> kafka;
    private final Supplier<List<String>> collections;
    private final EventsProperties.Relay settings;
    private final String source;
    private final Clock clock;
    private final Runnable ensureTopics;
    private final OutboxMetrics metrics;
    private final EventTracing tracing;

    private final AtomicBoolean kafkaHealthy = new AtomicBoolean(true);
    private volatile boolean running;
    private ExecutorService[] stripes = new ExecutorService[0];
    private ScheduledExecutorService sweeper;

    public OutboxRelay(
            MongoTemplate mongo,
            KafkaTemplate<String, byte[]> kafka,
            Supplier<List<String>> collections,
            EventsProperties.Relay settings,
            String source,
            Clock clock,
            Runnable ensureTopics,
            OutboxMetrics metrics,
            EventTracing tracing) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.collections = collections;
        this.settings = settings;
        this.source = source;
        this.clock = clock;
        this.ensureTopics = ensureTopics;
        this.metrics = metrics;
        this.tracing = tracing;
    }

    /** Publishes the waiting events of one aggregate soon, on the stripe that owns that aggregate. */
    public void wake(String collection, String aggregateId) {
        if (!running || !kafkaHealthy.get()) {
            return; // the sweep picks it up
        }
        ExecutorService stripe = stripes[Math.floorMod(aggregateId.hashCode(), stripes.length)];
        try {
            stripe.execute(() -> publish(collection, aggregateId));
        } catch (RejectedExecutionException stopping) {
            log.debug("relay stopping; {} {} left for the next start", collection, aggregateId);
        }
    }

    /**
     * Publishes every aggregate whose events have waited longer than the grace period.
     *
     * @return how many aggregates were published
     */
    public int sweep() {
        Instant cutoff = clock.instant().minus(settings.sweepGrace());
        int published = 0;
        for (String collection : collections.get()) {
            published += sweep(collection, cutoff);
        }
        return published;
    }

    private int sweep(String collection, Instant cutoff) {
        int published = 0;
        List<String> ids;
        do {
            ids = mongo.getCollection(collection)
                    .find(Filters.lt(OLDEST_PENDING, Date.from(cutoff)))
                    .projection(Projections.include("_id"))
                    .limit(settings.batchSize())
                    .map(doc -> doc.get("_id").toString())
                    .into(new ArrayList<>());
            for (String id : ids) {
                if (!publish(collection, id)) {
                    return published; // Kafka is away: try again on the next sweep
                }
                published++;
            }
        } while (ids.size() == settings.batchSize());
        return published;
    }

    /**
     * Claims the aggregate, sends its waiting events in order and removes them once Kafka has them.
     *
     * @return false when Kafka did not take them
     */
    boolean publish(String collection, String aggregateId) {
        MongoCollection<Document> documents = mongo.getCollection(collection);
        Instant now = clock.instant();
        Document claimed = documents.findOneAndUpdate(
                Filters.and(
                        Filters.eq("_id", aggregateId),
                        Filters.exists(OutboxEntry.FIELD + ".0"),
                        Filters.or(Filters.exists(LEASE, false), Filters.lt(LEASE, Date.from(now)))),
                Updates.set(LEASE, Date.from(now.plus(settings.lease()))),
                new FindOneAndUpdateOptions()
                        .projection(Projections.include(OutboxEntry.FIELD))
                        .returnDocument(ReturnDocument.AFTER));
        if (claimed == null) {
            return true; // nothing waiting, or another relay holds it
        }
        List<OutboxEntry> events = claimed.getList(OutboxEntry.FIELD, Document.class).stream()
                .map(OutboxEntry::fromDocument)
                .toList();
        try {
            send(events);
        } catch (Exception e) {
            documents.updateOne(Filters.eq("_id", aggregateId), Updates.unset(LEASE));
            onSendFailure(collection, aggregateId, e);
            return false;
        }
        Bson published = new Document(
                "$pull",
                new Document(
                        OutboxEntry.FIELD,
                        new Document(
                                "id",
                                new Document(
                                        "$in",
                                        events.stream().map(OutboxEntry::id).toList()))));
        documents.updateOne(Filters.eq("_id", aggregateId), Updates.combine(published, Updates.unset(LEASE)));
        events.forEach(event -> metrics.published(event.type(), event.topic()));
        if (kafkaHealthy.compareAndSet(false, true)) {
            log.info("Kafka takes events again; relay back to immediate publishing");
        }
        return true;
    }

    private void send(List<OutboxEntry> events) throws Exception {
        List<CompletableFuture<SendResult<String, byte[]>>> sends = new ArrayList<>(events.size());
        for (OutboxEntry event : events) {
            tracing.within(
                    event.traceparent(), "publish " + event.type(), () -> sends.add(kafka.send(toRecord(event))));
        }
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                .get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    private ProducerRecord<String, byte[]> toRecord(OutboxEntry event) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.bytes("1.0"));
        headers.add(CloudEventHeaders.ID, CloudEventHeaders.bytes(event.id()));
        headers.add(CloudEventHeaders.SOURCE, CloudEventHeaders.bytes(source));
        headers.add(CloudEventHeaders.TYPE, CloudEventHeaders.bytes(event.type()));
        headers.add(CloudEventHeaders.TIME, CloudEventHeaders.bytes(event.time().toString()));
        headers.add(CloudEventHeaders.SUBJECT, CloudEventHeaders.bytes(event.key()));
        headers.add(CloudEventHeaders.AGGREGATE_VERSION, CloudEventHeaders.bytes(Long.toString(event.version())));
        headers.add(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.bytes("application/json"));
        return new ProducerRecord<>(
                event.topic(), null, event.key(), CloudEventHeaders.bytes(event.payload()), headers);
    }

    private void onSendFailure(String collection, String aggregateId, Exception e) {
        metrics.failed();
        if (kafkaHealthy.compareAndSet(true, false)) {
            log.warn(
                    "Kafka did not take the events of {} {} ({}); they stay in the outbox and the sweep retries",
                    collection,
                    aggregateId,
                    e.toString());
            runQuietly(ensureTopics);
        } else {
            log.debug("publishing {} {} failed again: {}", collection, aggregateId, e.toString());
        }
    }

    private void sweepSafely() {
        try {
            measureBacklog(); // before sweeping: a sweep waits on Kafka while it is away
            int published = sweep();
            if (published > 0) {
                log.info("sweep published the waiting events of {} aggregates", published);
                measureBacklog();
            }
        } catch (RuntimeException e) {
            log.warn("outbox sweep failed: {}", e.toString());
        }
    }

    /** Counts what still waits; served by the sparse index on the oldest event's time. */
    private void measureBacklog() {
        long pending = 0;
        Instant oldest = null;
        for (String collection : collections.get()) {
            MongoCollection<Document> documents = mongo.getCollection(collection);
            pending += documents.countDocuments(Filters.exists(OLDEST_PENDING));
            Document first = documents
                    .find(Filters.exists(OLDEST_PENDING))
                    .sort(new Document(OLDEST_PENDING, 1))
                    .projection(Projections.include(OutboxEntry.FIELD + ".time"))
                    .first();
            if (first != null) {
                Instant time = first.getList(OutboxEntry.FIELD, Document.class)
                        .get(0)
                        .getDate("time")
                        .toInstant();
                oldest = oldest == null || time.isBefore(oldest) ? time : oldest;
            }
        }
        metrics.backlog(pending, oldest == null ? Duration.ZERO : Duration.between(oldest, clock.instant()));
    }

    private static void runQuietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            log.debug("topic check failed: {}", e.toString());
        }
    }

    @Override
    public void start() {
        stripes = new ExecutorService[settings.threads()];
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = Executors.newSingleThreadExecutor(daemonThreads("outbox-relay-" + i + "-"));
        }
        sweeper = Executors.newSingleThreadScheduledExecutor(daemonThreads("outbox-sweep-"));
        long interval = settings.sweepInterval().toMillis();
        sweeper.scheduleWithFixedDelay(this::sweepSafely, 0, interval, TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        sweeper.shutdownNow();
        for (ExecutorService stripe : stripes) {
            stripe.shutdown();
        }
        for (ExecutorService stripe : stripes) {
            try {
                stripe.awaitTermination(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static CustomizableThreadFactory daemonThreads(String prefix) {
        CustomizableThreadFactory threads = new CustomizableThreadFactory(prefix);
        threads.setDaemon(true);
        return threads;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Starts before and stops after the web server (lower phases start first and stop last), so every
     * write the server accepted is handed over before the relay stops; the Kafka producer closes later
     * still, when the context is destroyed.
     */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
