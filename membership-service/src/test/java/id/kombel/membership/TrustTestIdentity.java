package id.kombel.membership;

import id.kombel.platform.privacy.ErasedMembers;
import id.kombel.platform.security.SecurityAutoConfiguration;
import id.kombel.platform.security.SecurityProperties;
import id.kombel.test.TestIdentity;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * For the community and membership tests only: besides membership-service's own tokens, accept the
 * shared {@link TestIdentity}'s, so these tests can act as any member, lead or region admin by id
 * without registering each one. Identity's own tests run without it and prove that production trusts
 * nothing but the service's own keys ({@code ForgedTokenTest}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TrustTestIdentity {

    @Bean
    @Primary
    JwtDecoder ownOrTestIdentityTokens(
            @Qualifier("jwtDecoder") JwtDecoder own, SecurityProperties security, ErasedMembers erasedMembers) {
        NimbusJwtDecoder testIdentity = NimbusJwtDecoder.withJwkSetUri(
                        TestIdentity.shared().jwksUri())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        testIdentity.setJwtValidator(SecurityAutoConfiguration.tokenValidator(security, erasedMembers));
        return token -> {
            try {
                return own.decode(token);
            } catch (JwtException notOurs) {
                return testIdentity.decode(token);
            }
        };
    }
}
