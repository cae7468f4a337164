package id.kombel.learning.reflection;

import static id.kombel.learning.ContentFixtures.newRegion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kombel.learning.ContentFixtures;
import id.kombel.learning.ContentFixtures.Community;
import id.kombel.learning.ContentTopics;
import id.kombel.membership.replica.Memberships;
import id.kombel.platform.web.Problems;
import id.kombel.test.EventContract;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reflections after attended activities, and peers' encouragement. */
@IntegrationTest
@AutoConfigureRestTestClient
class ReflectionTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    RestTestClient http;

    @Autowired
    Memberships memberships;

    @Autowired
    MongoTemplate mongo;

    ContentFixtures fixtures;
    Community community;
    String activityId;

    @BeforeEach
    void anActivity() {
        fixtures = new ContentFixtures(http, memberships);
        community = fixtures.activeCommunity(newRegion());
        activityId = UUID.randomUUID().toString();
    }

    String attendingMember() {
        String member = fixtures.member(community);
        ContentFixtures.attended(activityId, community.id(), member);
        await("attendance of " + member + " recorded")
                .until(() -> mongo.findById(Attendance.idOf(activityId, member), Attendance.class) != null);
        return member;
    }

    static String reflection(String activityId, String visibility) {
        return """
                {"activityId":"%s","text":"Siswa lebih aktif saat saya memakai kartu pecahan.","visibility":"%s"}""".formatted(activityId, visibility);
    }

    JsonNode write(String member, String visibility) {
        return JSON.readTree(fixtures.post(member, "/api/v1/reflections", reflection(activityId, visibility))
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult()
                .getResponseBody());
    }

    long reflectionsOf(String member) {
        return JSON.readTree(fixtures.get(member, "/api/v1/reflections")
                        .expectStatus()
                        .isOk()
                        .expectBody()
                        .returnResult()
                        .getResponseBody())
                .get("items")
                .size();
    }

    @Test
    void aMemberWhoDidNotAttendCannotReflectAndNothingIsStored() {
        String absent = fixtures.member(community);
        attendingMember(); // someone else attended
        fixtures.post(absent, "/api/v1/reflections", reflection(activityId, "COMMUNITY"))
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(Problems.TYPE_BASE + "not-attended");
        assertThat(reflectionsOf(absent)).isZero();
    }

    @Test
    void aSharedReflectionIsReadAndEncouragedByPeersOnce() {
        String author = attendingMember();
        String peer = fixtures.member(community);
        String reflectionId;
        try (KafkaProbe topic = KafkaProbe.on(ContentTopics.REFLECTION)) {
            reflectionId = write(author, "COMMUNITY").get("id").asString();
            EventContract.load()
                    .assertConforms(topic.await(
                            "ReflectionShared",
                            r -> reflectionId.equals(r.key())
                                    && "ReflectionShared".equals(KafkaProbe.header(r, "ce_type"))));
            fixtures.post(
                            peer,
                            "/api/v1/reflections/" + reflectionId + "/encouragements",
                            "{\"message\":\"Semangat, Bu!\"}")
                    .expectStatus()
                    .isCreated()
                    .expectBody()
                    .jsonPath("$.encouragementCount")
                    .isEqualTo(1);
            EventContract.load()
                    .assertConforms(topic.await(
                            "ReflectionEncouraged",
                            r -> reflectionId.equals(r.key())
                                    && "ReflectionEncouraged".equals(KafkaProbe.header(r, "ce_type"))));
        }
        String uri = "/api/v1/reflections/" + reflectionId;
        fixtures.post(peer, uri + "/encouragements", "{\"message\":\"Lagi!\"}")
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(Problems.TYPE_BASE + "already-encouraged");
        fixtures.post(author, uri + "/encouragements", "{\"message\":\"Saya hebat\"}")
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(Problems.TYPE_BASE + "own-reflection");
        fixtures.post(ContentFixtures.newId("outsider"), uri + "/encouragements", "{\"message\":\"Hai\"}")
                .expectStatus()
                .isNotFound();

        fixtures.get(peer, uri)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.encouragementCount")
                .isEqualTo(1);
        fixtures.get(peer, uri + "/encouragements")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(1)
                .jsonPath("$.items[0].message")
                .isEqualTo("Semangat, Bu!");
        fixtures.get(peer, "/api/v1/reflections?communityId=" + community.id())
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(1);
    }

    @Test
    void aPrivateReflectionIsInvisibleToPeers() {
        String author = attendingMember();
        String peer = fixtures.member(community);
        String uri = "/api/v1/reflections/" + write(author, "PRIVATE").get("id").asString();

        fixtures.get(peer, uri)
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(Problems.TYPE_BASE + "not-found");
        fixtures.post(peer, uri + "/encouragements", "{\"message\":\"Semangat\"}")
                .expectStatus()
                .isNotFound();
        fixtures.get(peer, "/api/v1/reflections?communityId=" + community.id())
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(0);
        fixtures.get(author, uri)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.encouragementCount")
                .isEqualTo(0);
        assertThat(mongo.count(Query.query(Criteria.where("memberId").is(peer)), Encouragement.class))
                .isZero();
    }
}
