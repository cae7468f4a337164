package id.kombel.membership.region;

/** A region as the API shows it. */
record RegionResponse(String id, String name, String province, TimeZoneCode timeZone, String zoneId, long version) {

    static RegionResponse of(Region region) {
        return new RegionResponse(
                region.id(),
                region.name(),
                region.province(),
                region.timeZone(),
                region.timeZone().zone().getId(),
                region.version());
    }
}
