package id.kombel.platform.security;

import id.kombel.platform.privacy.ErasedMembers;
import id.kombel.platform.web.ProblemWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.StringUtils;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every service is an OAuth2 resource server for membership-service's tokens. Everything needs a
 * valid token except the paths a service lists in {@code kombel.security.public-paths}, health and
 * metrics; other actuator endpoints (replay) are for platform admins.
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityAutoConfiguration {

    /**
     * Signature by one of the issuer's RS256 keys (no other algorithm), issuer, audience, time, as
     * the gateway checks them (the default validators skip a missing {@code exp}, and a token without
     * {@code sub} has no caller, so both must be present), and the subject not erased ({@link
     * ErasedMembers}, where the service has the event backbone).
     */
    public static OAuth2TokenValidator<Jwt> tokenValidator(
            SecurityProperties properties, @Nullable ErasedMembers erasedMembers) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>(List.of(
                JwtValidators.createDefaultWithIssuer(properties.issuer()),
                new JwtClaimValidator<List<String>>(
                        JwtClaimNames.AUD, audience -> audience != null && audience.contains(properties.audience())),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtClaimValidator<String>(JwtClaimNames.SUB, StringUtils::hasText)));
        if (erasedMembers != null) {
            validators.add(erasedMembers.tokenValidator());
        }
        return new DelegatingOAuth2TokenValidator<>(validators);
    }

    private static final MappedJwtClaimSetConverter CLAIMS = MappedJwtClaimSetConverter.withDefaults(
            Map.<String, Converter<Object, ?>>of(JwtClaimNames.ISS, issuer -> issuer.toString()));

    /**
     * Spring Security's claim types, except that {@code iss} stays text. By default it tries to make
     * the issuer a {@code java.net.URL}: ours ({@code urn:kombel:membership}) is not one, and every
     * failed attempt searched the application's jars for a {@code urn:} protocol handler and threw
     * exceptions, on every request (docs/performance.md). The issuer check compares text. Every
     * decoder of a service sets it, membership-service's own key-ring decoder too.
     */
    public static MappedJwtClaimSetConverter claimSetConverter() {
        return CLAIMS;
    }

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(SecurityProperties properties, ObjectProvider<ErasedMembers> erasedMembers) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(new RemoteSigningKeys(properties, Clock.systemUTC()))
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setClaimSetConverter(claimSetConverter());
        decoder.setJwtValidator(tokenValidator(properties, erasedMembers.getIfAvailable()));
        return decoder;
    }

    @Bean
    ProblemSecurityHandlers problemSecurityHandlers(ProblemWriter problemWriter) {
        return new ProblemSecurityHandlers(problemWriter);
    }

    @Bean
    SecurityFilterChain kombelSecurityFilterChain(
            HttpSecurity http,
            SecurityProperties properties,
            JwtDecoder decoder,
            ProblemSecurityHandlers problems,
            ProblemWriter problemWriter)
            throws Exception {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(TokenClaims.ROLES);
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        http.csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    for (String path : properties.publicPaths()) {
                        String[] parts = path.trim().split("\\s+", 2);
                        if (parts.length == 2) {
                            requests.requestMatchers(HttpMethod.valueOf(parts[0]), parts[1])
                                    .permitAll();
                        } else {
                            requests.requestMatchers(parts[0]).permitAll();
                        }
                    }
                    requests.requestMatchers(
                                    "/actuator/health",
                                    "/actuator/health/**",
                                    "/actuator/info",
                                    "/actuator/prometheus",
                                    "/v3/api-docs",
                                    "/v3/api-docs/**",
                                    "/error")
                            .permitAll()
                            .requestMatchers("/actuator/**")
                            .hasRole(Role.PLATFORM_ADMIN.name())
                            .anyRequest()
                            .authenticated();
                })
                .oauth2ResourceServer(server -> server.jwt(
                                jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(
                                        new TokenFailureHandler(problemWriter, problems));
                                return filter;
                            }
                        }))
                .exceptionHandling(
                        handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    /** Only where springdoc documents the service's API (every service has it; a library user may not). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(GlobalOpenApiCustomizer.class)
    static class ApiDocumentationConfiguration {

        @Bean
        GlobalOpenApiCustomizer bearerTokenDocumentation(SecurityProperties properties) {
            return new ApiDocumentation(properties);
        }
    }

    @Bean
    WebMvcConfigurer callerArgumentResolver() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }
}
