package id.kombel.membership.region;

import id.kombel.platform.events.EventType;

/** A platform admin registered an education office's region. */
@EventType("RegionCreated")
public record RegionCreated(String regionId, String name, String province, String timeZone) {}
