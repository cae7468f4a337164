package id.kombel.gateway.dashboard;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Composes a region's dashboard from the three services in parallel. The circuit breakers and time
 * limits are {@code dashboard-membership}, {@code dashboard-learning} and
 * {@code dashboard-discussion} in application.yml.
 */
@Service
@EnableConfigurationProperties(ServiceUrls.class)
class RegionDashboards {

    private final RegionInsights membership;
    private final RegionInsights learning;
    private final RegionInsights discussion;

    RegionDashboards(WebClient.Builder http, ServiceUrls services, ReactiveCircuitBreakerFactory<?, ?> breakers) {
        WebClient client = http.build();
        this.membership = new RegionInsights(client, services.membership(), breakers.create("dashboard-membership"));
        this.learning = new RegionInsights(client, services.learning(), breakers.create("dashboard-learning"));
        this.discussion = new RegionInsights(client, services.discussion(), breakers.create("dashboard-discussion"));
    }

    Mono<RegionDashboard> of(String regionId, String token, @Nullable String requestId) {
        return Mono.zip(
                        membership.of(regionId, token, requestId),
                        learning.of(regionId, token, requestId),
                        discussion.of(regionId, token, requestId))
                .map(parts -> RegionDashboard.of(regionId, parts.getT1(), parts.getT2(), parts.getT3()));
    }
}
