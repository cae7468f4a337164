package id.kombel.learning.activity;

import id.kombel.platform.events.EventType;
import java.time.Instant;

/** An activity opened for registration; members of its community (and others, if open) may join. */
@EventType("ActivityPublished")
public record ActivityPublished(
        String activityId,
        String communityId,
        String regionId,
        String title,
        ActivityKind kind,
        Instant startsAt,
        Instant endsAt,
        int learningHoursJp,
        boolean openToOtherCommunities) {}
