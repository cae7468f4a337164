package id.kombel.platform.testapp;

import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import id.kombel.platform.events.AggregateStore;
import id.kombel.test.IntegrationTest;
import id.kombel.test.TestIdentity;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

/** A lost or corrupted replica is rebuilt by replaying its topic through the replay endpoint. */
@IntegrationTest
@AutoConfigureRestTestClient
class ReplicaRebuildTest {

    @Autowired
    AggregateStore store;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    RestTestClient http;

    @Test
    void rebuildsADroppedReplicaByReplayingTheTopic() {
        List<String> ids = List.of(newId(), newId(), newId());
        ids.forEach(id -> {
            Note note = store.insert(Note.write(id, "first"));
            note.edit("final");
            store.update(note);
        });
        await("replicas built").until(() -> ids.stream().allMatch(id -> "final".equals(replicaText(id))));

        mongo.getCollection(NoteEvents.REPLICAS).drop();
        http.post()
                .uri("/actuator/replay/" + Note.TOPIC)
                .header("Authorization", "Bearer " + TestIdentity.shared().platformAdmin("ops-1"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.partitionsRewound")
                .isEqualTo(2);
        await("replicas rebuilt")
                .atMost(Duration.ofSeconds(60))
                .until(() -> ids.stream().allMatch(id -> "final".equals(replicaText(id))));
    }

    @Test
    void refusesToReplayATopicThisServiceDoesNotConsume() {
        http.post()
                .uri("/actuator/replay/membership.community")
                .header("Authorization", "Bearer " + TestIdentity.shared().platformAdmin("ops-1"))
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void onlyPlatformAdminsMayReplay() {
        http.post()
                .uri("/actuator/replay/" + Note.TOPIC)
                .exchange()
                .expectStatus()
                .isUnauthorized();
        http.post()
                .uri("/actuator/replay/" + Note.TOPIC)
                .header("Authorization", "Bearer " + TestIdentity.shared().regionAdmin("admin-1", "kota-bandung"))
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/forbidden");
    }

    private String replicaText(String id) {
        var replica = mongo.getCollection(NoteEvents.REPLICAS)
                .find(Filters.eq("_id", id))
                .first();
        return replica == null ? null : replica.getString("text");
    }

    private static String newId() {
        return "note-" + UUID.randomUUID();
    }
}
