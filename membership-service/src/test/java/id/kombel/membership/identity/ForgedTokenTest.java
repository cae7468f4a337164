package id.kombel.membership.identity;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import id.kombel.membership.Members;
import id.kombel.membership.TestMember;
import id.kombel.test.IntegrationTest;
import id.kombel.test.TestIdentity;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * membership-service accepts only the access tokens it signed itself, unexpired, unchanged, for this
 * platform's audience. The forgeries use the service's real private key where that makes the
 * forgery stronger (an expired or foreign-audience token that is otherwise perfect).
 */
@IntegrationTest
@AutoConfigureRestTestClient
class ForgedTokenTest {

    @Autowired
    RestTestClient http;

    @Autowired
    MongoTemplate mongo;

    @Test
    void theServicesOwnTokenGetsIn() {
        TestMember teacher = Members.registeredTeacher(http);

        me("Bearer " + teacher.accessToken()).isOk();
        me("Bearer " + signed(claims(teacher.id()).build())).isOk();
    }

    @Test
    void anExpiredTokenIsRefused() {
        TestMember teacher = Members.registeredTeacher(http);
        Instant past = Instant.now().minus(Duration.ofHours(1));

        me("Bearer "
                        + signed(claims(teacher.id())
                                .issueTime(Date.from(past))
                                .expirationTime(Date.from(past.plus(Duration.ofMinutes(15))))
                                .build()))
                .isUnauthorized();
    }

    @Test
    void aTokenForAnotherAudienceOrIssuerIsRefused() {
        TestMember teacher = Members.registeredTeacher(http);

        me("Bearer " + signed(claims(teacher.id()).audience("another-api").build()))
                .isUnauthorized();
        me("Bearer " + signed(claims(teacher.id()).issuer("urn:evil").build())).isUnauthorized();
    }

    @Test
    void aTamperedPayloadIsRefused() {
        TestMember teacher = Members.registeredTeacher(http);
        String[] parts = teacher.accessToken().split("\\.");
        String raised = Base64URL.encode(claims(teacher.id())
                        .claim("roles", List.of("MEMBER", "PLATFORM_ADMIN"))
                        .build()
                        .toString())
                .toString();

        me("Bearer " + parts[0] + "." + raised + "." + parts[2]).isUnauthorized();
    }

    @Test
    void anUnsignedTokenIsRefused() {
        TestMember teacher = Members.registeredTeacher(http);

        me("Bearer " + new PlainJWT(claims(teacher.id()).build()).serialize()).isUnauthorized();
    }

    @Test
    void anHs256TokenKeyedWithThePublicKeyIsRefused() throws Exception {
        TestMember teacher = Members.registeredTeacher(http);
        RSAKey key = currentKey();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID()).build(),
                claims(teacher.id()).build());
        jwt.sign(new MACSigner(key.toRSAPublicKey().getEncoded()));

        me("Bearer " + jwt.serialize()).isUnauthorized();
    }

    @Test
    void aTokenFromAnotherIssuersKeyIsRefused() {
        TestMember teacher = Members.registeredTeacher(http);

        me("Bearer " + TestIdentity.shared().platformAdmin(teacher.id())).isUnauthorized();
        me("Bearer not-a-jwt").isUnauthorized();
    }

    private org.springframework.test.web.servlet.client.StatusAssertions me(String authorization) {
        return http.get()
                .uri("/api/v1/members/me")
                .header("Authorization", authorization)
                .accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus();
    }

    private static JWTClaimsSet.Builder claims(String memberId) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer("urn:kombel:membership")
                .audience("kombel-api")
                .subject(memberId)
                .jwtID(java.util.UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
                .claim("roles", List.of("MEMBER"))
                .claim("adminRegions", List.of());
    }

    /** Signed with the service's current private key, read from its database. */
    private String signed(JWTClaimsSet claims) {
        try {
            RSAKey key = currentKey();
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private RSAKey currentKey() {
        try {
            Document newest = mongo.getCollection("signing_keys")
                    .find()
                    .sort(new Document("generation", -1))
                    .first();
            return RSAKey.parse(newest.getString("jwk"));
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
