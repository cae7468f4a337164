package id.kombel.membership.learningevents;

import id.kombel.platform.events.EventType;
import java.time.Instant;

/** A member has a place at an activity, at once or promoted from the waitlist. */
@EventType("RegistrationConfirmed")
public record RegistrationConfirmed(
        String registrationId,
        String activityId,
        String communityId,
        String memberId,
        String title,
        Instant startsAt,
        boolean promotedFromWaitlist) {}
