package id.kombel.platform.events;

import java.time.Instant;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * An event waiting in its aggregate's document to be published. Stored as a sub-document of the
 * aggregate's {@code outbox} array; the payload is the exact JSON the consumers will receive.
 */
record OutboxEntry(
        String id,
        String type,
        String topic,
        String key,
        long version,
        Instant time,
        String payload,
        @Nullable String traceparent) {

    static final String FIELD = "outbox";

    Document toDocument() {
        return new Document("id", id)
                .append("type", type)
                .append("topic", topic)
                .append("key", key)
                .append("version", version)
                .append("time", java.util.Date.from(time))
                .append("payload", payload)
                .append("traceparent", traceparent);
    }

    static OutboxEntry fromDocument(Document doc) {
        return new OutboxEntry(
                doc.getString("id"),
                doc.getString("type"),
                doc.getString("topic"),
                doc.getString("key"),
                ((Number) doc.get("version")).longValue(),
                doc.getDate("time").toInstant(),
                doc.getString("payload"),
                doc.getString("traceparent"));
    }
}
