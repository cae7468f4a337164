package id.kombel.gateway.security;

import id.kombel.gateway.edge.EdgeProperties;
import id.kombel.gateway.problem.ProblemResponses;
import id.kombel.gateway.webapp.WebAppPaths;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity.HeaderSpec;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Filter chains: the web client's page and assets and the API documentation (both public, each with a
 * content security policy it can run under), and everything else (a valid token unless the path is public, and a strict policy,
 * since API responses are JSON and never a page).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties({TokenProperties.class, EdgeProperties.class})
class SecurityConfiguration {

    static final String[] DOCUMENTATION = {"/swagger-ui.html", "/swagger-ui/**", "/webjars/**", "/v3/api-docs/**"};

    private static final String API_POLICY =
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private static final String DOCUMENTATION_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; base-uri 'self'";

    /**
     * The web client: scripts, styles and API calls from this origin only, no inline script, no
     * framing; images only its own or inline SVG data.
     */
    private static final String WEB_APP_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; "
            + "base-uri 'self'; form-action 'self'";

    @Bean
    SigningKeys signingKeys(WebClient.Builder http, TokenProperties properties) {
        return new SigningKeys(http.build(), properties, Clock.systemUTC());
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(SigningKeys keys, TokenProperties properties, MeterRegistry meters) {
        return TokenDecoding.decoder(keys, properties, Clock.systemUTC(), meters);
    }

    @Bean
    EdgeAuthenticationHandlers edgeAuthenticationHandlers(ProblemResponses problems) {
        return new EdgeAuthenticationHandlers(problems);
    }

    @Bean
    @Order(1)
    SecurityWebFilterChain documentation(ServerHttpSecurity http, EdgeProperties edge) {
        return stateless(http)
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, DOCUMENTATION))
                .headers(headers -> securityHeaders(headers, edge, DOCUMENTATION_POLICY))
                .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                .build();
    }

    @Bean
    @Order(1)
    SecurityWebFilterChain webApp(ServerHttpSecurity http, EdgeProperties edge) {
        return stateless(http)
                .securityMatcher(WebAppPaths.matcher())
                .headers(headers -> securityHeaders(headers, edge, WEB_APP_POLICY))
                .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                .build();
    }

    /**
     * The scrape on the management port only: that port (set {@code MANAGEMENT_SERVER_PORT}) is
     * reachable inside the deployment's network and never published, so Prometheus reads the
     * gateway's metrics there while the public port keeps them behind a platform-admin token.
     */
    @Bean
    @Order(0)
    SecurityWebFilterChain managementScrape(ServerHttpSecurity http, Environment environment) {
        return stateless(http)
                .securityMatcher(new AndServerWebExchangeMatcher(
                        new OnManagementPort(environment),
                        ServerWebExchangeMatchers.pathMatchers(
                                HttpMethod.GET, "/actuator/prometheus", "/actuator/health", "/actuator/health/**")))
                .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                .build();
    }

    @Bean
    @Order(2)
    SecurityWebFilterChain api(
            ServerHttpSecurity http,
            TokenProperties tokens,
            EdgeProperties edge,
            ReactiveJwtDecoder decoder,
            EdgeAuthenticationHandlers handlers) {
        ServerWebExchangeMatcher publicPaths = PublicPaths.matcher(tokens.publicPaths());
        return stateless(http)
                .cors(cors -> cors.configurationSource(webOrigins(edge)))
                .headers(headers -> securityHeaders(headers, edge, API_POLICY))
                .authorizeExchange(exchanges -> exchanges
                        .matchers(publicPaths)
                        .permitAll()
                        .pathMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .pathMatchers("/actuator/**")
                        .hasRole("PLATFORM_ADMIN")
                        .anyExchange()
                        .authenticated())
                .oauth2ResourceServer(server -> server.bearerTokenConverter(PublicPaths.bearerTokenOutside(publicPaths))
                        .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(roles()))
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers)
                        .authenticationFailureHandler(handlers))
                .exceptionHandling(
                        handling -> handling.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
                .build();
    }

    private static ServerHttpSecurity stateless(ServerHttpSecurity http) {
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .anonymous(ServerHttpSecurity.AnonymousSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance());
    }

    private static void securityHeaders(HeaderSpec headers, EdgeProperties edge, String policy) {
        headers.contentTypeOptions(options -> {})
                .frameOptions(frames -> frames.mode(Mode.DENY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .contentSecurityPolicy(csp -> csp.policyDirectives(policy));
        if (edge.hstsMaxAge().isZero()) {
            headers.hsts(HeaderSpec.HstsSpec::disable);
        } else {
            headers.hsts(hsts -> hsts.maxAge(edge.hstsMaxAge()).includeSubdomains(true));
        }
    }

    /** Platform roles from the token's {@code roles} claim, as {@code ROLE_*} authorities. */
    private static ReactiveJwtAuthenticationConverterAdapter roles() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName("roles");
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }

    /**
     * Only the configured web apps may call from a browser. With none configured, every cross-origin
     * request is still checked (against an empty list), so a foreign preflight gets 403 rather than
     * passing through unchecked.
     */
    private static CorsConfigurationSource webOrigins(EdgeProperties edge) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(edge.webOrigins());
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        cors.setAllowedHeaders(List.of(
                HttpHeaders.AUTHORIZATION,
                HttpHeaders.CONTENT_TYPE,
                HttpHeaders.ACCEPT_LANGUAGE,
                HttpHeaders.IF_MATCH,
                HttpHeaders.IF_NONE_MATCH,
                "Idempotency-Key",
                "X-Request-Id",
                "traceparent",
                "tracestate"));
        cors.setExposedHeaders(
                List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER, "X-Request-Id"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(Duration.ofHours(1));
        return exchange -> cors;
    }
}
