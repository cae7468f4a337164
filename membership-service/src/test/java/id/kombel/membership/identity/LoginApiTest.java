package id.kombel.membership.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.kombel.membership.Members;
import id.kombel.membership.TestMember;
import id.kombel.test.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.client.RestTestClient;

@IntegrationTest
@AutoConfigureRestTestClient
class LoginApiTest {

    @Autowired
    RestTestClient http;

    @Autowired
    MongoTemplate mongo;

    @Test
    void signingInReturnsAnRs256AccessTokenForThisPlatformAndARefreshToken() throws Exception {
        TestMember teacher = Members.registeredTeacher(http);

        Map<?, ?> tokens = http.post()
                .uri("/api/v1/auth/login")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", teacher.email().toUpperCase(), "password", teacher.password()))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("Cache-Control", "no-store")
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();

        assertThat(tokens.get("tokenType")).isEqualTo("Bearer");
        assertThat(tokens.get("expiresIn")).isEqualTo(900);
        assertThat((String) tokens.get("refreshToken")).hasSizeGreaterThanOrEqualTo(43);
        SignedJWT jwt = SignedJWT.parse((String) tokens.get("accessToken"));
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(jwt.getHeader().getKeyID()).isNotBlank();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("urn:kombel:membership");
        assertThat(claims.getAudience()).containsExactly("kombel-api");
        assertThat(claims.getSubject()).isEqualTo(teacher.id());
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(Duration.between(
                        claims.getIssueTime().toInstant(),
                        claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(15));
        assertThat(claims.getStringListClaim("roles")).containsExactly("MEMBER");
        assertThat(claims.getStringListClaim("adminRegions")).isEmpty();
        assertThat(refreshTokenStoredInPlain((String) tokens.get("refreshToken")))
                .isFalse();

        http.get()
                .uri("/api/v1/members/me")
                .header("Authorization", "Bearer " + tokens.get("accessToken"))
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void theBootstrapAdminSignsInAsPlatformAdmin() throws Exception {
        TestMember admin = Members.platformAdmin(http);

        assertThat(SignedJWT.parse(admin.accessToken()).getJWTClaimsSet().getStringListClaim("roles"))
                .containsExactly("MEMBER", "PLATFORM_ADMIN");
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
        TestMember teacher = Members.registeredTeacher(http);

        byte[] wrongPassword = failedLogin(teacher.email(), "Salah-Kata-Sandi-1");
        byte[] unknownEmail = failedLogin(Members.newEmail(), "Salah-Kata-Sandi-1");

        assertThat(new String(wrongPassword))
                .contains("https://kombel.id/problems/invalid-credentials")
                .isEqualTo(new String(unknownEmail));
    }

    @Test
    void aPasswordThatIsNotUnicodeTextIsInvalidInputAndCountsNoFailure() {
        TestMember teacher = Members.registeredTeacher(http);

        for (String email : new String[] {teacher.email(), Members.newEmail()}) {
            http.post()
                    .uri("/api/v1/auth/login")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body("{\"email\":\"" + email + "\",\"password\":\"Salah-\\uD800-Sandi\"}")
                    .exchange()
                    .expectStatus()
                    .isBadRequest()
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo("https://kombel.id/problems/validation")
                    .jsonPath("$.errors[0].field")
                    .isEqualTo("password");
        }

        assertThat(signInState(teacher.id())).isEmpty();
        Members.signIn(http, teacher.email(), teacher.password());
    }

    @Test
    void fiveFailuresLockSignInWithRetryAfterEvenForTheRightPassword() {
        TestMember teacher = Members.registeredTeacher(http);
        for (int attempt = 1; attempt <= 5; attempt++) {
            failedLogin(teacher.email(), "Salah-Kata-Sandi-" + attempt);
        }

        lockedLogin(teacher, 1, 60);

        Document signIn = signInState(teacher.id());
        assertThat(signIn.getInteger("failures")).isEqualTo(5);
        assertThat(signIn.keySet()).containsExactlyInAnyOrder("failures", "lockedUntil");
    }

    @Test
    void eachFailureAfterALockDoublesTheNextLock() {
        TestMember teacher = Members.registeredTeacher(http);
        for (int attempt = 1; attempt <= 5; attempt++) {
            failedLogin(teacher.email(), "Salah-Kata-Sandi-" + attempt);
        }

        lockExpires(teacher.id());
        failedLogin(teacher.email(), "Salah-Kata-Sandi-6");
        lockedLogin(teacher, 61, 120);

        lockExpires(teacher.id());
        failedLogin(teacher.email(), "Salah-Kata-Sandi-7");
        lockedLogin(teacher, 181, 240);
    }

    @Test
    void aSuccessfulSignInAfterTheLockStartsTheCountAgain() {
        TestMember teacher = Members.registeredTeacher(http);
        for (int attempt = 1; attempt <= 5; attempt++) {
            failedLogin(teacher.email(), "Salah-Kata-Sandi-" + attempt);
        }
        lockExpires(teacher.id());

        Members.signIn(http, teacher.email(), teacher.password());

        assertThat(signInState(teacher.id())).isEmpty();
        for (int attempt = 1; attempt <= 4; attempt++) {
            failedLogin(teacher.email(), "Salah-Kata-Sandi-" + attempt);
        }
        Members.signIn(http, teacher.email(), teacher.password());
    }

    @Test
    void failedSignInsDoNotChangeTheProfilesVersion() {
        TestMember teacher = Members.registeredTeacher(http);

        failedLogin(teacher.email(), "Salah-Kata-Sandi-1");

        http.get()
                .uri("/api/v1/members/me")
                .header("Authorization", teacher.bearer())
                .exchange()
                .expectHeader()
                .valueEquals("ETag", "\"1\"");
    }

    @Test
    void aPasswordHashedWithAnOlderSchemeIsUpgradedAtTheNextSignIn() {
        TestMember teacher = Members.registeredTeacher(http);
        String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder(12).encode(teacher.password());
        mongo.getCollection("members")
                .updateOne(
                        new Document("_id", teacher.id()), new Document("$set", new Document("passwordHash", bcrypt)));

        Members.signIn(http, teacher.email(), teacher.password());

        String upgraded = mongo.getCollection("members")
                .find(new Document("_id", teacher.id()))
                .first()
                .getString("passwordHash");
        assertThat(upgraded).startsWith("{argon2}$argon2id$");
        Members.signIn(http, teacher.email(), teacher.password());
    }

    private byte[] failedLogin(String email, String password) {
        return http.post()
                .uri("/api/v1/auth/login")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", email, "password", password))
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/invalid-credentials")
                .returnResult()
                .getResponseBody();
    }

    private void lockedLogin(TestMember member, long minRetryAfter, long maxRetryAfter) {
        String retryAfter = http.post()
                .uri("/api/v1/auth/login")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", member.email(), "password", member.password()))
                .exchange()
                .expectStatus()
                .isEqualTo(429)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/login-locked")
                .returnResult()
                .getResponseHeaders()
                .getFirst("Retry-After");
        assertThat(Long.parseLong(retryAfter)).isBetween(minRetryAfter, maxRetryAfter);
    }

    /** Moves the lock into the past, as if its time had run out. */
    private void lockExpires(String memberId) {
        mongo.getCollection("members")
                .updateOne(
                        new Document("_id", memberId),
                        new Document(
                                "$set",
                                new Document(
                                        "signIn.lockedUntil",
                                        Date.from(Instant.now().minusSeconds(1)))));
    }

    private Document signInState(String memberId) {
        Document member = mongo.getCollection("members")
                .find(new Document("_id", memberId))
                .first();
        Document signIn = member.get("signIn", Document.class);
        return signIn == null ? new Document() : signIn;
    }

    private boolean refreshTokenStoredInPlain(String refreshToken) {
        return mongo.getCollection("refresh_tokens").countDocuments(new Document("_id", refreshToken)) > 0
                || mongo.getCollection("refresh_token_families")
                                .countDocuments(new Document("currentHash", refreshToken))
                        > 0;
    }
}
