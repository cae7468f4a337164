package id.kombel.learning.resource;

import java.util.List;

/** What the sharer describes about a resource; the url is already checked by {@link ResourceUrl}. */
record ResourceDetails(
        String title,
        String description,
        String url,
        ResourcePlatform platform,
        ResourceKind kind,
        List<String> subjects,
        List<Level> levels,
        List<String> tags,
        List<String> steps,
        ResourceScope scope) {

    ResourceDetails {
        subjects = List.copyOf(subjects);
        levels = List.copyOf(levels);
        tags = tags.stream().map(String::strip).distinct().toList();
        steps = List.copyOf(steps);
    }
}
