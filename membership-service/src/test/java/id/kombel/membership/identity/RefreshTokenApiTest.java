package id.kombel.membership.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import id.kombel.membership.Members;
import id.kombel.membership.TestMember;
import id.kombel.test.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@IntegrationTest
@AutoConfigureRestTestClient
class RefreshTokenApiTest {

    @Autowired
    RestTestClient http;

    @Test
    void aRefreshTokenIsExchangedOnceForANewPair() {
        TestMember teacher = Members.registeredTeacher(http);

        Map<?, ?> second = refresh(teacher.refreshToken());
        Map<?, ?> third = refresh((String) second.get("refreshToken"));

        assertThat(second.get("refreshToken")).isNotEqualTo(teacher.refreshToken());
        assertThat(third.get("refreshToken")).isNotEqualTo(second.get("refreshToken"));
        assertThat(second.get("tokenType")).isEqualTo("Bearer");
        http.get()
                .uri("/api/v1/members/me")
                .header("Authorization", "Bearer " + third.get("accessToken"))
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void presentingARotatedRefreshTokenRevokesTheWholeSignIn() {
        TestMember teacher = Members.registeredTeacher(http);
        Map<?, ?> rotated = refresh(teacher.refreshToken());

        refused(teacher.refreshToken());

        refused((String) rotated.get("refreshToken"));
    }

    @Test
    void otherSignInsSurviveTheRevocationOfOne() {
        TestMember teacher = Members.registeredTeacher(http);
        TestMember otherDevice = Members.signIn(http, teacher.email(), teacher.password());
        refresh(teacher.refreshToken());
        refused(teacher.refreshToken());

        refresh(otherDevice.refreshToken());
    }

    @Test
    void loggingOutEndsTheSignIn() {
        TestMember teacher = Members.registeredTeacher(http);
        Map<?, ?> rotated = refresh(teacher.refreshToken());

        logout((String) rotated.get("refreshToken"));
        logout((String) rotated.get("refreshToken"));
        logout("never-issued");

        refused((String) rotated.get("refreshToken"));
    }

    @Test
    void unknownOrMalformedRefreshTokensAreRefused() {
        refused("never-issued");
        http.post()
                .uri("/api/v1/auth/refresh")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"refreshToken\":{\"$ne\":\"\"}}")
                .exchange()
                .expectStatus()
                .isBadRequest();
    }

    @Test
    void aRefreshedAccessTokenCarriesRolesGrantedSinceSignIn() throws Exception {
        TestMember teacher = Members.registeredTeacher(http);
        TestMember admin = Members.platformAdmin(http);
        http.put()
                .uri("/api/v1/regions/{regionId}/admins/{memberId}", Members.HOME_REGION, teacher.id())
                .header("Authorization", admin.bearer())
                .exchange()
                .expectStatus()
                .isNoContent();

        Map<?, ?> refreshed = refresh(teacher.refreshToken());

        var claims = SignedJWT.parse((String) refreshed.get("accessToken")).getJWTClaimsSet();
        assertThat(claims.getStringListClaim("roles")).containsExactly("MEMBER", "REGION_ADMIN");
        assertThat(claims.getStringListClaim("adminRegions")).containsExactly(Members.HOME_REGION);
    }

    private Map<?, ?> refresh(String refreshToken) {
        return http.post()
                .uri("/api/v1/auth/refresh")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("refreshToken", refreshToken))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("Cache-Control", "no-store")
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
    }

    private void refused(String refreshToken) {
        http.post()
                .uri("/api/v1/auth/refresh")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("refreshToken", refreshToken))
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kombel.id/problems/invalid-refresh-token");
    }

    private void logout(String refreshToken) {
        http.post()
                .uri("/api/v1/auth/logout")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("refreshToken", refreshToken))
                .exchange()
                .expectStatus()
                .isNoContent();
    }
}
