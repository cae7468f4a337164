package id.kombel.membership.learningevents;

import id.kombel.platform.events.EventType;
import java.time.Instant;

/** The member attended an activity at {@code occurredAt}. */
@EventType("AttendanceRecorded")
public record AttendanceRecorded(
        String registrationId, String activityId, String communityId, String memberId, Instant occurredAt) {}
