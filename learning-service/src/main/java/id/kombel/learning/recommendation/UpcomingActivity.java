package id.kombel.learning.recommendation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What this feature knows of a published activity, as of {@code sourceVersion} of the activity: enough
 * to recommend it. Upcoming ones of a community, and open ones of its region, are each one indexed
 * range on {@code startsAt}.
 */
@Document(UpcomingActivity.COLLECTION)
@CompoundIndex(name = "community_upcoming", def = "{'communityId': 1, 'cancelled': 1, 'startsAt': 1}")
@CompoundIndex(
        name = "region_open_upcoming",
        def = "{'regionId': 1, 'openToOtherCommunities': 1, 'cancelled': 1, 'startsAt': 1}")
record UpcomingActivity(
        @Id String id,
        String communityId,
        String regionId,
        String title,
        @Nullable String kind,
        @Nullable Instant startsAt,
        @Nullable Instant endsAt,
        boolean openToOtherCommunities,
        boolean cancelled,
        @Nullable List<String> titleKeys,
        long sourceVersion) {

    static final String COLLECTION = "recommendation_activities";
}
