package id.kombel.membership.identity;

import id.kombel.platform.privacy.ErasedMembers;
import id.kombel.platform.security.SecurityAutoConfiguration;
import id.kombel.platform.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(IdentityProperties.class)
class IdentityConfiguration {

    /**
     * membership-service validates the tokens it issues with its own key ring (RS256 only, the
     * platform's issuer, audience and time checks, and refusing erased members' tokens) instead of fetching its own JWKS over HTTP. Replaces
     * the platform's JWKS-URI decoder, which every other service uses.
     */
    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys, SecurityProperties security, ErasedMembers erasedMembers) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys)
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setClaimSetConverter(SecurityAutoConfiguration.claimSetConverter());
        decoder.setJwtValidator(SecurityAutoConfiguration.tokenValidator(security, erasedMembers));
        return decoder;
    }

    /** Every instance reloads the keys, rotates a due key and destroys expired ones, periodically. */
    @Bean
    SchedulingConfigurer signingKeyMaintenance(SigningKeys keys, IdentityProperties properties) {
        return registrar -> registrar.addFixedDelayTask(keys::maintain, properties.keyCheckInterval());
    }
}
