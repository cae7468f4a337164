package id.kombel.learning.registration;

import id.kombel.platform.events.EventType;

/** A registration ended: the member cancelled it, or the activity was cancelled. */
@EventType("RegistrationCancelled")
public record RegistrationCancelled(
        String registrationId,
        String activityId,
        String communityId,
        String memberId,
        String title,
        CancellationReason reason) {}
