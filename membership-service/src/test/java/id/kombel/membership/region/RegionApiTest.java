package id.kombel.membership.region;

import static org.assertj.core.api.Assertions.assertThat;

import id.kombel.membership.Members;
import id.kombel.membership.MembershipTopics;
import id.kombel.membership.TestMember;
import id.kombel.test.EventContract;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@IntegrationTest
@AutoConfigureRestTestClient
class RegionApiTest {

    @Autowired
    RestTestClient http;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aPlatformAdminCreatesAndUpdatesARegionAndEveryoneCanReadIt() {
        String code = newCode();
        String admin = Members.platformAdmin(http).bearer();
        http.post()
                .uri("/api/v1/regions")
                .header("Authorization", admin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(regionJson(code, "Kota Bandung", "Jawa Barat", "WIB"))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectHeader()
                .valueEquals("ETag", "\"1\"")
                .expectBody()
                .jsonPath("$.zoneId")
                .isEqualTo("Asia/Jakarta");

        http.put()
                .uri("/api/v1/regions/" + code)
                .header("Authorization", admin)
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"name\":\"Kota Bandung\",\"province\":\"Jawa Barat\",\"timeZone\":\"WITA\"}")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("ETag", "\"2\"");

        http.get()
                .uri("/api/v1/regions/" + code)
                .header("Authorization", Members.registeredTeacher(http).bearer())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.timeZone")
                .isEqualTo("WITA");

        try (KafkaProbe topic = KafkaProbe.on(MembershipTopics.REGION)) {
            var created = topic.await(
                    "RegionCreated",
                    r -> code.equals(r.key()) && "RegionCreated".equals(KafkaProbe.header(r, "ce_type")));
            var updated = topic.await(
                    "RegionUpdated",
                    r -> code.equals(r.key()) && "RegionUpdated".equals(KafkaProbe.header(r, "ce_type")));
            EventContract.load().assertConforms(created);
            EventContract.load().assertConforms(updated);
        }
    }

    @Test
    void onlyPlatformAdminsCreateOrChangeRegions() {
        String code = newCode();
        TestMember teacher = Members.registeredTeacher(http);
        TestMember regionAdmin = Members.regionAdmin(http, Members.HOME_REGION);
        for (TestMember member : new TestMember[] {teacher, regionAdmin}) {
            http.post()
                    .uri("/api/v1/regions")
                    .header("Authorization", member.bearer())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(regionJson(code, "Kabupaten Sleman", "DI Yogyakarta", "WIB"))
                    .exchange()
                    .expectStatus()
                    .isForbidden();
        }
        assertThat(mongo.getCollection("regions").countDocuments(new org.bson.Document("_id", code)))
                .isZero();
    }

    @Test
    void refusesADuplicateCodeAndAStaleUpdate() {
        String code = newCode();
        String admin = Members.platformAdmin(http).bearer();
        http.post()
                .uri("/api/v1/regions")
                .header("Authorization", admin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(regionJson(code, "Kota Jayapura", "Papua", "WIT"))
                .exchange()
                .expectStatus()
                .isCreated();

        http.post()
                .uri("/api/v1/regions")
                .header("Authorization", admin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(regionJson(code, "Another", "Papua", "WIT"))
                .exchange()
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/region-exists");
        http.put()
                .uri("/api/v1/regions/" + code)
                .header("Authorization", admin)
                .header("If-Match", "\"7\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"name\":\"Changed\",\"province\":\"Papua\",\"timeZone\":\"WIT\"}")
                .exchange()
                .expectStatus()
                .isEqualTo(412);

        http.get()
                .uri("/api/v1/regions/" + code)
                .header("Authorization", admin)
                .exchange()
                .expectBody()
                .jsonPath("$.name")
                .isEqualTo("Kota Jayapura")
                .jsonPath("$.version")
                .isEqualTo(1);
    }

    @Test
    void refusesAnInvalidCodeOrTimeZone() {
        String admin = Members.platformAdmin(http).bearer();
        http.post()
                .uri("/api/v1/regions")
                .header("Authorization", admin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(regionJson("Kota Bandung!", "Kota Bandung", "Jawa Barat", "WIB"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("code");
        http.post()
                .uri("/api/v1/regions")
                .header("Authorization", admin)
                .contentType(MediaType.APPLICATION_JSON)
                .body(regionJson(newCode(), "Kota Bandung", "Jawa Barat", "GMT"))
                .exchange()
                .expectStatus()
                .isBadRequest();
    }

    private static String regionJson(String code, String name, String province, String zone) {
        return """
                {"code":"%s","name":"%s","province":"%s","timeZone":"%s"}""".formatted(code, name, province, zone);
    }

    private static String newCode() {
        return "region-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
