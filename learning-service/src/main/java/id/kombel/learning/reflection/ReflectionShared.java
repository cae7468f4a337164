package id.kombel.learning.reflection;

import id.kombel.platform.events.EventType;

@EventType("ReflectionShared")
record ReflectionShared(String reflectionId, String activityId, String communityId, String memberId) {}
