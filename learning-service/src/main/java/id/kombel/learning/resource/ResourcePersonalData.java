package id.kombel.learning.resource;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import id.kombel.platform.privacy.ErasedMembers;
import id.kombel.platform.privacy.PersonalDataContributor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Resources the member shared, and their ratings, bookmarks and broken-link reports.
 *
 * <p>Erasure deletes the member's ratings, bookmarks and reports and recomputes the figures of the
 * resources they touched from what is left, as rating does, so averages and counts stay equal to the
 * stored ratings. A resource the member shared stays when another member rated or bookmarked it,
 * attributed to a former member; one nobody else used is deleted with its reports.
 */
@Component
class ResourcePersonalData implements PersonalDataContributor {

    private static final String RESOURCES = "resources";

    private final MongoTemplate mongo;

    ResourcePersonalData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "resources";
    }

    @Override
    public Object export(String memberId) {
        return new ResourcesExport(
                mongo.getCollection(RESOURCES)
                        .find(Filters.eq("sharedBy", memberId))
                        .projection(Projections.exclude("outbox", "searchKeys", "audience", "sharedBy"))
                        .into(new ArrayList<>()),
                mine(Rating.COLLECTION, memberId),
                mine(Bookmark.COLLECTION, memberId),
                mine(BrokenLinkReport.COLLECTION, memberId));
    }

    @Override
    public void erase(String memberId) {
        Set<String> touched = new LinkedHashSet<>();
        mongo.getCollection(Rating.COLLECTION)
                .find(Filters.eq("memberId", memberId))
                .forEach(rating -> touched.add(rating.getString("resourceId")));
        mongo.getCollection(BrokenLinkReport.COLLECTION)
                .find(Filters.eq("memberId", memberId))
                .forEach(report -> touched.add(report.getString("resourceId")));
        mongo.getCollection(Rating.COLLECTION).deleteMany(Filters.eq("memberId", memberId));
        mongo.getCollection(BrokenLinkReport.COLLECTION).deleteMany(Filters.eq("memberId", memberId));
        mongo.getCollection(Bookmark.COLLECTION).deleteMany(Filters.eq("memberId", memberId));
        touched.forEach(this::recompute);

        List<String> shared = new ArrayList<>();
        mongo.getCollection(RESOURCES)
                .find(Filters.eq("sharedBy", memberId))
                .projection(Projections.include("_id"))
                .forEach(resource -> shared.add(resource.getString("_id")));
        for (String resourceId : shared) {
            Bson used = Filters.eq("resourceId", resourceId);
            boolean usedByOthers = mongo.getCollection(Rating.COLLECTION).countDocuments(used) > 0
                    || mongo.getCollection(Bookmark.COLLECTION).countDocuments(used) > 0;
            if (usedByOthers) {
                mongo.getCollection(RESOURCES)
                        .updateOne(Filters.eq("_id", resourceId), Updates.set("sharedBy", ErasedMembers.FORMER_MEMBER));
            } else {
                mongo.getCollection(BrokenLinkReport.COLLECTION).deleteMany(used);
                mongo.getCollection(RESOURCES).deleteOne(Filters.eq("_id", resourceId));
            }
        }
    }

    private void recompute(String resourceId) {
        Document totals = mongo.getCollection(Rating.COLLECTION)
                .aggregate(List.of(
                        Aggregates.match(Filters.eq("resourceId", resourceId)),
                        Aggregates.group(null, Accumulators.sum("sum", "$stars"), Accumulators.sum("count", 1))))
                .first();
        long count = totals == null ? 0 : ((Number) totals.get("count")).longValue();
        long sum = totals == null ? 0 : ((Number) totals.get("sum")).longValue();
        double average = count == 0 ? 0 : Math.round(sum * 100.0 / count) / 100.0;
        long reports =
                mongo.getCollection(BrokenLinkReport.COLLECTION).countDocuments(Filters.eq("resourceId", resourceId));
        mongo.getCollection(RESOURCES)
                .updateOne(
                        Filters.eq("_id", resourceId),
                        Updates.combine(
                                Updates.set("ratingAverage", average),
                                Updates.set("ratingCount", count),
                                Updates.set("reportCount", reports),
                                Updates.inc("version", 1L)));
    }

    private List<Document> mine(String collection, String memberId) {
        return mongo.getCollection(collection)
                .find(Filters.eq("memberId", memberId))
                .projection(Projections.exclude("_id", "memberId"))
                .into(new ArrayList<>());
    }

    record ResourcesExport(
            List<Document> shared, List<Document> ratings, List<Document> bookmarks, List<Document> reports) {}
}
