package id.kombel.membership.engagement;

import static id.kombel.membership.CommunityFixtures.member;
import static id.kombel.membership.CommunityFixtures.newMemberId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kombel.membership.CommunityFixtures;
import id.kombel.membership.Members;
import id.kombel.membership.TestMember;
import id.kombel.membership.TrustTestIdentity;
import id.kombel.membership.discussionevents.DiscussionTopics;
import id.kombel.membership.learningevents.LearningTopics;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** The engagement profile, built from learning and discussion events, and who may see it. */
@IntegrationTest
@Import(TrustTestIdentity.class)
@AutoConfigureRestTestClient
class EngagementTest {

    @Autowired
    RestTestClient http;

    CommunityFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new CommunityFixtures(http);
    }

    @Test
    void buildsTheProfileFromLearningAndDiscussionEvents() {
        String teacher = newMemberId("teacher");
        Instant now = Instant.now();
        try (KafkaProbe registrations = KafkaProbe.onCreating(LearningTopics.REGISTRATION, 3);
                KafkaProbe reflections = KafkaProbe.onCreating(LearningTopics.REFLECTION, 3);
                KafkaProbe problems = KafkaProbe.onCreating(DiscussionTopics.PROBLEM, 3);
                KafkaProbe solutions = KafkaProbe.onCreating(DiscussionTopics.SOLUTION, 3);
                KafkaProbe trials = KafkaProbe.onCreating(DiscussionTopics.TRIAL, 3);
                KafkaProbe appreciations = KafkaProbe.onCreating(DiscussionTopics.APPRECIATION, 3)) {
            String registration = "a-1:" + teacher;
            registrations.send(registrations.event(
                    "AttendanceRecorded", id(), registration, 2, """
                    {"registrationId":"%s","activityId":"a-1","communityId":"c-1","memberId":"%s","occurredAt":"%s"}""".formatted(registration, teacher, now)));
            registrations.send(registrations.event(
                    "LearningHoursCredited", id(), registration, 3, credit("cr-8-" + teacher, teacher, 8, now)));
            registrations.send(registrations.event(
                    "LearningHoursCredited", id(), "a-2:" + teacher, 3, credit("cr-4-" + teacher, teacher, 4, now)));
            reflections.send(
                    reflections.event("ReflectionShared", id(), "rf-" + teacher, 1, """
                    {"reflectionId":"rf-%s","activityId":"a-1","communityId":"c-1","memberId":"%s"}""".formatted(teacher, teacher)));
            problems.send(problems.event("ProblemPosted", id(), "p-" + teacher, 1, """
                    {"problemId":"p-%s","communityId":"c-1","regionId":"kota-bandung","authorId":"%s","anonymous":true,
                     "title":"Siswa pasif","category":"STUDENT_MOTIVATION","subject":null,"level":"SMP","tags":[],
                     "postedAt":"%s"}""".formatted(
                            teacher, teacher, now.minus(Duration.ofDays(7)))));
            String solution = "s-" + teacher;
            solutions.send(solutions.event("SolutionProposed", id(), solution, 1, """
                    {"solutionId":"%s","problemId":"p-9","communityId":"c-1","authorId":"%s","problemAuthorId":"other",
                     "proposedAt":"%s"}""".formatted(
                            solution, teacher, now.minus(Duration.ofDays(14)))));
            problems.send(problems.event("SolutionAccepted", id(), "p-9", 2, """
                    {"solutionId":"%s","problemId":"p-9","communityId":"c-1","solutionAuthorId":"%s","acceptedBy":"other",
                     "acceptedAt":"%s"}""".formatted(solution, teacher, now)));
            trials.send(trials.event("TrialOutcomeReported", id(), "t-" + teacher, 2, """
                    {"trialId":"t-%s","solutionId":"s-8","problemId":"p-8","communityId":"c-1","memberId":"%s",
                     "outcome":"PARTLY","reportedAt":"%s"}""".formatted(
                            teacher, teacher, now.minus(Duration.ofDays(21)))));
            for (int i = 0; i < 2; i++) {
                String appreciation = id();
                appreciations.send(appreciations.event(
                        "AppreciationGiven", id(), appreciation, 1, appreciation(appreciation, teacher)));
            }
        }

        await("the profile holds every fact").untilAsserted(() -> {
            JsonNode profile = mine(teacher);
            assertThat(profile.get("streak").get("weeks").asInt()).isEqualTo(4);
            assertThat(profile.get("streak").get("activeThisWeek").asBoolean()).isTrue();
            assertThat(profile.get("learning").get("jp").asLong()).isEqualTo(12);
            assertThat(profile.get("learning").get("hours").asDouble()).isEqualTo(9.0);
            assertThat(profile.get("solutions").get("given").asLong()).isEqualTo(1);
            assertThat(profile.get("solutions").get("accepted").asLong()).isEqualTo(1);
            assertThat(profile.get("appreciationReceived").asLong()).isEqualTo(2);
            assertThat(profile.get("shared").asBoolean()).isFalse();
        });
    }

    @Test
    void aFactArrivingTwiceCountsOnceEvenUnderANewEventId() {
        String teacher = newMemberId("teacher");
        Instant now = Instant.now();
        try (KafkaProbe registrations = KafkaProbe.onCreating(LearningTopics.REGISTRATION, 3);
                KafkaProbe appreciations = KafkaProbe.onCreating(DiscussionTopics.APPRECIATION, 3)) {
            String registration = "a-1:" + teacher;
            String credit = credit("cr-" + teacher, teacher, 8, now);
            String event = id();
            registrations.send(registrations.event("LearningHoursCredited", event, registration, 1, credit));
            registrations.send(registrations.event("LearningHoursCredited", event, registration, 1, credit));
            registrations.send(registrations.event("LearningHoursCredited", id(), registration, 2, credit));
            registrations.send(registrations.event(
                    "LearningHoursCredited", id(), registration, 3, credit("cr-2-" + teacher, teacher, 1, now)));

            String appreciation = id();
            appreciations.send(appreciations.event(
                    "AppreciationGiven", id(), appreciation, 1, appreciation(appreciation, teacher)));
            appreciations.send(appreciations.event(
                    "AppreciationGiven", id(), appreciation, 2, appreciation(appreciation, teacher)));
            String another = id();
            appreciations.send(
                    appreciations.event("AppreciationGiven", id(), appreciation, 3, appreciation(another, teacher)));
        }

        await("the last credit and appreciation counted").untilAsserted(() -> {
            JsonNode profile = mine(teacher);
            assertThat(profile.get("learning").get("jp").asLong()).isGreaterThanOrEqualTo(9);
            assertThat(profile.get("appreciationReceived").asLong()).isGreaterThanOrEqualTo(2);
        });
        JsonNode profile = mine(teacher);
        assertThat(profile.get("learning").get("jp").asLong()).isEqualTo(9);
        assertThat(profile.get("appreciationReceived").asLong()).isEqualTo(2);
    }

    @Test
    void sharingIsTheMembersChoiceAndOnlyTheirCoMembersSeeItShared() {
        CommunityFixtures.Community community = fixtures.active("Kombel Semangat Belajar", "OPEN");
        String lead = community.lead();
        String coMember = community.coLead1();
        String outsider = newMemberId("outsider");

        profileOf(coMember, lead).expectStatus().isNotFound();
        http.get()
                .uri("/api/v1/engagement/me")
                .header("Authorization", member(lead))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("ETag", "\"0\"")
                .expectBody()
                .jsonPath("$.shared")
                .isEqualTo(false);

        share(lead, "\"7\"", "{\"shared\":true}").expectStatus().isEqualTo(412);
        share(lead, "\"0\"", "{\"shared\":true,\"rank\":1}").expectStatus().isBadRequest();
        share(lead, "\"0\"", "{\"shared\":null}").expectStatus().isBadRequest();
        assertThat(mine(lead).get("shared").asBoolean()).isFalse();
        profileOf(coMember, lead).expectStatus().isNotFound();

        share(lead, "\"0\"", "{\"shared\":true}")
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("ETag", "\"1\"");
        profileOf(coMember, lead)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.memberId")
                .isEqualTo(lead)
                .jsonPath("$.streak.weeks")
                .isEqualTo(0);
        profileOf(outsider, lead).expectStatus().isNotFound();
        profileOf(coMember, newMemberId("nobody")).expectStatus().isNotFound();

        share(lead, "\"1\"", "{\"shared\":false}").expectStatus().isOk();
        profileOf(coMember, lead).expectStatus().isNotFound();
    }

    @Test
    void theStreakCountsWeeksInTheMembersRegionsTimeZone() {
        String witRegion = fixtures.newRegion();
        TestMember teacher = Members.registeredTeacher(http, witRegion);
        ZoneId wit = ZoneId.of("Asia/Jayapura");
        // Monday 01:00 this week in Jayapura is still Sunday of last week in Jakarta.
        Instant mondayMorning = Instant.now()
                .atZone(wit)
                .toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atTime(1, 0)
                .atZone(wit)
                .toInstant();
        try (KafkaProbe trials = KafkaProbe.onCreating(DiscussionTopics.TRIAL, 3)) {
            for (Instant at : new Instant[] {mondayMorning, mondayMorning.minus(Duration.ofDays(3))}) {
                String trial = id();
                trials.send(
                        trials.event("TrialOutcomeReported", id(), trial, 1, """
                        {"trialId":"%s","solutionId":"s-1","problemId":"p-1","communityId":"c-1","memberId":"%s",
                         "outcome":"WORKED","reportedAt":"%s"}""".formatted(trial, teacher.id(), at)));
            }
        }

        await("two weeks in Jayapura's calendar").untilAsserted(() -> {
            JsonNode streak = http.get()
                    .uri("/api/v1/engagement/me")
                    .header("Authorization", teacher.bearer())
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody(JsonNode.class)
                    .returnResult()
                    .getResponseBody()
                    .get("streak");
            assertThat(streak.get("weeks").asInt()).isEqualTo(2);
            assertThat(streak.get("activeThisWeek").asBoolean()).isTrue();
        });
    }

    private static String credit(String creditId, String memberId, int jp, Instant at) {
        return """
                {"creditId":"%s","activityId":"a-1","communityId":"c-1","regionId":"kota-bandung","memberId":"%s",
                 "jp":%d,"minutes":%d,"competencies":["PEDAGOGIK"],"creditedAt":"%s"}""".formatted(creditId, memberId, jp, jp * 45, at);
    }

    private static String appreciation(String appreciationId, String toMemberId) {
        return """
                {"appreciationId":"%s","itemType":"SOLUTION","itemId":"s-1","communityId":"c-1","fromMemberId":"m-2",
                 "toMemberId":"%s","givenAt":"%s"}""".formatted(appreciationId, toMemberId, Instant.now());
    }

    private JsonNode mine(String memberId) {
        return http.get()
                .uri("/api/v1/engagement/me")
                .header("Authorization", member(memberId))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    private RestTestClient.ResponseSpec profileOf(String reader, String memberId) {
        return http.get()
                .uri("/api/v1/engagement/{memberId}", memberId)
                .header("Authorization", member(reader))
                .exchange();
    }

    private RestTestClient.ResponseSpec share(String memberId, String ifMatch, String body) {
        return http.put()
                .uri("/api/v1/engagement/me/sharing")
                .header("Authorization", member(memberId))
                .header("If-Match", ifMatch)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange();
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
