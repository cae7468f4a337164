package id.kombel.membership.replica;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** What this service knows of a community, as of {@code sourceVersion} of the source aggregate. */
@Document(CommunityReplica.COLLECTION)
public record CommunityReplica(
        @Id String id, String regionId, String name, String type, String status, long sourceVersion) {

    static final String COLLECTION = "community_replicas";

    public boolean isOpenForActivity() {
        return !"ARCHIVED".equals(status) && !"REJECTED".equals(status);
    }
}
