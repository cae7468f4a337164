package id.kombel.membership.engagement;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Stores facts once each and answers a member's totals and participation times. */
@Component
class EngagementFacts {

    private final MongoTemplate mongo;

    EngagementFacts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Stores the fact unless one with its key exists; false when it was known already. */
    boolean record(EngagementFact fact) {
        try {
            mongo.insert(fact);
            return true;
        } catch (DuplicateKeyException known) {
            return false;
        }
    }

    /** How many facts of each kind, and their JP, the member has (index {@code member_kind}). */
    Map<FactKind, Totals> totals(String memberId) {
        Map<FactKind, Totals> totals = new EnumMap<>(FactKind.class);
        mongo.getCollection(EngagementFact.COLLECTION)
                .aggregate(List.of(
                        Aggregates.match(Filters.eq("memberId", memberId)),
                        Aggregates.group("$kind", Accumulators.sum("count", 1), Accumulators.sum("jp", "$jp"))))
                .forEach(group -> totals.put(
                        FactKind.valueOf(group.getString("_id")),
                        new Totals(number(group, "count"), number(group, "jp"))));
        return totals;
    }

    /** The member's participation times, newest first, read lazily (index {@code member_participation}). */
    Iterable<Instant> participationsNewestFirst(String memberId) {
        return mongo.getCollection(EngagementFact.COLLECTION)
                .find(Filters.and(Filters.eq("memberId", memberId), Filters.eq("participation", true)))
                .sort(Sorts.descending("occurredAt"))
                .projection(Projections.include("occurredAt"))
                .batchSize(64)
                .map(document -> document.getDate("occurredAt").toInstant());
    }

    private static long number(Document group, String field) {
        Object value = group.get(field);
        return value instanceof Number number ? number.longValue() : 0;
    }

    record Totals(long count, long jp) {}
}
