package id.kombel.learning.reflection;

import id.kombel.platform.events.EventType;

/** {@code memberId} is the author (to be told); the message stays in the service. */
@EventType("ReflectionEncouraged")
record ReflectionEncouraged(
        String reflectionId, String communityId, String memberId, String encouragedBy, long encouragementCount) {}
