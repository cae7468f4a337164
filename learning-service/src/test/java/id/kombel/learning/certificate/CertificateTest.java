package id.kombel.learning.certificate;

import static id.kombel.learning.LearningFixtures.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kombel.learning.LearningFixtures;
import id.kombel.learning.LearningFixtures.Community;
import id.kombel.learning.LearningTestConfiguration;
import id.kombel.learning.TestClock;
import id.kombel.platform.events.ReplicaWriter;
import id.kombel.test.IntegrationTest;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * A certificate names its holder (from membership-service's member events), and its holder and the
 * community's leads can download it as a PDF that carries everything the verification answers.
 */
@IntegrationTest
@Import(LearningTestConfiguration.class)
@AutoConfigureRestTestClient
class CertificateTest {

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
    void verificationNamesTheHolderAsTheirLatestProfileSays() {
        Community community = fixtures.activeCommunityInSleman();
        String holder = memberOf(community);
        LearningFixtures.memberEvent("MemberRegistered", holder, 1, "Siti Rahmawati");
        LearningFixtures.memberEvent("MemberProfileUpdated", holder, 2, "Siti Rahmawati, S.Pd.");
        String activity = fixtures.attended(community, holder);
        String code = fixtures.certificateOf(holder, activity);

        JsonNode verified = await("the holder's name known here")
                .until(
                        () -> verification(code),
                        answer -> !answer.get("holderName").isNull());
        assertThat(verified.get("holderName").asString()).isEqualTo("Siti Rahmawati, S.Pd.");
        assertThat(verified.get("holderErased").asBoolean()).isFalse();
        assertThat(verified.get("memberId").asString()).isEqualTo(holder);
        assertThat(verified.get("valid").asBoolean()).isTrue();
        assertThat(verified.get("jp").asInt()).isEqualTo(2);
        assertThat(verified.get("communityId").asString()).isEqualTo(community.id());
        assertThat(verified.get("regionId").asString()).isEqualTo(community.regionId());

        // an older event arriving late does not bring the previous name back
        LearningFixtures.memberEvent("MemberRegistered", holder, 1, "Nama Lama");
        LearningFixtures.memberEvent("MemberProfileUpdated", holder, 3, "Siti Rahmawati, M.Pd.");
        await("the newest name")
                .until(() -> verification(code).get("holderName").asString(), "Siti Rahmawati, M.Pd."::equals);
    }

    @Test
    void theHolderAndTheCommunitysLeadsDownloadThePdfAndOthersAreRefused() throws IOException {
        Community community = fixtures.activeCommunityInSleman();
        String holder = memberOf(community);
        LearningFixtures.memberEvent("MemberRegistered", holder, 1, "Budi Santoso");
        String activity = fixtures.attended(community, holder);
        String code = fixtures.certificateOf(holder, activity);
        JsonNode verified = await("the holder's name known here")
                .until(
                        () -> verification(code),
                        answer -> !answer.get("holderName").isNull());

        byte[] pdf = pdf(holder, code)
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PDF)
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        String text = textOf(pdf);
        assertThat(text)
                .contains(
                        "Budi Santoso",
                        "Lokakarya Asesmen Diagnostik",
                        DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"))
                                .format(LocalDate.parse(verified.get("heldOn").asString())),
                        "2 JP",
                        verified.get("communityName").asString(),
                        verified.get("regionName").asString(),
                        code,
                        "/api/v1/certificates/" + code + "/verification");

        assertThat(textOf(pdf(community.lead(), code)
                        .expectStatus()
                        .isOk()
                        .expectBody(byte[].class)
                        .returnResult()
                        .getResponseBody()))
                .contains("Budi Santoso", code);
        assertThat(textOf(pdf(community.coLead(), code)
                        .expectStatus()
                        .isOk()
                        .expectBody(byte[].class)
                        .returnResult()
                        .getResponseBody()))
                .contains(code);

        String peer = fixtures.memberOf(community);
        pdf(peer, code)
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(problem("forbidden"));
        pdf(LearningFixtures.newId("outsider"), code).expectStatus().isForbidden();
        http.get()
                .uri("/api/v1/certificates/" + code + "/pdf")
                .exchange()
                .expectStatus()
                .isUnauthorized();
        pdf(holder, "0000000000000000000Z")
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(problem("not-found"));
        pdf(holder, "not-a-code").expectStatus().isNotFound();
        // refusals changed nothing: the certificate still verifies as before
        assertThat(verification(code)).isEqualTo(verified);
    }

    /** A member with a UUID id, as membership-service gives them. */
    private String memberOf(Community community) {
        String member = UUID.randomUUID().toString();
        replicas.upsert(
                "membership_replicas",
                community.id() + ":" + member,
                1,
                new org.bson.Document("communityId", community.id())
                        .append("memberId", member)
                        .append("role", "MEMBER")
                        .append("status", "ACTIVE"));
        return member;
    }

    private JsonNode verification(String code) {
        return http.get()
                .uri("/api/v1/certificates/" + code + "/verification")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    private RestTestClient.ResponseSpec pdf(String memberId, String code) {
        return http.get()
                .uri("/api/v1/certificates/" + code + "/pdf")
                .header("Authorization", LearningFixtures.bearer(memberId))
                .exchange();
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
