package id.kombel.learning.resource;

import id.kombel.learning.insights.RegionInsightsPart;
import id.kombel.membership.replica.Regions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * The region dashboard's {@code resourceAdoption}: per platform, how many resources were shared in
 * the region in the period, and how many bookmarks and ratings were given to the region's resources
 * in it. Days are the region's days (its time zone), {@code from} and {@code to} inclusive. Every
 * platform appears, with zeros where nothing happened, so dashboards need no special cases.
 */
@Component
class ResourceAdoption implements RegionInsightsPart {

    private final MongoTemplate mongo;
    private final Regions regions;

    ResourceAdoption(MongoTemplate mongo, Regions regions) {
        this.mongo = mongo;
        this.regions = regions;
    }

    @Override
    public String name() {
        return "resourceAdoption";
    }

    @Override
    public Adoption compute(String regionId, LocalDate from, LocalDate to) {
        ZoneId zone = regions.find(regionId).map(region -> region.zone()).orElse(ZoneId.of("Asia/Jakarta"));
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Map<ResourcePlatform, Long> shared = perPlatform("resources", "sharedAt", regionId, start, end);
        Map<ResourcePlatform, Long> bookmarks = perPlatform(Bookmark.COLLECTION, "bookmarkedAt", regionId, start, end);
        Map<ResourcePlatform, Long> ratings = perPlatform(Rating.COLLECTION, "ratedAt", regionId, start, end);
        Map<ResourcePlatform, PlatformAdoption> platforms = new EnumMap<>(ResourcePlatform.class);
        for (ResourcePlatform platform : ResourcePlatform.values()) {
            platforms.put(
                    platform,
                    new PlatformAdoption(
                            shared.getOrDefault(platform, 0L),
                            bookmarks.getOrDefault(platform, 0L),
                            ratings.getOrDefault(platform, 0L)));
        }
        return new Adoption(from, to, platforms);
    }

    private Map<ResourcePlatform, Long> perPlatform(
            String collection, String timeField, String regionId, Instant start, Instant end) {
        Aggregation counts = Aggregation.newAggregation(
                Aggregation.match(Criteria.where("regionId")
                        .is(regionId)
                        .and(timeField)
                        .gte(start)
                        .lt(end)),
                Aggregation.group("platform").count().as("count"));
        Map<ResourcePlatform, Long> result = new EnumMap<>(ResourcePlatform.class);
        for (Document row : mongo.aggregate(counts, collection, Document.class).getMappedResults()) {
            try {
                result.put(
                        ResourcePlatform.valueOf(String.valueOf(row.get("_id"))),
                        ((Number) row.get("count")).longValue());
            } catch (IllegalArgumentException unknownPlatform) {
                // a platform a later version added and this one does not know: not counted
            }
        }
        return result;
    }

    /** Per platform, in the period. */
    record Adoption(LocalDate from, LocalDate to, Map<ResourcePlatform, PlatformAdoption> platforms) {}

    record PlatformAdoption(long resourcesShared, long bookmarks, long ratings) {}
}
