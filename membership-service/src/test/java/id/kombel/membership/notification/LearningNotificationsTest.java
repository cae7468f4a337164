package id.kombel.membership.notification;

import static id.kombel.membership.CommunityFixtures.member;
import static id.kombel.membership.CommunityFixtures.newMemberId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kombel.membership.TrustTestIdentity;
import id.kombel.membership.learningevents.LearningTopics;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * learning-service's events, sent as contracts.md specifies them, reach the member's inbox once each:
 * every test sends its event twice (a redelivery) and then the same kind of event behind it on the
 * partition, so by the time the second one shows, the duplicate was read and must have added nothing.
 */
@IntegrationTest
@Import(TrustTestIdentity.class)
@AutoConfigureRestTestClient
class LearningNotificationsTest {

    @Autowired
    RestTestClient http;

    InboxClient inbox;

    @BeforeEach
    void setUp() {
        inbox = new InboxClient(http);
    }

    @Test
    void aConfirmedRegistrationReachesTheMemberOnce() {
        String teacher = newMemberId("teacher");
        String activity = UUID.randomUUID().toString();

        List<JsonNode> told = sendTwiceThenAnother(
                LearningTopics.REGISTRATION,
                "RegistrationConfirmed",
                registration -> confirmed(registration, activity, teacher, false),
                teacher,
                NotificationType.REGISTRATION_CONFIRMED);

        assertThat(told.get(0).get("params").get("activityId").asString()).isEqualTo(activity);
        assertThat(told.get(0).get("params").get("startsAt").asString()).isEqualTo("2026-12-01T02:00:00Z");
        assertThat(told.get(0).get("text").asString())
                .isEqualTo("Pendaftaran Anda untuk \"Lokakarya Canva untuk Guru\" sudah dikonfirmasi.");
    }

    @Test
    void aPlaceWonFromTheWaitlistIsItsOwnNotification() {
        String teacher = newMemberId("teacher");
        String activity = UUID.randomUUID().toString();

        List<JsonNode> told = sendTwiceThenAnother(
                LearningTopics.REGISTRATION,
                "RegistrationConfirmed",
                registration -> confirmed(registration, activity, teacher, true),
                teacher,
                NotificationType.WAITLIST_PROMOTED);

        assertThat(inbox.ofType(member(teacher), NotificationType.REGISTRATION_CONFIRMED))
                .isEmpty();
        assertThat(inbox.items(member(teacher), "en").get(0).get("text").asString())
                .isEqualTo("A place came free: you are now registered for \"Lokakarya Canva untuk Guru\".");
        assertThat(told).hasSize(2);
    }

    @Test
    void aWaitlistedRegistrationTellsThePositionInBothLanguages() {
        String teacher = newMemberId("teacher");
        String activity = UUID.randomUUID().toString();

        sendTwiceThenAnother(
                LearningTopics.REGISTRATION,
                "RegistrationWaitlisted",
                registration -> """
                        {"registrationId":"%s","activityId":"%s","communityId":"c-1","memberId":"%s",
                         "title":"Lokakarya Canva untuk Guru","position":3}""".formatted(registration, activity, teacher),
                teacher,
                NotificationType.REGISTRATION_WAITLISTED);

        assertThat(inbox.items(member(teacher), "id").get(0).get("text").asString())
                .isEqualTo(
                        "Kegiatan \"Lokakarya Canva untuk Guru\" sudah penuh; Anda berada di daftar tunggu nomor 3.");
        assertThat(inbox.items(member(teacher), "en").get(0).get("text").asString())
                .isEqualTo("\"Lokakarya Canva untuk Guru\" is full; you are number 3 on the waitlist.");
    }

    @Test
    void aCancelledActivityTellsItsRegistrantButAMembersOwnCancellationDoesNot() {
        String teacher = newMemberId("teacher");
        String activity = UUID.randomUUID().toString();

        sendTwiceThenAnother(
                LearningTopics.REGISTRATION,
                "RegistrationCancelled",
                registration -> cancelled(registration, activity, teacher, "ACTIVITY_CANCELLED"),
                teacher,
                NotificationType.ACTIVITY_CANCELLED,
                own -> probe -> probe.send(probe.event(
                        "RegistrationCancelled",
                        UUID.randomUUID().toString(),
                        own,
                        2,
                        cancelled(own, activity, teacher, "MEMBER_CANCELLED"))));

        assertThat(inbox.items(member(teacher))).hasSize(2);
    }

