package id.kombel.learning.activity;

import id.kombel.platform.events.EventType;
import java.time.Instant;

/** A published activity's details changed; carries what registrations keep of it and its capacity. */
@EventType("ActivityUpdated")
public record ActivityUpdated(
        String activityId,
        String communityId,
        String regionId,
        String title,
        ActivityKind kind,
        Instant startsAt,
        Instant endsAt,
        int capacity,
        int learningHoursJp,
        boolean openToOtherCommunities) {}
