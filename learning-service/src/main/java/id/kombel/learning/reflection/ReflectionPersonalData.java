package id.kombel.learning.reflection;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import id.kombel.platform.privacy.PersonalDataContributor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The member's reflections, the encouragements they gave, and the attendances kept for them here.
 *
 * <p>Erasure deletes every reflection of the member, shared ones too, with the encouragements others
 * wrote on them: a reflection is the member's own account of their teaching, nobody builds on it, and
 * an encouragement means nothing without the reflection it answers. Encouragements the member gave
 * are deleted and the reflections' counts recounted, as encouraging does.
 */
@Component
class ReflectionPersonalData implements PersonalDataContributor {

    private static final String REFLECTIONS = "reflections";

    private final MongoTemplate mongo;

    ReflectionPersonalData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "reflections";
    }

    @Override
    public Object export(String memberId) {
        return new ReflectionsExport(
                mongo.getCollection(REFLECTIONS)
                        .find(Filters.eq("memberId", memberId))
                        .projection(Projections.exclude("outbox", "memberId"))
                        .into(new ArrayList<>()),
                mongo.getCollection(Encouragement.COLLECTION)
                        .find(Filters.eq("memberId", memberId))
                        .projection(Projections.exclude("_id", "memberId"))
                        .into(new ArrayList<>()),
                mongo.getCollection(Attendance.COLLECTION)
                        .find(Filters.eq("memberId", memberId))
                        .projection(Projections.include("activityId", "communityId", "occurredAt"))
                        .into(new ArrayList<>()));
    }

    @Override
    public void erase(String memberId) {
        for (Document reflection : mongo.getCollection(REFLECTIONS)
                .find(Filters.eq("memberId", memberId))
                .projection(Projections.include("_id"))) {
            mongo.getCollection(Encouragement.COLLECTION)
                    .deleteMany(Filters.eq("reflectionId", reflection.getString("_id")));
        }
        mongo.getCollection(REFLECTIONS).deleteMany(Filters.eq("memberId", memberId));

        Set<String> encouraged = new LinkedHashSet<>();
        mongo.getCollection(Encouragement.COLLECTION)
                .find(Filters.eq("memberId", memberId))
                .forEach(encouragement -> encouraged.add(encouragement.getString("reflectionId")));
        mongo.getCollection(Encouragement.COLLECTION).deleteMany(Filters.eq("memberId", memberId));
        for (String reflectionId : encouraged) {
            long count = mongo.getCollection(Encouragement.COLLECTION)
                    .countDocuments(Filters.eq("reflectionId", reflectionId));
            // the version moves as any change does, so an ETag read before does not match any more
            mongo.getCollection(REFLECTIONS)
                    .updateOne(
                            Filters.eq("_id", reflectionId),
                            Updates.combine(Updates.set("encouragementCount", count), Updates.inc("version", 1L)));
        }

        mongo.getCollection(Attendance.COLLECTION).deleteMany(Filters.eq("memberId", memberId));
    }

    record ReflectionsExport(
            List<Document> reflections, List<Document> encouragementsGiven, List<Document> attendances) {}
}
