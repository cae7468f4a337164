package id.kombel.learning.registration;

import id.kombel.platform.events.EventType;

/** An attendee rated an activity (1-5); the comment stays with the activity's facilitators. */
@EventType("FeedbackGiven")
public record FeedbackGiven(
        String registrationId, String activityId, String communityId, String memberId, int rating) {}
