package id.kombel.membership.engagement;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Whether the member shows their engagement profile to their communities; not shared until they say so. */
@Document("engagement_sharing")
record EngagementSharing(@Id String memberId, boolean shared, long version) {

    static EngagementSharing notShared(String memberId) {
        return new EngagementSharing(memberId, false, 0);
    }
}
