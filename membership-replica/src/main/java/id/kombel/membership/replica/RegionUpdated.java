package id.kombel.membership.replica;

import id.kombel.platform.events.EventType;

@EventType("RegionUpdated")
record RegionUpdated(String regionId, String name, String province, String timeZone) implements RegionEvent {}
