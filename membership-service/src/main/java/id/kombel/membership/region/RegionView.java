package id.kombel.membership.region;

import java.time.ZoneId;

/** What other features of this service may know of a region. */
public record RegionView(String id, String name, String province, TimeZoneCode timeZone) {

    public ZoneId zone() {
        return timeZone.zone();
    }

    static RegionView of(Region region) {
        return new RegionView(region.id(), region.name(), region.province(), region.timeZone());
    }
}
