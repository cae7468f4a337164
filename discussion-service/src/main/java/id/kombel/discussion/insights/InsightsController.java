package id.kombel.discussion.insights;

import id.kombel.platform.security.Caller;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Called by the gateway's region dashboard (without a period: the last twelve months up to today in
 * the region's time zone, as the other services answer); for that region's admins and platform admins.
 */
@RestController
class InsightsController {

    private final RegionInsights insights;

    InsightsController(RegionInsights insights) {
        this.insights = insights;
    }

    @GetMapping("/api/v1/regions/{regionId}/insights")
    RegionInsights.Insights get(
            Caller caller,
            @PathVariable String regionId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        return insights.compute(caller, regionId, from, to);
    }
}
