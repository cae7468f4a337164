package id.kombel.gateway.ratelimit;

import id.kombel.gateway.problem.ProblemResponses;
import id.kombel.gateway.ratelimit.RateLimitProperties.Quota;
import id.kombel.gateway.webapp.WebAppPaths;
import java.net.InetSocketAddress;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Counts each request against its client's quota, right after authentication (so that a member is
 * counted by the token's subject, however many addresses a mobile network gives them). The
 * gateway's own actuator is not limited: probes must always get through.
 */
class RateLimitFilter implements WebFilter, Ordered {

    /** Right after Spring Security's filter chain (order -100), which establishes who the caller is. */
    static final int ORDER = -99;

    static final String LOGIN = "/api/v1/auth/login";

    private final ClientRateLimiter limiter;
    private final RateLimitProperties quotas;
    private final ProblemResponses problems;

    RateLimitFilter(ClientRateLimiter limiter, RateLimitProperties quotas, ProblemResponses problems) {
        this.limiter = limiter;
        this.quotas = quotas;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String path = request.getPath().pathWithinApplication().value();
        if (path.startsWith("/actuator/") || WebAppPaths.isStatic(request.getMethod(), path)) {
            return chain.filter(exchange);
        }
        if (HttpMethod.POST.equals(request.getMethod()) && LOGIN.equals(path)) {
            return limit(exchange, chain, "login", quotas.login(), address(request));
        }
        return exchange.getPrincipal()
                .map(principal -> new Client("member", quotas.member(), "member:" + principal.getName()))
                .defaultIfEmpty(new Client("anonymous", quotas.anonymous(), address(request)))
                .flatMap(client -> limit(exchange, chain, client.policy(), client.quota(), client.key()));
    }

    private Mono<Void> limit(
            ServerWebExchange exchange, WebFilterChain chain, String policy, Quota quota, String client) {
        return limiter.tryAcquire(policy, quota, client)
                .flatMap(verdict -> verdict.allowed()
                        ? chain.filter(exchange)
                        : problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", verdict.retryAfter()));
    }

    /**
     * The peer's address. Behind a load balancer, set {@code server.forward-headers-strategy} so that
     * this is the client's address from {@code X-Forwarded-For}; never trust that header otherwise.
     */
    private static String address(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return "ip:"
                + (remote == null || remote.getAddress() == null
                        ? "unknown"
                        : remote.getAddress().getHostAddress());
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    private record Client(String policy, Quota quota, String key) {}
}
