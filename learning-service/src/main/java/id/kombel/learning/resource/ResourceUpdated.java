package id.kombel.learning.resource;

import id.kombel.platform.events.EventType;
import java.util.List;

/** The sharer changed the description; carries the described state after the change. */
@EventType("ResourceUpdated")
record ResourceUpdated(
        String resourceId,
        String communityId,
        String regionId,
        ResourceScope scope,
        String title,
        String url,
        ResourcePlatform platform,
        ResourceKind kind,
        List<String> subjects,
        List<Level> levels,
        List<String> tags) {}