    @Test
    void anIssuedCertificateReachesItsHolderWithItsCode() {
        String teacher = newMemberId("teacher");

        List<JsonNode> told = sendTwiceThenAnother(
                LearningTopics.REGISTRATION,
                "CertificateIssued",
                certificate -> """
                        {"certificateId":"%s","code":"KMB-7Q2X-9D","activityId":"a-1","memberId":"%s",
                         "title":"Lokakarya Canva untuk Guru","jp":8,"issuedAt":"2026-12-02T09:00:00Z"}""".formatted(certificate, teacher),
                teacher,
                NotificationType.CERTIFICATE_ISSUED);

        assertThat(told.get(0).get("text").asString())
                .isEqualTo(
                        "Sertifikat \"Lokakarya Canva untuk Guru\" (8 JP) sudah terbit. Kode verifikasi: KMB-7Q2X-9D.");
    }

    @Test
    void recommendationsReachTheProblemsAuthorWithoutNamingThem() {
        String author = newMemberId("author");

        List<JsonNode> told = sendTwiceThenAnother(
                LearningTopics.RECOMMENDATION,
                "RecommendationsFound",
                problem -> """
                        {"problemId":"%s","communityId":"c-1","authorId":"%s",
                         "resourceIds":["r-1","r-2"],"activityIds":["a-1"]}""".formatted(problem, author),
                author,
                NotificationType.RECOMMENDATIONS_READY);

        assertThat(told.get(0).get("params").get("resources").asString()).isEqualTo("2");
        assertThat(told.get(0).get("params").get("activities").asString()).isEqualTo("1");
        assertThat(told.get(0).toString()).doesNotContain(author);
    }

    @Test
    void aMemberWhoSwitchedOffCertificatesGetsNone() {
        String teacher = newMemberId("teacher");
        inbox.prefer(member(teacher), "{\"disabled\":[\"CERTIFICATE_ISSUED\"],\"digest\":\"OFF\"}");

        sendTwiceThenAnother(
                LearningTopics.REGISTRATION,
                "RegistrationConfirmed",
                registration -> confirmed(registration, "a-2", teacher, false),
                teacher,
                NotificationType.REGISTRATION_CONFIRMED,
                certificate -> probe -> probe.send(
                        probe.event("CertificateIssued", UUID.randomUUID().toString(), certificate, 1, """
                        {"certificateId":"%s","code":"KMB-1","activityId":"a-1","memberId":"%s",
                         "title":"Lokakarya","jp":2,"issuedAt":"2026-12-02T09:00:00Z"}""".formatted(
                                        certificate, teacher))));

        assertThat(inbox.ofType(member(teacher), NotificationType.CERTIFICATE_ISSUED))
                .isEmpty();
    }

    private static String confirmed(String registration, String activity, String member, boolean promoted) {
        return """
                {"registrationId":"%s","activityId":"%s","communityId":"c-1","memberId":"%s",
                 "title":"Lokakarya Canva untuk Guru","startsAt":"2026-12-01T02:00:00Z","promotedFromWaitlist":%s}""".formatted(registration, activity, member, promoted);
    }

    private static String cancelled(String registration, String activity, String member, String reason) {
        return """
                {"registrationId":"%s","activityId":"%s","communityId":"c-1","memberId":"%s",
                 "title":"Lokakarya Canva untuk Guru","reason":"%s"}""".formatted(registration, activity, member, reason);
    }

    private List<JsonNode> sendTwiceThenAnother(
            String topic, String type, Function<String, String> json, String recipient, NotificationType expected) {
        return sendTwiceThenAnother(topic, type, json, recipient, expected, subject -> probe -> {});
    }

    /**
     * Sends an event of {@code type} for a new aggregate twice (same id and version, as a redelivery
     * would), optionally something else ({@code before}) ahead of them on the same partition, then a
     * second event of the type for another aggregate on that partition; waits for the second and
     * returns the recipient's notifications of the expected type: exactly two.
     */
    private List<JsonNode> sendTwiceThenAnother(
            String topic,
            String type,
            Function<String, String> json,
            String recipient,
            NotificationType expected,
            Function<String, java.util.function.Consumer<KafkaProbe>> before) {
        try (KafkaProbe probe = KafkaProbe.onCreating(topic, 3)) {
            String first = UUID.randomUUID().toString();
            String firstEvent = UUID.randomUUID().toString();
            before.apply(probe.keyOnSamePartitionAs(first)).accept(probe);
            probe.send(probe.event(type, firstEvent, first, 1, json.apply(first)));
            probe.send(probe.event(type, firstEvent, first, 1, json.apply(first)));
            String second = probe.keyOnSamePartitionAs(first);
            probe.send(probe.event(type, UUID.randomUUID().toString(), second, 1, json.apply(second)));
        }
        await("both %s notifications delivered".formatted(expected))
                .until(() -> inbox.ofType(member(recipient), expected).size() >= 2);
        List<JsonNode> told = inbox.ofType(member(recipient), expected);
        assertThat(told).as("the redelivered event notified once").hasSize(2);
        return told;
    }
}
