package id.kombel.gateway.dashboard;

import id.kombel.gateway.edge.RequestIdFilter;
import id.kombel.gateway.problem.ProblemException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/v1/regions/{regionId}/dashboard}, for the region's admins and platform admins.
 * Served by the gateway itself: handler methods take precedence over routes, so this path does not
 * reach membership-service although the rest of {@code /api/v1/regions/**} does.
 */
@RestController
class RegionDashboardController {

    private final RegionDashboards dashboards;

    RegionDashboardController(RegionDashboards dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping(path = "/api/v1/regions/{regionId}/dashboard", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<RegionDashboard> dashboard(
            @PathVariable String regionId, @AuthenticationPrincipal Jwt token, ServerHttpRequest request) {
        if (!administers(token, regionId)) {
            return Mono.error(new ProblemException(HttpStatus.FORBIDDEN, "forbidden"));
        }
        return dashboards.of(
                regionId, token.getTokenValue(), request.getHeaders().getFirst(RequestIdFilter.HEADER));
    }

    /** Platform admins administer every region; region admins the regions named in their token. */
    private static boolean administers(Jwt token, String regionId) {
        List<String> roles = claim(token, "roles");
        return roles.contains("PLATFORM_ADMIN")
                || (roles.contains("REGION_ADMIN")
                        && claim(token, "adminRegions").contains(regionId));
    }

    private static List<String> claim(Jwt token, String name) {
        List<String> values = token.getClaimAsStringList(name);
        return values == null ? List.of() : values;
    }
}
