package id.kombel.gateway.dashboard;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * One service's insights on a region ({@code GET /api/v1/regions/{id}/insights}), asked with the
 * caller's own token so that the service applies its own authorization. A refusal (4xx) makes the
 * part unavailable without counting against the service; failures, 5xx and slowness go through the
 * part's circuit breaker and time limit.
 */
class RegionInsights {

    private final WebClient http;
    private final URI service;
    private final ReactiveCircuitBreaker breaker;

    RegionInsights(WebClient http, URI service, ReactiveCircuitBreaker breaker) {
        this.http = http;
        this.service = service;
        this.breaker = breaker;
    }

    Mono<DashboardPart> of(String regionId, String token, @Nullable String requestId) {
        URI uri = UriComponentsBuilder.fromUri(service)
                .path("/api/v1/regions/{regionId}/insights")
                .build(regionId);
        Mono<DashboardPart> call = http.get()
                .uri(uri)
                .accept(MediaType.APPLICATION_JSON)
                .headers(headers -> {
                    headers.setBearerAuth(token);
                    if (requestId != null) {
                        headers.set("X-Request-Id", requestId);
                    }
                })
                .exchangeToMono(RegionInsights::part);
        return breaker.run(call, failure -> Mono.just(DashboardPart.unavailable()));
    }

    private static Mono<DashboardPart> part(ClientResponse response) {
        if (response.statusCode().is2xxSuccessful()) {
            return response.bodyToMono(JsonNode.class)
                    .map(DashboardPart::ok)
                    .defaultIfEmpty(DashboardPart.unavailable());
        }
        if (response.statusCode().is5xxServerError()) {
            return response.createError();
        }
        return response.releaseBody().thenReturn(DashboardPart.unavailable());
    }
}
