package id.kombel.membership.insights;

import id.kombel.platform.security.Caller;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/regions/{regionId}/insights?from=YYYY-MM-DD&to=YYYY-MM-DD}: the region dashboard's membership part. */
@RestController
class RegionInsightsController {

    private final RegionInsightsService insights;

    RegionInsightsController(RegionInsightsService insights) {
        this.insights = insights;
    }

    @GetMapping("/api/v1/regions/{regionId}/insights")
    RegionInsights insights(
            Caller caller,
            @PathVariable String regionId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        return insights.of(caller, regionId, from, to);
    }
}
