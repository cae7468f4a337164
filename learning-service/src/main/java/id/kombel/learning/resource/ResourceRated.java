package id.kombel.learning.resource;

import id.kombel.platform.events.EventType;

/** A member rated (or re-rated) a resource; the average and count are the resource's after it. */
@EventType("ResourceRated")
record ResourceRated(
        String resourceId, String communityId, String memberId, int stars, double ratingAverage, long ratingCount) {}
