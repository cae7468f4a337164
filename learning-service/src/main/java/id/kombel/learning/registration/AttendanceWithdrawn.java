package id.kombel.learning.registration;

import id.kombel.platform.events.EventType;

/** The facilitator took back a member's recorded attendance before the activity was completed. */
@EventType("AttendanceWithdrawn")
public record AttendanceWithdrawn(String registrationId, String activityId, String communityId, String memberId) {}
