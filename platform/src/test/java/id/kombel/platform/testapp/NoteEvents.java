package id.kombel.platform.testapp;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import id.kombel.platform.events.EventMetadata;
import id.kombel.platform.events.ReplicaWriter;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

/**
 * Consumes the notes topic: keeps a replica and counts every effect applied, so tests can see an
 * event applied twice. A note edited to "poison" cannot be processed.
 */
@Component
@KafkaListener(topics = Note.TOPIC)
public class NoteEvents {

    public static final String REPLICAS = "note_replicas";
    public static final String EFFECTS = "note_effects";

    private final ReplicaWriter replicas;
    private final MongoTemplate mongo;
    private final Tracer tracer;

    NoteEvents(ReplicaWriter replicas, MongoTemplate mongo, Tracer tracer) {
        this.replicas = replicas;
        this.mongo = mongo;
        this.tracer = tracer;
    }

    @KafkaHandler
    void on(NoteWritten event, @Header(EventMetadata.HEADER) EventMetadata metadata) {
        apply(event.noteId(), event.text(), metadata);
    }

    @KafkaHandler
    void on(NoteEdited event, @Header(EventMetadata.HEADER) EventMetadata metadata) {
        if ("poison".equals(event.text())) {
            throw new IllegalStateException("cannot process a poisoned note");
        }
        apply(event.noteId(), event.text(), metadata);
    }

    private void apply(String noteId, String text, EventMetadata metadata) {
        replicas.upsert(REPLICAS, noteId, metadata.aggregateVersion(), new Document("text", text));
        mongo.getCollection(EFFECTS)
                .updateOne(
                        Filters.eq("_id", noteId),
                        Updates.combine(
                                Updates.inc("applied", 1),
                                Updates.set("lastText", text),
                                Updates.set("traceId", currentTraceId())),
                        new UpdateOptions().upsert(true));
    }

    private String currentTraceId() {
        Span span = tracer.currentSpan();
        return span == null ? "none" : span.context().traceId();
    }
}
