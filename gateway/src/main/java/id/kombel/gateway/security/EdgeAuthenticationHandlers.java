package id.kombel.gateway.security;

import id.kombel.gateway.problem.ProblemResponses;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Answers refused requests with problem details, without saying why a token was refused: 401 for a
 * missing or bad token, 403 for a forbidden action, and 503 with {@code Retry-After} when the token
 * cannot be checked because membership-service's keys are out of reach (a 401 would make clients
 * drop a session that may be perfectly valid).
 */
class EdgeAuthenticationHandlers
        implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler, ServerAuthenticationFailureHandler {

    private static final Duration IDENTITY_RETRY_AFTER = Duration.ofSeconds(5);

    private final ProblemResponses problems;

    EdgeAuthenticationHandlers(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthorized");
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return problems.write(exchange, HttpStatus.FORBIDDEN, "forbidden");
    }

    @Override
    public Mono<Void> onAuthenticationFailure(WebFilterExchange exchange, AuthenticationException failure) {
        if (failure instanceof AuthenticationServiceException) {
            return problems.write(
                    exchange.getExchange(),
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "identity-unavailable",
                    IDENTITY_RETRY_AFTER);
        }
        return commence(exchange.getExchange(), failure);
    }
}
