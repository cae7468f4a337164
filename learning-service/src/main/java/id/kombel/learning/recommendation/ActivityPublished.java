package id.kombel.learning.recommendation;

import id.kombel.platform.events.EventType;
import java.time.Instant;

/** This feature's reading of the activities feature's {@code ActivityPublished}. */
@EventType("ActivityPublished")
record ActivityPublished(
        String activityId,
        String communityId,
        String regionId,
        String title,
        String kind,
        Instant startsAt,
        Instant endsAt,
        int learningHoursJp,
        boolean openToOtherCommunities) {}
