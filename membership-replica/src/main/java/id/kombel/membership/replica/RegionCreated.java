package id.kombel.membership.replica;

import id.kombel.platform.events.EventType;

@EventType("RegionCreated")
record RegionCreated(String regionId, String name, String province, String timeZone) implements RegionEvent {}
