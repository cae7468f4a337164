package id.kombel.learning.recommendation;

import id.kombel.platform.events.EventType;

/** This feature's reading of the activities feature's {@code ActivityCancelled}. */
@EventType("ActivityCancelled")
record ActivityCancelled(String activityId, String communityId, String regionId, String title, String reason) {}
