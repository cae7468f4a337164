package id.kombel.learning.resource;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A resource as members see it; {@code brokenLinkReports} only for its sharer and the community's leads. */
record ResourceResponse(
        String id,
        String communityId,
        String regionId,
        ResourceScope scope,
        String sharedBy,
        Instant sharedAt,
        @Nullable Instant updatedAt,
        String title,
        String description,
        String url,
        ResourcePlatform platform,
        ResourceKind kind,
        List<String> subjects,
        List<Level> levels,
        List<String> tags,
        List<String> steps,
        double ratingAverage,
        long ratingCount,
        @Nullable Long brokenLinkReports) {

    static ResourceResponse of(Resource resource, boolean withReports) {
        ResourceDetails details = resource.details();
        return new ResourceResponse(
                resource.id(),
                resource.communityId(),
                resource.regionId(),
                details.scope(),
                resource.sharedBy(),
                resource.sharedAt(),
                resource.updatedAt(),
                details.title(),
                details.description(),
                details.url(),
                details.platform(),
                details.kind(),
                details.subjects(),
                details.levels(),
                details.tags(),
                details.steps(),
                resource.ratingAverage(),
                resource.ratingCount(),
                withReports ? resource.reportCount() : null);
    }
}
