package id.kombel.gateway.security;

import org.springframework.core.env.Environment;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Requests that arrived on the management port, when management has a port of its own (set {@code
 * MANAGEMENT_SERVER_PORT}); with management on the public port, none. The port really bound (0 in
 * the configuration means "any free one") is known once both servers started, and is looked up
 * until then only: resolving a property walks every property source, far too slow for each request.
 */
final class OnManagementPort implements ServerWebExchangeMatcher {

    private static final int UNKNOWN = -1;
    private static final int SHARED = 0;

    private final Environment environment;
    private volatile int port;

    OnManagementPort(Environment environment) {
        this.environment = environment;
        this.port = environment.getProperty("management.server.port") == null ? SHARED : UNKNOWN;
    }

    @Override
    public Mono<MatchResult> matches(ServerWebExchange exchange) {
        int managementPort = port();
        var local = exchange.getRequest().getLocalAddress();
        return managementPort > 0 && local != null && local.getPort() == managementPort
                ? MatchResult.match()
                : MatchResult.notMatch();
    }

    private int port() {
        int known = port;
        if (known != UNKNOWN) {
            return known;
        }
        int management = environment.getProperty("local.management.port", Integer.class, UNKNOWN);
        int server = environment.getProperty("local.server.port", Integer.class, UNKNOWN);
        if (management <= 0 || server <= 0) {
            return UNKNOWN;
        }
        // Boot reports the public port here when management shares it: then nothing matches
        port = management == server ? SHARED : management;
        return port;
    }
}
