package id.kombel.membership.community;

import id.kombel.membership.MembershipTopics;
import id.kombel.platform.events.AggregateRoot;
import id.kombel.platform.events.AggregateTopic;
import java.time.Instant;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/** A learning community and the rules of its life cycle. */
@Document("communities")
@AggregateTopic(MembershipTopics.COMMUNITY)
class Community extends AggregateRoot {

    private String regionId;
    private String name;
    private String description;
    private CommunityType type;
    private CommunityStatus status;
    private Instant proposedAt;

    @PersistenceCreator
    Community() {}

    private Community(String id, String regionId, String name, String description, CommunityType type, Instant now) {
        super(id);
        this.regionId = regionId;
        this.name = name;
        this.description = description;
        this.type = type;
        this.status = CommunityStatus.PROPOSED;
        this.proposedAt = now;
    }

    static Community propose(
            String id, String regionId, String name, String description, CommunityType type, Instant now) {
        Community community = new Community(id, regionId, name, description, type, now);
        community.raise(new CommunityProposed(id, regionId, name, type, community.status));
        return community;
    }

    String regionId() {
        return regionId;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    CommunityType type() {
        return type;
    }

    CommunityStatus status() {
        return status;
    }

    Instant proposedAt() {
        return proposedAt;
    }
}
