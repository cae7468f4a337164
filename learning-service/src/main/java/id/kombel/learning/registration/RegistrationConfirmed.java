package id.kombel.learning.registration;

import id.kombel.platform.events.EventType;
import java.time.Instant;

/** A member holds a seat in an activity, at once or promoted from the waitlist. */
@EventType("RegistrationConfirmed")
public record RegistrationConfirmed(
        String registrationId,
        String activityId,
        String communityId,
        String memberId,
        String title,
        Instant startsAt,
        boolean promotedFromWaitlist) {}
