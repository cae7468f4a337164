package id.kombel.membership.replica;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What this service knows of a community, as of {@code sourceVersion} of the source aggregate. The
 * leadership fields are absent only for a community known from a first-release {@code
 * CommunityProposed} alone.
 */
@Document(CommunityReplica.COLLECTION)
@CompoundIndex(name = "lead", def = "{'leadId': 1}", sparse = true)
@CompoundIndex(name = "co_leads", def = "{'coLeadIds': 1}", sparse = true)
public record CommunityReplica(
        @Id String id,
        String regionId,
        String name,
        String type,
        String status,
        @Nullable String joinPolicy,
        @Nullable String leadId,
        @Nullable List<String> coLeadIds,
        long sourceVersion) {

    static final String COLLECTION = "community_replicas";

    public boolean isOpenForActivity() {
        return !"ARCHIVED".equals(status) && !"REJECTED".equals(status);
    }

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }

    /** Active and archived communities are known to every member; proposed and rejected ones are not. */
    public boolean isPublic() {
        return "ACTIVE".equals(status) || "ARCHIVED".equals(status);
    }
}
