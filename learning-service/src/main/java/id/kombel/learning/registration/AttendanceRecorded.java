package id.kombel.learning.registration;

import id.kombel.platform.events.EventType;
import java.time.Instant;

/** A confirmed registrant attended ({@code occurredAt}: when they checked in or were marked present). */
@EventType("AttendanceRecorded")
public record AttendanceRecorded(
        String registrationId,
        String activityId,
        String communityId,
        String memberId,
        AttendanceMethod method,
        Instant occurredAt) {}
