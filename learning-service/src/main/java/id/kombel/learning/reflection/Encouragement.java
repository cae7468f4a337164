package id.kombel.learning.reflection;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** One peer's encouragement of a shared reflection (id {@code <reflectionId>:<memberId>}: once each). */
@Document(Encouragement.COLLECTION)
@CompoundIndex(name = "reflection_encouraged", def = "{'reflectionId': 1, 'encouragedAt': -1, '_id': -1}")
@CompoundIndex(name = "member", def = "{'memberId': 1}")
record Encouragement(@Id String id, String reflectionId, String memberId, String message, Instant encouragedAt) {

    static final String COLLECTION = "reflection_encouragements";

    static String idOf(String reflectionId, String memberId) {
        return reflectionId + ":" + memberId;
    }
}
