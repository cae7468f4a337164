package id.kombel.learning.reflection;

import id.kombel.platform.events.EventType;

@EventType("ReflectionUnshared")
record ReflectionUnshared(String reflectionId, String activityId, String communityId, String memberId) {}
