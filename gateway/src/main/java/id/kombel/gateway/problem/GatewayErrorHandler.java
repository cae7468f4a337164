package id.kombel.gateway.problem;

import id.kombel.gateway.upstream.UpstreamRetryAfter;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.netty.channel.ConnectTimeoutException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;

/**
 * The last word on every error, before Spring Boot's default handler: a problem response for each
 * kind of failure. A service that cannot be reached (connection refused or dropped, its breaker
 * open) is a 503 with {@code Retry-After}; one that answers too late a 504; anything unexpected a
 * logged, generic 500.
 */
@Component
@Order(-2)
class GatewayErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

    private final ProblemResponses problems;
    private final UpstreamRetryAfter retryAfter;

    GatewayErrorHandler(ProblemResponses problems, UpstreamRetryAfter retryAfter) {
        this.problems = problems;
        this.retryAfter = retryAfter;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        ProblemException problem = problemIn(error);
        if (problem != null) {
            return problems.write(exchange, problem.status(), problem.type(), problem.retryAfter());
        }
        if (isUnreachable(error)) {
            return problems.write(
                    exchange, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", retryAfter.of(exchange));
        }
        if (isTimeout(error)) {
            return problems.write(exchange, HttpStatus.GATEWAY_TIMEOUT, "upstream-timeout");
        }
        if (error instanceof ResponseStatusException rejected
                && !rejected.getStatusCode().is5xxServerError()) {
            return problems.write(exchange, rejected.getStatusCode(), typeOf(rejected.getStatusCode()));
        }
        log.error(
                "Unexpected failure on {} {}",
                exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(),
                error);
        return problems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, "internal");
    }

    /** Ours, possibly wrapped by the proxy when it failed while streaming a request body. */
    private static @Nullable ProblemException problemIn(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem;
            }
        }
        return null;
    }

    private static boolean isUnreachable(Throwable error) {
        if (error instanceof ServiceUnavailableException) {
            return true;
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof CallNotPermittedException
                    || cause instanceof ConnectException
                    || cause instanceof ConnectTimeoutException
                    || cause instanceof PrematureCloseException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTimeout(Throwable error) {
        if (error instanceof ResponseStatusException rejected
                && rejected.getStatusCode().value() == HttpStatus.GATEWAY_TIMEOUT.value()) {
            return true;
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String typeOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> "bad-request";
        };
    }
}
