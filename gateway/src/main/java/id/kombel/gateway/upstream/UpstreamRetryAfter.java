package id.kombel.gateway.upstream;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * When to tell a client to come back after its route's service failed: the wait of the route's
 * circuit breaker in the open state, the earliest moment the gateway will try that service again.
 */
@Component
public class UpstreamRetryAfter {

    private final CircuitBreakerRegistry breakers;

    UpstreamRetryAfter(CircuitBreakerRegistry breakers) {
        this.breakers = breakers;
    }

    public Duration of(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(GATEWAY_ROUTE_ATTR);
        CircuitBreakerConfig config = route == null
                ? breakers.getDefaultConfig()
                : breakers.find(route.getId())
                        .map(breaker -> breaker.getCircuitBreakerConfig())
                        .orElseGet(breakers::getDefaultConfig);
        return Duration.ofMillis(config.getWaitIntervalFunctionInOpenState().apply(1));
    }
}
