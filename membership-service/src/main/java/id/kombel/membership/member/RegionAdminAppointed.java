package id.kombel.membership.member;

import id.kombel.platform.events.EventType;

/** A platform admin made a member an admin of a region (an education office). */
@EventType("RegionAdminAppointed")
public record RegionAdminAppointed(String memberId, String regionId) {}
