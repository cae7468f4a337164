package id.kombel.learning.resource;

import id.kombel.platform.events.EventType;

/** A member reported the link broken; the count is of distinct reporters. */
@EventType("ResourceReported")
record ResourceReported(String resourceId, String communityId, String sharedBy, String reportedBy, long reportCount) {}
