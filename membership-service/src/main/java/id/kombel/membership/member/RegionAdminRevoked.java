package id.kombel.membership.member;

import id.kombel.platform.events.EventType;

/** A platform admin withdrew a member's admin role for a region. */
@EventType("RegionAdminRevoked")
public record RegionAdminRevoked(String memberId, String regionId) {}
