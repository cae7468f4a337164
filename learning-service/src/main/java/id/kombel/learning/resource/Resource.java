package id.kombel.learning.resource;

import id.kombel.learning.ContentTopics;
import id.kombel.platform.events.AggregateRoot;
import id.kombel.platform.events.AggregateTopic;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A shared learning resource. Its {@code audience} says who sees it in one comparable value:
 * {@code community:<id>} or {@code region:<id>}. A community's catalog is every resource whose
 * audience is the community or its region, so one {@code $in} on the audience, with the facets and
 * keywords in {@code searchKeys} (see {@link SearchKeys}), is served by the two indexes below.
 * A removed resource has no audience and drops out of every list.
 *
 * <p>Ratings and broken-link reports live in their own collections (one document per member); the
 * average, count and report count here are recomputed from them on every change, so they converge to
 * the truth whatever the interleaving of concurrent raters (see {@link ResourceService#rate}).
 */
@Document("resources")
@AggregateTopic(ContentTopics.RESOURCE)
@CompoundIndex(name = "audience_shared", def = "{'audience': 1, 'sharedAt': -1, '_id': -1}")
@CompoundIndex(name = "audience_keys_shared", def = "{'audience': 1, 'searchKeys': 1, 'sharedAt': -1, '_id': -1}")
@CompoundIndex(name = "region_shared", def = "{'regionId': 1, 'sharedAt': 1}")
@CompoundIndex(name = "shared_by", def = "{'sharedBy': 1}")
class Resource extends AggregateRoot {

    private String communityId;
    private String regionId;
    private String sharedBy;
    private Instant sharedAt;
    private String title;
    private String description;
    private String url;
    private ResourcePlatform platform;
    private ResourceKind kind;
    private List<String> subjects;
    private List<Level> levels;
    private List<String> tags;
    private List<String> steps;
    private ResourceScope scope;
    private @Nullable String audience;
    private List<String> searchKeys;
    private double ratingAverage;
    private long ratingCount;
    private long reportCount;
    private @Nullable Instant updatedAt;
    private @Nullable Instant removedAt;

    @PersistenceCreator
    Resource() {}

    private Resource(String id, String communityId, String regionId, String sharedBy, Instant now) {
        super(id);
        this.communityId = communityId;
        this.regionId = regionId;
        this.sharedBy = sharedBy;
        this.sharedAt = now;
    }

    static Resource share(
            String id, String communityId, String regionId, String sharedBy, ResourceDetails details, Instant now) {
        Resource resource = new Resource(id, communityId, regionId, sharedBy, now);
        resource.describe(details);
        resource.raise(new ResourceShared(
                id,
                communityId,
                regionId,
                details.scope(),
                sharedBy,
                details.title(),
                details.url(),
                details.platform(),
                details.kind(),
                details.subjects(),
                details.levels(),
                details.tags()));
        return resource;
    }

    static String communityAudience(String communityId) {
        return "community:" + communityId;
    }

    static String regionAudience(String regionId) {
        return "region:" + regionId;
    }

    /** Raises nothing (and returns false) when nothing changed. */
    boolean update(ResourceDetails details, Instant now) {
        if (details.equals(details())) {
            return false;
        }
        describe(details);
        this.updatedAt = now;
        raise(new ResourceUpdated(
                id(),
                communityId,
                regionId,
                scope,
                title,
                url,
                platform,
                kind,
                List.copyOf(subjects),
                List.copyOf(levels),
                List.copyOf(tags)));
        return true;
    }

    void remove(String by, Instant now) {
        this.audience = null;
        this.removedAt = now;
        raise(new ResourceRemoved(id(), communityId, regionId, by));
    }

    void rated(String memberId, int stars, double average, long count) {
        this.ratingAverage = average;
        this.ratingCount = count;
        raise(new ResourceRated(id(), communityId, memberId, stars, average, count));
    }

    void reported(String memberId, long count) {
        this.reportCount = count;
        raise(new ResourceReported(id(), communityId, sharedBy, memberId, count));
    }

    private void describe(ResourceDetails details) {
        this.title = details.title();
        this.description = details.description();
        this.url = details.url();
        this.platform = details.platform();
        this.kind = details.kind();
        this.subjects = new ArrayList<>(details.subjects());
        this.levels = new ArrayList<>(details.levels());
        this.tags = new ArrayList<>(details.tags());
        this.steps = new ArrayList<>(details.steps());
        this.scope = details.scope();
        this.audience = scope == ResourceScope.REGION ? regionAudience(regionId) : communityAudience(communityId);
        this.searchKeys = SearchKeys.of(details);
    }

    /** Seen from a community: its own resources and those shared with its region. */
    boolean visibleIn(String viewingCommunityId, String viewingRegionId) {
        return audience != null
                && (audience.equals(communityAudience(viewingCommunityId))
                        || audience.equals(regionAudience(viewingRegionId)));
    }

    boolean isRemoved() {
        return removedAt != null;
    }

    ResourceDetails details() {
        return new ResourceDetails(title, description, url, platform, kind, subjects, levels, tags, steps, scope);
    }

    String communityId() {
        return communityId;
    }

    String regionId() {
        return regionId;
    }

    String sharedBy() {
        return sharedBy;
    }

    Instant sharedAt() {
        return sharedAt;
    }

    String title() {
        return title;
    }

    String url() {
        return url;
    }

    ResourcePlatform platform() {
        return platform;
    }

    ResourceKind kind() {
        return kind;
    }

    List<String> searchKeys() {
        return List.copyOf(searchKeys);
    }

    double ratingAverage() {
        return ratingAverage;
    }

    long ratingCount() {
        return ratingCount;
    }

    long reportCount() {
        return reportCount;
    }

    @Nullable
    Instant updatedAt() {
        return updatedAt;
    }
}
