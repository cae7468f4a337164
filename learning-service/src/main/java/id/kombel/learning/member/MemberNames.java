package id.kombel.learning.member;

import id.kombel.platform.events.ReplicaWriter;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Members' display names, written from membership-service's member events, read by id. */
@Component
public class MemberNames {

    private final ReplicaWriter replicas;
    private final MongoTemplate mongo;

    MemberNames(ReplicaWriter replicas, MongoTemplate mongo) {
        this.replicas = replicas;
        this.mongo = mongo;
    }

    void replicate(MemberEvent event, long version) {
        replicas.upsert(MemberReplica.COLLECTION, event.memberId(), version, new Document("name", event.name()));
    }

    /** The member's name; empty for a member this service has not heard of yet, or who was erased. */
    public Optional<String> nameOf(String memberId) {
        return Optional.ofNullable(mongo.findById(memberId, MemberReplica.class))
                .map(MemberReplica::name);
    }
}
