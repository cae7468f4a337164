package id.kombel.learning.resource;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One member's rating of one resource (id {@code <resourceId>:<memberId>}, so a member has one and a
 * second rating replaces it). Region and platform are copied for the region's adoption insights.
 */
@Document(Rating.COLLECTION)
@CompoundIndex(name = "resource", def = "{'resourceId': 1}")
@CompoundIndex(name = "region_rated", def = "{'regionId': 1, 'ratedAt': 1}")
@CompoundIndex(name = "member", def = "{'memberId': 1}")
record Rating(
        @Id String id,
        String resourceId,
        String memberId,
        int stars,
        String regionId,
        ResourcePlatform platform,
        Instant ratedAt) {

    static final String COLLECTION = "resource_ratings";

    static String idOf(String resourceId, String memberId) {
        return resourceId + ":" + memberId;
    }
}
