package id.kombel.membership.region;

import id.kombel.platform.events.EventType;

/** A region's name, province or time zone changed; carries the full new state. */
@EventType("RegionUpdated")
public record RegionUpdated(String regionId, String name, String province, String timeZone) {}
