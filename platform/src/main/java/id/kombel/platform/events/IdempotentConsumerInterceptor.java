package id.kombel.platform.events;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import id.kombel.platform.privacy.TombstoneFilter;
import java.time.Clock;
import java.util.Date;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Applies each event's effect at most once per consumer group: before a handler runs, the record is
 * dropped if this group already processed an event of the same aggregate with the same or a later
 * version (a redelivery, or an older event overtaken by a newer one); after the handler succeeds the
 * version is recorded. Records of event types this service has no record class for are skipped.
 *
 * <p>The inbox holds one small document per group and aggregate, keyed by {@code _id}. A crash between
 * a handler's effect and the inbox write redelivers the event, so handlers also guard their own writes
 * (a {@link ReplicaWriter} version check, or a natural key).
 *
 * <p>Events about erased members are dropped or anonymized here too ({@link TombstoneFilter}), for
 * every listener at once, so that a replay cannot restore what an erasure removed.
 */
public class IdempotentConsumerInterceptor implements RecordInterceptor<Object, Object> {

    static final String INBOX = "event_inbox";
    /** Marks a record dropped for an erased member, so that it is not recorded as processed either. */
    private static final String ABOUT_ERASED_MEMBER = "kombel_erased_member";

    private static final Logger log = LoggerFactory.getLogger(IdempotentConsumerInterceptor.class);

    private final MongoTemplate mongo;
    private final EventCatalog catalog;
    private final Clock clock;
    private final ConsumerMetrics metrics;
    private final TombstoneFilter tombstones;

    public IdempotentConsumerInterceptor(
            MongoTemplate mongo,
            EventCatalog catalog,
            Clock clock,
            ConsumerMetrics metrics,
            TombstoneFilter tombstones) {
        this.mongo = mongo;
        this.catalog = catalog;
        this.clock = clock;
        this.metrics = metrics;
        this.tombstones = tombstones;
    }

    @Override
    public @Nullable ConsumerRecord<Object, Object> intercept(
            ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        String type = CloudEventHeaders.text(record.headers(), CloudEventHeaders.TYPE);
        if (type != null && catalog.eventClass(type).isEmpty()) {
            return null; // an event of the topic this service does not react to
        }
        InboxKey key = InboxKey.of(record, consumer);
        if (key == null) {
            return record; // malformed: the converter rejects it and it goes to the dead-letter topic
        }
        Document seen =
                mongo.getCollection(INBOX).find(Filters.eq("_id", key.id())).first();
        if (seen != null && ((Number) seen.get("version")).longValue() >= key.version()) {
            log.debug("skipping {} v{} of {}: already at v{}", type, key.version(), key.id(), seen.get("version"));
            metrics.skipped(record.topic());
            return null;
        }
        ConsumerRecord<Object, Object> allowed = tombstones.filter(record);
        if (allowed == null) {
            log.debug("skipping {} v{}: it is about an erased member", type, key.version());
            metrics.skipped(record.topic());
            // the container calls success() for a skipped record too; the inbox key would hold the id
            record.headers().add(ABOUT_ERASED_MEMBER, new byte[0]);
        }
        return allowed;
    }

    @Override
    public void success(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        InboxKey key = InboxKey.of(record, consumer);
        if (key == null || record.headers().lastHeader(ABOUT_ERASED_MEMBER) != null) {
            return;
        }
        mongo.getCollection(INBOX)
                .updateOne(
                        Filters.eq("_id", key.id()),
                        Updates.combine(
                                Updates.max("version", key.version()), Updates.set("at", Date.from(clock.instant()))),
                        new UpdateOptions().upsert(true));
        metrics.processed(record.topic());
    }

    private record InboxKey(String id, long version) {

        static @Nullable InboxKey of(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer) {
            String subject = CloudEventHeaders.text(record.headers(), CloudEventHeaders.SUBJECT);
            String version = CloudEventHeaders.text(record.headers(), CloudEventHeaders.AGGREGATE_VERSION);
            if (subject == null || version == null) {
                return null;
            }
            try {
                String group = consumer.groupMetadata().groupId();
                return new InboxKey(group + "|" + record.topic() + "|" + subject, Long.parseLong(version));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
