package id.kombel.learning.insights;

import id.kombel.membership.replica.RegionReplica;
import id.kombel.membership.replica.Regions;
import id.kombel.platform.security.Caller;
import id.kombel.platform.web.ForbiddenException;
import id.kombel.platform.web.RuleViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/regions/{regionId}/insights?from&to} for the region's admins and platform admins.
 * Without dates it covers the last twelve months up to today in the region's time zone (the dashboard
 * asks without them); at most {@link #MAX_PERIOD}.
 */
@RestController
class RegionInsightsController {

    static final Period MAX_PERIOD = Period.ofYears(2);

    private final List<RegionInsightsPart> parts;
    private final Regions regions;
    private final Clock clock;

    RegionInsightsController(List<RegionInsightsPart> parts, Regions regions, Clock clock) {
        this.parts = parts;
        this.regions = regions;
        this.clock = clock;
    }

    @GetMapping("/api/v1/regions/{regionId}/insights")
    Map<String, Object> insights(
            Caller caller,
            @PathVariable String regionId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        if (!caller.administers(regionId)) {
            throw new ForbiddenException(caller.memberId() + " does not administer region " + regionId);
        }
        ZoneId zone = regions.find(regionId).map(RegionReplica::zone).orElse(ZoneId.of("Asia/Jakarta"));
        LocalDate until = to != null ? to : LocalDate.now(clock.withZone(zone));
        LocalDate since = from != null ? from : until.minusMonths(12).withDayOfMonth(1);
        if (since.isAfter(until) || since.plus(MAX_PERIOD).isBefore(until)) {
            throw new RuleViolationException("invalid-period", "period %s to %s".formatted(since, until));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("regionId", regionId);
        answer.put("from", since);
        answer.put("to", until);
        for (RegionInsightsPart part : parts) {
            answer.put(part.name(), part.compute(regionId, since, until));
        }
        return answer;
    }
}
