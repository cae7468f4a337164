package id.kombel.learning;

import static org.awaitility.Awaitility.await;

import id.kombel.test.EventContract;
import id.kombel.test.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The learning content features read the catalog's examples of the events they consume: each example,
 * sent as its producer would, has its effect here.
 */
@IntegrationTest
class ConsumedEventsContractTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MongoTemplate mongo;

    EventContract contract = EventContract.load();

    private String field(String json, String name) {
        return JSON.readTree(json).get(name).asString();
    }

    private boolean stored(String collection, String id) {
        return mongo.getCollection(collection).find(new Document("_id", id)).first() != null;
    }

    @Test
    void readsTheCatalogExamplesOfAttendanceRecorded() {
        for (String example : contract.examples("AttendanceRecorded")) {
            ContentFixtures.attendedExample(field(example, "registrationId"), example);
            String id = field(example, "activityId") + ":" + field(example, "memberId");
            await("attendance " + id).until(() -> stored("reflection_attendances", id));
        }
    }

    @Test
    void readsTheCatalogExamplesOfActivityPublishedAndCancelled() {
        for (String example : contract.examples("ActivityPublished")) {
            String id = field(example, "activityId");
            ContentFixtures.activityEvent("ActivityPublished", id, 1, example);
            await("activity " + id).until(() -> stored("recommendation_activities", id));
        }
        for (String example : contract.examples("ActivityCancelled")) {
            String id = field(example, "activityId");
            ContentFixtures.activityEvent("ActivityCancelled", id, 2, example);
            await("activity " + id + " cancelled")
                    .until(() -> Boolean.TRUE.equals(mongo.getCollection("recommendation_activities")
                            .find(new Document("_id", id))
                            .first()
                            .getBoolean("cancelled")));
        }
    }

    @Test
    void readsTheCatalogExamplesOfProblemPosted() {
        for (String example : contract.examples("ProblemPosted")) {
            String id = field(example, "problemId");
            ContentFixtures.problemEvent(UUID.randomUUID().toString(), id, 1, example);
            await("recommendations for " + id).until(() -> stored("problem_recommendations", id));
        }
    }

    @Test
    void readsTheCatalogExamplesOfMemberRegisteredAndProfileUpdated() {
        long version = System.currentTimeMillis();
        for (String type : List.of("MemberRegistered", "MemberProfileUpdated")) {
            for (String example : contract.examples(type)) {
                String memberId = field(example, "memberId");
                String name = field(example, "name");
                LearningFixtures.memberEventJson(type, memberId, ++version, example);
                await(type + " of " + memberId).until(() -> {
                    Document replica = mongo.getCollection("member_replicas")
                            .find(new Document("_id", memberId))
                            .first();
                    return replica != null && name.equals(replica.getString("name"));
                });
            }
        }
    }
}
