package id.kombel.learning.resource;

import id.kombel.platform.events.EventType;
import java.util.List;

@EventType("ResourceShared")
record ResourceShared(
        String resourceId,
        String communityId,
        String regionId,
        ResourceScope scope,
        String sharedBy,
        String title,
        String url,
        ResourcePlatform platform,
        ResourceKind kind,
        List<String> subjects,
        List<Level> levels,
        List<String> tags) {}
