package id.kombel.membership.replica;

import id.kombel.platform.events.ReplicaWriter;
import id.kombel.platform.web.NotFoundException;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The community replica: written from events, read by the features of this service. */
public class Communities {

    private final ReplicaWriter replicas;
    private final MongoTemplate mongo;

    public Communities(ReplicaWriter replicas, MongoTemplate mongo) {
        this.replicas = replicas;
        this.mongo = mongo;
    }

    /** Every community event carries the whole state, so the newest one seen is the replica. */
    void replicate(CommunityEvent event, long version) {
        Document state = new Document("regionId", event.regionId())
                .append("name", event.name())
                .append("type", event.type())
                .append("status", event.status());
        if (event.joinPolicy() != null) {
            state.append("joinPolicy", event.joinPolicy());
        }
        if (event.leadId() != null) {
            state.append("leadId", event.leadId());
        }
        if (event.coLeadIds() != null) {
            state.append("coLeadIds", event.coLeadIds());
        }
        replicas.upsert(CommunityReplica.COLLECTION, event.communityId(), version, state);
    }

    public Optional<CommunityReplica> find(String communityId) {
        return Optional.ofNullable(mongo.findById(communityId, CommunityReplica.class));
    }

    /** The community as this service knows it; 404 when it never heard of it. */
    public CommunityReplica require(String communityId) {
        return find(communityId).orElseThrow(() -> new NotFoundException("community", communityId));
    }
}
