package id.kombel.learning.reflection;

import id.kombel.platform.events.EventType;
import java.time.Instant;

/** This feature's reading of the registrations feature's {@code AttendanceRecorded}. */
@EventType("AttendanceRecorded")
record AttendanceRecorded(
        String registrationId, String activityId, String communityId, String memberId, Instant occurredAt) {}
