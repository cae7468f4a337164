package id.kombel.membership;

import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.ExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Members for membership-service's tests, made the way clients make them: registered and signed in
 * through the API, so their tokens are the service's own. The platform admin is the bootstrap admin
 * of {@code src/test/resources/config/application.yml}.
 */
public final class Members {

    public static final String ADMIN_EMAIL = "admin@kombel.test";
    public static final String ADMIN_PASSWORD = "Uji-Pengelola-Platform-2026";

    /** The region teachers register in unless a test names another; created on first use. */
    public static final String HOME_REGION = "kota-bandung";

    /** Meets the password rules and contains no fixture email's local part. */
    public static final String PASSWORD = "Belajar-Bersama-2026";

    private Members() {}

    /** A mathematics teacher (SMP) of {@link #HOME_REGION}, signed in. */
    public static TestMember registeredTeacher(RestTestClient http) {
        return registeredTeacher(http, HOME_REGION);
    }

    /** A mathematics teacher (SMP) of the given region (created if missing), signed in. */
    public static TestMember registeredTeacher(RestTestClient http, String regionId) {
        String email = newEmail();
        if (register(http, email, regionId).getStatus().isSameCodeAs(HttpStatus.NOT_FOUND)) {
            region(http, regionId);
            if (!register(http, email, regionId).getStatus().isSameCodeAs(HttpStatus.CREATED)) {
                throw new IllegalStateException("registration failed in region " + regionId + " after creating it");
            }
        }
        return signIn(http, email, PASSWORD);
    }

    private static ExchangeResult register(RestTestClient http, String email, String regionId) {
        ExchangeResult result = http.post()
                .uri("/api/v1/members")
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"email":"%s","password":"%s","name":"Siti Rahmawati","regionId":"%s",
                         "school":"SMP Negeri 5 Bandung","subjects":["Matematika"],"levels":["SMP"],
                         "educatorType":"PENDIDIK"}""".formatted(email, PASSWORD, regionId))
                .exchange()
                .returnResult();
        HttpStatusCode status = result.getStatus();
        if (!status.isSameCodeAs(HttpStatus.CREATED) && !status.isSameCodeAs(HttpStatus.NOT_FOUND)) {
            throw new IllegalStateException("registration answered " + status);
        }
        return result;
    }

    /** The bootstrap platform admin, signed in. */
    public static TestMember platformAdmin(RestTestClient http) {
        return signIn(http, ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /** A teacher appointed admin of the given regions (created if missing), signed in afterwards. */
    public static TestMember regionAdmin(RestTestClient http, String... regionIds) {
        TestMember teacher = registeredTeacher(http);
        TestMember admin = platformAdmin(http);
        for (String regionId : regionIds) {
            region(http, admin, regionId);
            http.put()
                    .uri("/api/v1/regions/{regionId}/admins/{memberId}", regionId, teacher.id())
                    .header("Authorization", admin.bearer())
                    .exchange()
                    .expectStatus()
                    .isNoContent();
        }
        return signIn(http, teacher.email(), teacher.password());
    }

    /** Signs in; fails the test unless the credentials are right. */
    public static TestMember signIn(RestTestClient http, String email, String password) {
        Map<?, ?> tokens = http.post()
                .uri("/api/v1/auth/login")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", email, "password", password))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        String accessToken = (String) tokens.get("accessToken");
        return new TestMember(
                subjectOf(accessToken), email, password, accessToken, (String) tokens.get("refreshToken"));
    }

    /** Makes sure the region exists (the platform admin creates it when it does not). */
    public static void region(RestTestClient http, String regionId) {
        region(http, platformAdmin(http), regionId);
    }

    private static void region(RestTestClient http, TestMember admin, String regionId) {
        HttpStatusCode status = http.get()
                .uri("/api/v1/regions/{regionId}", regionId)
                .header("Authorization", admin.bearer())
                .exchange()
                .returnResult()
                .getStatus();
        if (status.isSameCodeAs(HttpStatus.NOT_FOUND)) {
            http.post()
                    .uri("/api/v1/regions")
                    .header("Authorization", admin.bearer())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body("""
                            {"code":"%s","name":"%s","province":"Jawa Barat","timeZone":"WIB"}""".formatted(regionId, regionId))
                    .exchange()
                    .expectStatus()
                    .isCreated();
        }
    }

    /** A fresh address for every member, so tests never collide. */
    public static String newEmail() {
        return "guru." + UUID.randomUUID().toString().substring(0, 8) + "@sekolah.test";
    }

    private static String subjectOf(String accessToken) {
        try {
            return com.nimbusds.jwt.SignedJWT.parse(accessToken)
                    .getJWTClaimsSet()
                    .getSubject();
        } catch (java.text.ParseException e) {
            throw new IllegalStateException("the service issued an unreadable access token", e);
        }
    }
}
