package id.kombel.membership.member;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.kombel.membership.Members;
import id.kombel.membership.MembershipTopics;
import id.kombel.membership.TestMember;
import id.kombel.test.EventContract;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import java.text.ParseException;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

@IntegrationTest
@AutoConfigureRestTestClient
class RegionAdminApiTest {

    static final String SLEMAN = "kabupaten-sleman";

    @Autowired
    RestTestClient http;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aPlatformAdminAppointsARegionAdminWhoseNextTokenCarriesTheRoleUntilRevoked() throws ParseException {
        Members.region(http, SLEMAN);
        TestMember admin = Members.platformAdmin(http);
        TestMember teacher = Members.registeredTeacher(http);
        assertThat(claims(teacher).getStringListClaim("roles")).containsExactly("MEMBER");

        appoint(admin, SLEMAN, teacher.id()).isNoContent();
        appoint(admin, SLEMAN, teacher.id()).isNoContent();

        TestMember appointed = Members.signIn(http, teacher.email(), teacher.password());
        assertThat(claims(appointed).getStringListClaim("roles")).containsExactly("MEMBER", "REGION_ADMIN");
        assertThat(claims(appointed).getStringListClaim("adminRegions")).containsExactly(SLEMAN);

        http.delete()
                .uri("/api/v1/regions/{regionId}/admins/{memberId}", SLEMAN, teacher.id())
                .header("Authorization", admin.bearer())
                .exchange()
                .expectStatus()
                .isNoContent();
        TestMember revoked = Members.signIn(http, teacher.email(), teacher.password());
        assertThat(claims(revoked).getStringListClaim("roles")).containsExactly("MEMBER");
        assertThat(claims(revoked).getStringListClaim("adminRegions")).isEmpty();

        try (KafkaProbe topic = KafkaProbe.on(MembershipTopics.MEMBER)) {
            ConsumerRecord<String, byte[]> appointedEvent =
                    topic.await("RegionAdminAppointed", r -> isEvent(r, teacher.id(), "RegionAdminAppointed"));
            ConsumerRecord<String, byte[]> revokedEvent =
                    topic.await("RegionAdminRevoked", r -> isEvent(r, teacher.id(), "RegionAdminRevoked"));
            EventContract.load().assertConforms(appointedEvent);
            EventContract.load().assertConforms(revokedEvent);
            assertThat(KafkaProbe.body(appointedEvent))
                    .isEqualTo("{\"memberId\":\"" + teacher.id() + "\",\"regionId\":\"" + SLEMAN + "\"}");
            assertThat(topic.recordsOf(teacher.id()).stream()
                            .filter(r -> isEvent(r, teacher.id(), "RegionAdminAppointed"))
                            .count())
                    .as("appointing twice is one appointment")
                    .isEqualTo(1);
        }
    }

    @Test
    void onlyPlatformAdminsAppointAndNothingChangesOtherwise() {
        Members.region(http, SLEMAN);
        TestMember teacher = Members.registeredTeacher(http);
        TestMember regionAdmin = Members.regionAdmin(http, SLEMAN);
        Document before = member(teacher.id());

        for (TestMember caller : List.of(teacher, regionAdmin)) {
            appoint(caller, SLEMAN, teacher.id()).isForbidden();
        }
        http.put()
                .uri("/api/v1/regions/{regionId}/admins/{memberId}", SLEMAN, teacher.id())
                .exchange()
                .expectStatus()
                .isUnauthorized();

        assertThat(member(teacher.id())).isEqualTo(before);
    }

    @Test
    void appointingInAnUnknownRegionOrAnUnknownMemberIsNotFound() {
        TestMember admin = Members.platformAdmin(http);
        TestMember teacher = Members.registeredTeacher(http);
        Document before = member(teacher.id());

        appoint(admin, "kabupaten-entah", teacher.id()).isNotFound();
        appoint(admin, Members.HOME_REGION, "no-such-member").isNotFound();

        assertThat(member(teacher.id())).isEqualTo(before);
    }

    private org.springframework.test.web.servlet.client.StatusAssertions appoint(
            TestMember caller, String regionId, String memberId) {
        return http.put()
                .uri("/api/v1/regions/{regionId}/admins/{memberId}", regionId, memberId)
                .header("Authorization", caller.bearer())
                .exchange()
                .expectStatus();
    }

    private static boolean isEvent(ConsumerRecord<String, byte[]> record, String memberId, String type) {
        return memberId.equals(record.key()) && type.equals(KafkaProbe.header(record, "ce_type"));
    }

    private static JWTClaimsSet claims(TestMember member) throws ParseException {
        return SignedJWT.parse(member.accessToken()).getJWTClaimsSet();
    }

    /** The stored member without its outbox, which the relay empties concurrently. */
    private Document member(String id) {
        Document member =
                mongo.getCollection("members").find(new Document("_id", id)).first();
        member.remove("outbox");
        member.remove("outboxLease");
        return member;
    }
}
