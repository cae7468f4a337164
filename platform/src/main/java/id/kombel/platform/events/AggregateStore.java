package id.kombel.platform.events;

import com.mongodb.client.model.Filters;
import com.mongodb.client.result.UpdateResult;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores aggregates and the events they raised in one atomic single-document write, so a stored
 * change always has its events recorded (multi-document transactions are not available on every
 * MongoDB we run on). The state is {@code $set}, the events are {@code $push}ed onto the document's
 * {@code outbox}: the relay may be pulling published events off the same document concurrently, and
 * neither write overwrites the other's part.
 */
public class AggregateStore {

    private static final String ID = "_id";
    private static final String VERSION = "version";

    private final MongoTemplate mongo;
    private final EventCatalog catalog;
    private final JsonMapper jsonMapper;
    private final OutboxRelay relay;
    private final Clock clock;
    private final EventTracing tracing;

    public AggregateStore(
            MongoTemplate mongo,
            EventCatalog catalog,
            JsonMapper jsonMapper,
            OutboxRelay relay,
            Clock clock,
            EventTracing tracing) {
        this.mongo = mongo;
        this.catalog = catalog;
        this.jsonMapper = jsonMapper;
        this.relay = relay;
        this.clock = clock;
        this.tracing = tracing;
    }

    public <T extends AggregateRoot> Optional<T> findById(String id, Class<T> type) {
        return Optional.ofNullable(mongo.findById(id, type));
    }

    /**
     * Inserts a new aggregate with its events.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the id or a unique key is taken
     */
    public <T extends AggregateRoot> T insert(T aggregate) {
        List<OutboxEntry> events = outboxEntries(aggregate, 0);
        long newVersion = nextVersion(0, events);
        Document document = toDocument(aggregate);
        document.put(VERSION, newVersion);
        document.put(
                OutboxEntry.FIELD, events.stream().map(OutboxEntry::toDocument).toList());
        String collection = mongo.getCollectionName(aggregate.getClass());
        mongo.execute(collection, c -> c.insertOne(document));
        aggregate.markStored(newVersion);
        if (!events.isEmpty()) {
            relay.wake(collection, aggregate.id());
        }
        return aggregate;
    }

    /**
     * Stores a changed aggregate and its events if nobody changed it since it was read.
     *
     * @throws OptimisticLockingFailureException when the stored version is not the one read
     */
    public <T extends AggregateRoot> T update(T aggregate) {
        long expected = aggregate.version();
        List<OutboxEntry> events = outboxEntries(aggregate, expected);
        long newVersion = nextVersion(expected, events);
        Document state = toDocument(aggregate);
        state.remove(ID);
        state.put(VERSION, newVersion);
        Document update = new Document("$set", state);
        Document unset = absentFields(aggregate.getClass(), state);
        if (!unset.isEmpty()) {
            update.append("$unset", unset);
        }
        if (!events.isEmpty()) {
            List<Document> pushed = events.stream().map(OutboxEntry::toDocument).toList();
            update.append("$push", new Document(OutboxEntry.FIELD, new Document("$each", pushed)));
        }
        String collection = mongo.getCollectionName(aggregate.getClass());
        UpdateResult result = mongo.execute(
                collection,
                c -> c.updateOne(Filters.and(Filters.eq(ID, aggregate.id()), Filters.eq(VERSION, expected)), update));
        if (result.getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException(
                    "%s %s is no longer at version %d".formatted(collection, aggregate.id(), expected));
        }
        aggregate.markStored(newVersion);
        if (!events.isEmpty()) {
            relay.wake(collection, aggregate.id());
        }
        return aggregate;
    }

    private static long nextVersion(long current, List<OutboxEntry> events) {
        return current + Math.max(1, events.size());
    }

    private List<OutboxEntry> outboxEntries(AggregateRoot aggregate, long currentVersion) {
        String topic = catalog.topicOf(aggregate.getClass());
        List<OutboxEntry> entries = new ArrayList<>();
        String traceparent = tracing.current();
        long version = currentVersion;
        for (Object event : aggregate.pendingEvents()) {
            version++;
            entries.add(new OutboxEntry(
                    UUID.randomUUID().toString(),
                    catalog.typeName(event.getClass()),
                    topic,
                    aggregate.id(),
                    version,
                    clock.instant(),
                    jsonMapper.writeValueAsString(event),
                    traceparent));
        }
        return entries;
    }

    private Document toDocument(AggregateRoot aggregate) {
        Document document = new Document();
        mongo.getConverter().write(aggregate, document);
        return document;
    }

    /** Fields of the entity the converter left out because they are null now: they must be removed. */
    private Document absentFields(Class<?> type, Document written) {
        MongoPersistentEntity<?> entity =
                mongo.getConverter().getMappingContext().getRequiredPersistentEntity(type);
        Document unset = new Document();
        entity.doWithProperties((MongoPersistentProperty property) -> {
            String field = property.getFieldName();
            if (!property.isIdProperty() && !written.containsKey(field)) {
                unset.append(field, "");
            }
        });
        return unset;
    }
}
