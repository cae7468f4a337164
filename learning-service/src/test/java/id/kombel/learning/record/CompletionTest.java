package id.kombel.learning.record;

import static id.kombel.learning.LearningFixtures.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kombel.learning.LearningFixtures;
import id.kombel.learning.LearningFixtures.Community;
import id.kombel.learning.LearningTestConfiguration;
import id.kombel.learning.TestClock;
import id.kombel.learning.activity.Activity;
import id.kombel.learning.registration.Registration;
import id.kombel.platform.events.ReplicaWriter;
import id.kombel.test.EventContract;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Completing an activity credits each attendee once; the learning record, certificates and feedback. */
@IntegrationTest
@Import(LearningTestConfiguration.class)
@AutoConfigureRestTestClient
class CompletionTest {

    @Autowired
    RestTestClient http;

    @Autowired
    ReplicaWriter replicas;

    @Autowired
    TestClock clock;

    LearningFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new LearningFixtures(http, replicas, clock);
    }

    @Test
    void completingTwiceOrRedeliveringTheEventCreditsEachAttendeeOnce() {
        Community community = fixtures.activeCommunityInSleman();
        String activity = fixtures.published(community, fixtures.workshop(community, 10, false));
        String attendee = fixtures.memberOf(community);
        String absent = fixtures.memberOf(community);
        fixtures.register(attendee, activity);
        fixtures.register(absent, activity);
        fixtures.startOf(activity, attendee);
        mark(community, activity, attendee);

        try (KafkaProbe registrations = KafkaProbe.on(Registration.TOPIC);
                KafkaProbe activities = KafkaProbe.on(Activity.TOPIC)) {
            complete(community, activity)
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.status")
                    .isEqualTo("COMPLETED");
            complete(community, activity)
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.status")
                    .isEqualTo("COMPLETED");

            String id = Registration.idOf(activity, attendee);
            ConsumerRecord<String, byte[]> credited = registrations.await(
                    "credit of " + attendee,
                    r -> id.equals(r.key()) && "LearningHoursCredited".equals(KafkaProbe.header(r, "ce_type")));
            EventContract.load().assertConforms(credited);
            assertThat(KafkaProbe.body(credited)).contains("\"jp\":2", "\"minutes\":90", "\"creditId\":\"" + id + "\"");
            EventContract.load()
                    .assertConforms(registrations.await(
                            "certificate of " + attendee,
                            r -> id.equals(r.key()) && "CertificateIssued".equals(KafkaProbe.header(r, "ce_type"))));
            ConsumerRecord<String, byte[]> completed = activities.await(
                    "completion",
                    r -> activity.equals(r.key()) && "ActivityCompleted".equals(KafkaProbe.header(r, "ce_type")));
            EventContract.load().assertConforms(completed);
            assertThat(activities.recordsOf(activity).stream()
                            .filter(r -> "ActivityCompleted".equals(KafkaProbe.header(r, "ce_type"))))
                    .hasSize(1);

            // the same completion delivered again, as after a consumer crash: past the inbox's version check
            activities.send(activities.event(
                    "ActivityCompleted", UUID.randomUUID().toString(), activity, 1_000, KafkaProbe.body(completed)));

            await("no second credit")
                    .during(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> credits(registrations, activity) == 1);
        }
        assertThat(fixtures.json(absent, "/api/v1/activities/" + activity + "/registrations/me")
                        .get("credited")
                        .asBoolean())
                .isFalse();
        JsonNode record = fixtures.json(attendee, "/api/v1/learning-records/me");
        assertThat(record.get("total").get("jp").asInt()).isEqualTo(2);
        assertThat(record.get("total").get("activities").asInt()).isEqualTo(1);
    }

    @Test
    void theLearningRecordSumsHoursPerMonthSemesterAndYearAndCertificatesVerifyWithoutAToken() {
        Community community = fixtures.activeCommunityInMakassar();
        String attendee = fixtures.memberOf(community);
        String first = attended(community, attendee);
        String second = attended(community, attendee);

        await("both credited")
                .untilAsserted(() -> assertThat(fixtures.json(attendee, "/api/v1/learning-records/me")
                                .get("total")
                                .get("activities")
                                .asInt())
                        .isEqualTo(2));
        JsonNode record = fixtures.json(attendee, "/api/v1/learning-records/me");
        assertThat(record.get("total").get("jp").asInt()).isEqualTo(4);
        assertThat(record.get("total").get("minutes").asInt()).isEqualTo(180);
        JsonNode firstActivity = fixtures.json(attendee, "/api/v1/activities/" + first);
        LocalDate heldOn = java.time.LocalDateTime.parse(
                        firstActivity.get("local").get("startsAt").asString())
                .toLocalDate();
        assertThat(record.get("months").get(0).get("period").asString())
                .isEqualTo(heldOn.toString().substring(0, 7));
        assertThat(record.get("years").get(0).get("period").asString()).isEqualTo(String.valueOf(heldOn.getYear()));
        assertThat(record.get("semesters").get(0).get("period").asString())
                .isEqualTo(LearningRecords.semesterOf(heldOn.toString().substring(0, 7)));
        assertThat(record.get("competencies").get(0).get("activities").asInt()).isEqualTo(2);

        JsonNode activities = fixtures.json(attendee, "/api/v1/learning-records/me/activities");
        assertThat(activities.get("items")).hasSize(2);
        assertThat(activities.get("items").get(0).get("activityId").asString()).isEqualTo(second);
        String code = activities.get("items").get(0).get("certificateCode").asString();
        assertThat(code).hasSize(20);

        http.get()
                .uri("/api/v1/certificates/" + code + "/verification")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.memberId")
                .isEqualTo(attendee)
                .jsonPath("$.activityId")
                .isEqualTo(second)
                .jsonPath("$.jp")
                .isEqualTo(2)
                .jsonPath("$.regionId")
                .isEqualTo(community.regionId())
                .jsonPath("$.communityId")
                .isEqualTo(community.id());
        http.get()
                .uri("/api/v1/certificates/0000000000000000000Z/verification")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(problem("not-found"));
        http.get()
                .uri("/api/v1/certificates/not-a-code/verification")
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void anAttendeeGivesFeedbackOnce() {
        Community community = fixtures.activeCommunityInSleman();
        String attendee = fixtures.memberOf(community);
        String activity = attended(community, attendee);
        String feedback = "/api/v1/activities/" + activity + "/feedback";

        fixtures.post(attendee, feedback, "{\"rating\":5,\"comment\":\"Sangat bermanfaat\"}")
                .expectStatus()
                .isCreated();
        fixtures.post(attendee, feedback, "{\"rating\":1,\"comment\":\"Ganti nilai\"}")
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(problem("feedback-given"));
        fixtures.post(attendee, feedback, "{\"rating\":6}").expectStatus().isBadRequest();
        String stranger = fixtures.memberOf(community);
        fixtures.post(stranger, feedback, "{\"rating\":4}").expectStatus().isNotFound();
    }

    /** An activity the member registered for, attended (marked) and that was completed; its id. */
    private String attended(Community community, String member) {
        String activity = fixtures.published(community, fixtures.workshop(community, 10, true));
        fixtures.register(member, activity);
        fixtures.startOf(activity, member);
        mark(community, activity, member);
        complete(community, activity).expectStatus().isOk();
        return activity;
    }

    private void mark(Community community, String activity, String member) {
        http.put()
                .uri("/api/v1/activities/" + activity + "/attendance/" + member)
                .header("Authorization", LearningFixtures.bearer(community.lead()))
                .exchange()
                .expectStatus()
                .isOk();
    }

    private RestTestClient.ResponseSpec complete(Community community, String activity) {
        return fixtures.post(community.lead(), "/api/v1/activities/" + activity + "/complete", null);
    }

    private static long credits(KafkaProbe registrations, String activity) {
        List<ConsumerRecord<String, byte[]>> all = registrations.records();
        return all.stream()
                .filter(r -> r.key().startsWith(activity + ":"))
                .filter(r -> "LearningHoursCredited".equals(KafkaProbe.header(r, "ce_type")))
                .count();
    }
}
