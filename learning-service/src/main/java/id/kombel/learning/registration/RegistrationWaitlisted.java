package id.kombel.learning.registration;

import id.kombel.platform.events.EventType;

/** The activity was full: the member waits, at {@code position} (1 = next) when they were waitlisted. */
@EventType("RegistrationWaitlisted")
public record RegistrationWaitlisted(
        String registrationId, String activityId, String communityId, String memberId, String title, int position) {}
