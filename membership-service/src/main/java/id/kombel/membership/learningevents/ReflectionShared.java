package id.kombel.membership.learningevents;

import id.kombel.platform.events.EventType;

/** A member shared a reflection on an activity; the event's time is when. */
@EventType("ReflectionShared")
public record ReflectionShared(String reflectionId, String activityId, String communityId, String memberId) {}
