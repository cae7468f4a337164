package id.kombel.learning.resource;

import id.kombel.platform.events.EventType;

@EventType("ResourceRemoved")
record ResourceRemoved(String resourceId, String communityId, String regionId, String removedBy) {}
