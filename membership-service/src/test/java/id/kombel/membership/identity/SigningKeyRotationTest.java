package id.kombel.membership.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.kombel.membership.Members;
import id.kombel.membership.TestMember;
import id.kombel.test.IntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.client.RestTestClient;

@IntegrationTest
@AutoConfigureRestTestClient
class SigningKeyRotationTest {

    @Autowired
    RestTestClient http;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    SigningKeys keys;

    @Autowired
    IdentityProperties properties;

    @Test
    void afterARotationOldTokensStillWorkTheJwksListsBothKeysAndNewTokensUseTheNewKey() throws Exception {
        TestMember teacher = Members.registeredTeacher(http);
        String oldKid = kid(teacher.accessToken());

        Map<?, ?> rotation = http.post()
                .uri("/api/v1/admin/signing-keys/rotations")
                .header("Authorization", Members.platformAdmin(http).bearer())
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        String newKid = (String) rotation.get("keyId");

        assertThat(newKid).isNotEqualTo(oldKid);
        http.get()
                .uri("/api/v1/members/me")
                .header("Authorization", teacher.bearer())
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(jwks().getKeys())
                .extracting(key -> key.getKeyID())
                .startsWith(newKid)
                .contains(oldKid);
        TestMember again = Members.signIn(http, teacher.email(), teacher.password());
        assertThat(kid(again.accessToken())).isEqualTo(newKid);
    }

    @Test
    void theJwksPublishesOnlyPublicRs256SigningKeysAndMayBeCachedFiveMinutes() throws Exception {
        String body = http.get()
                .uri("/.well-known/jwks.json")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("Cache-Control", "max-age=300, public")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        JWKSet set = JWKSet.parse(body);
        assertThat(set.getKeys()).isNotEmpty().allSatisfy(key -> {
            assertThat(key.isPrivate()).isFalse();
            assertThat(key.getAlgorithm().getName()).isEqualTo("RS256");
            assertThat(key.getKeyUse().identifier()).isEqualTo("sig");
            assertThat(key.toRSAKey().size()).isEqualTo(2048);
        });
        assertThat(body).doesNotContain("\"d\"", "\"p\"", "\"q\"");
    }

    @Test
    void onlyPlatformAdminsRotateAndARefusedRotationCreatesNoKey() {
        long before = mongo.getCollection("signing_keys").countDocuments();

        http.post()
                .uri("/api/v1/admin/signing-keys/rotations")
                .header(
                        "Authorization",
                        Members.regionAdmin(http, Members.HOME_REGION).bearer())
                .exchange()
                .expectStatus()
                .isForbidden();
        http.post()
                .uri("/api/v1/admin/signing-keys/rotations")
                .exchange()
                .expectStatus()
                .isUnauthorized();

        assertThat(mongo.getCollection("signing_keys").countDocuments()).isEqualTo(before);
    }

    @Test
    void theKeyRotatesByItselfOnceItIsOlderThanTheRotationPeriod() {
        String current = keys.current().kid();

        keys.rotateIfDue(Instant.now());
        assertThat(keys.current().kid()).as("a fresh key is not due").isEqualTo(current);

        keys.rotateIfDue(Instant.now().plus(Duration.ofDays(31)));
        assertThat(keys.current().kid()).isNotEqualTo(current);
        assertThat(keys.published()).extracting(key -> key.getKeyID()).contains(current);
    }

    @Test
    void aKeyAnotherInstanceRotatedToIsAcceptedAtOnceAndSignsHereAfterTheNextCheck() throws Exception {
        TestMember teacher = Members.registeredTeacher(http);
        RSAKey othersKey = new RSAKeyGenerator(2048)
                .keyID("other-instance-" + UUID.randomUUID())
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256)
                .generate();
        mongo.insert(new SigningKeyDocument(
                othersKey.getKeyID(), keys.current().generation() + 1, othersKey.toJSONString(), Instant.now()));

        http.get()
                .uri("/api/v1/members/me")
                .header("Authorization", "Bearer " + signedBy(othersKey, teacher.id()))
                .exchange()
                .expectStatus()
                .isOk();

        keys.maintain();
        assertThat(kid(Members.signIn(http, teacher.email(), teacher.password()).accessToken()))
                .isEqualTo(othersKey.getKeyID());
    }

    @Test
    void instancesStartingTogetherOnAnEmptyStoreCreateExactlyOneKey() throws Exception {
        mongo.remove(new Query(), SigningKeyDocument.class);
        List<SigningKeys> instances = Stream.generate(() -> new SigningKeys(mongo, properties, Clock.systemUTC()))
                .limit(4)
                .toList();
        ExecutorService starts = Executors.newFixedThreadPool(instances.size());
        try {
            for (Future<?> start : starts.invokeAll(instances.stream()
                    .map(instance -> (Callable<Object>) () -> {
                        instance.afterPropertiesSet();
                        return instance;
                    })
                    .toList())) {
                start.get();
            }

            assertThat(mongo.count(new Query(), SigningKeyDocument.class)).isEqualTo(1);
            assertThat(instances)
                    .extracting(instance -> instance.current().kid())
                    .containsOnly(instances.get(0).current().kid());
        } finally {
            starts.shutdown();
            keys.maintain();
        }
    }

    private static String signedBy(RSAKey key, String memberId) throws Exception {
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder()
                        .issuer("urn:kombel:membership")
                        .audience("kombel-api")
                        .subject(memberId)
                        .issueTime(Date.from(now))
                        .expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
                        .claim("roles", List.of("MEMBER"))
                        .build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private JWKSet jwks() throws Exception {
        return JWKSet.parse(http.get()
                .uri("/.well-known/jwks.json")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
    }

    private static String kid(String accessToken) throws Exception {
        return SignedJWT.parse(accessToken).getHeader().getKeyID();
    }
}
