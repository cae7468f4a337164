package id.kombel.learning.recommendation;

import id.kombel.learning.resource.ResourceCatalog.ResourceMatch;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Never names the problem's author: an anonymous problem stays anonymous here too. */
record RecommendationResponse(
        String problemId, Instant foundAt, List<RecommendedResource> resources, List<RecommendedActivity> activities) {

    record RecommendedResource(
            String id, String title, String url, String platform, String kind, double ratingAverage) {}

    record RecommendedActivity(
            String id,
            String communityId,
            String title,
            @Nullable String kind,
            @Nullable Instant startsAt,
            @Nullable Instant endsAt) {}

    static RecommendationResponse of(
            String problemId, Instant foundAt, List<ResourceMatch> resources, List<UpcomingActivity> activities) {
        return new RecommendationResponse(
                problemId,
                foundAt,
                resources.stream()
                        .map(resource -> new RecommendedResource(
                                resource.id(),
                                resource.title(),
                                resource.url(),
                                resource.platform().name(),
                                resource.kind().name(),
                                resource.ratingAverage()))
                        .toList(),
                activities.stream()
                        .map(activity -> new RecommendedActivity(
                                activity.id(),
                                activity.communityId(),
                                activity.title(),
                                activity.kind(),
                                activity.startsAt(),
                                activity.endsAt()))
                        .toList());
    }
}
