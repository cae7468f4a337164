package id.kombel.learning.resource;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** What other features read of the catalog: resources matching search keys, and resources by id. */
@Component
public class ResourceCatalog {

    /** The newest candidates sharing any key are scored; older ones rarely beat a hundred newer. */
    private static final int CANDIDATES = 100;

    private final MongoTemplate mongo;

    ResourceCatalog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The resources seen from a community (its own and its region's) having any of {@code topical}
     * ({@link SearchKeys} form), scored by how many of those and of {@code boosting} (subject, level)
     * they have: best first, then highest rated, then newest. Served by the {@code
     * audience_keys_shared} index.
     */
    public List<ResourceMatch> bestMatches(
            String communityId, String regionId, Collection<String> topical, Collection<String> boosting, int limit) {
        if (topical.isEmpty()) {
            return List.of();
        }
        Set<String> wanted = new HashSet<>(topical);
        Set<String> scored = new HashSet<>(topical);
        scored.addAll(boosting);
        Query query = Query.query(Criteria.where("audience")
                        .in(Resource.communityAudience(communityId), Resource.regionAudience(regionId))
                        .and("searchKeys")
                        .in(wanted))
                .with(Sort.by(Sort.Direction.DESC, "sharedAt", "_id"))
                .limit(CANDIDATES);
        return mongo.find(query, Resource.class).stream()
                .map(resource -> ResourceMatch.of(resource, (int)
                        resource.searchKeys().stream().filter(scored::contains).count()))
                .sorted(Comparator.comparingInt(ResourceMatch::score)
                        .thenComparingDouble(ResourceMatch::ratingAverage)
                        .reversed())
                .limit(limit)
                .toList();
    }

    /** Of the given resources, those still seen from the community, in the given order. */
    public List<ResourceMatch> visibleIn(String communityId, String regionId, List<String> resourceIds) {
        List<Resource> found = mongo.find(Query.query(Criteria.where("_id").in(resourceIds)), Resource.class);
        return resourceIds.stream()
                .flatMap(id -> found.stream().filter(resource -> resource.id().equals(id)))
                .filter(resource -> resource.visibleIn(communityId, regionId))
                .map(resource -> ResourceMatch.of(resource, 0))
                .toList();
    }

    /** A resource as recommended: enough to show and open it. */
    public record ResourceMatch(
            String id,
            String title,
            String url,
            ResourcePlatform platform,
            ResourceKind kind,
            double ratingAverage,
            int score) {

        static ResourceMatch of(Resource resource, int score) {
            return new ResourceMatch(
                    resource.id(),
                    resource.title(),
                    resource.url(),
                    resource.platform(),
                    resource.kind(),
                    resource.ratingAverage(),
                    score);
        }
    }
}
