package id.kombel.membership.replica;

import id.kombel.platform.events.ReplicaWriter;
import id.kombel.platform.web.NotFoundException;
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

    void replicate(CommunityProposed event, long version) {
        replicas.upsert(
                CommunityReplica.COLLECTION,
                event.communityId(),
                version,
                new Document("regionId", event.regionId())
                        .append("name", event.name())
                        .append("type", event.type())
                        .append("status", event.status()));
    }

    /** The community as this service knows it; 404 when it never heard of it. */
    public CommunityReplica require(String communityId) {
        CommunityReplica community = mongo.findById(communityId, CommunityReplica.class);
        if (community == null) {
            throw new NotFoundException("community", communityId);
        }
        return community;
    }
}
