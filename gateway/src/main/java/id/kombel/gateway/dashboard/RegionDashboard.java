package id.kombel.gateway.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a region's admin sees: each service's part, and whether any part is missing.
 *
 * @param parts by service: {@code membership}, {@code learning}, {@code discussion}
 */
record RegionDashboard(String regionId, boolean partial, Map<String, DashboardPart> parts) {

    static RegionDashboard of(
            String regionId, DashboardPart membership, DashboardPart learning, DashboardPart discussion) {
        Map<String, DashboardPart> parts = new LinkedHashMap<>();
        parts.put("membership", membership);
        parts.put("learning", learning);
        parts.put("discussion", discussion);
        boolean partial = parts.values().stream().anyMatch(part -> !part.available());
        return new RegionDashboard(regionId, partial, parts);
    }
}
