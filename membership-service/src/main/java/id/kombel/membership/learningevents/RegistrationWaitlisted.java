package id.kombel.membership.learningevents;

import id.kombel.platform.events.EventType;

/** A full activity put the member on its waitlist at {@code position}. */
@EventType("RegistrationWaitlisted")
public record RegistrationWaitlisted(
        String registrationId, String activityId, String communityId, String memberId, String title, int position) {}
