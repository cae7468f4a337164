package id.kombel.membership.community;

import id.kombel.platform.events.EventType;

/** A member proposed a new community; it waits for its region's admin to verify it. */
@EventType("CommunityProposed")
public record CommunityProposed(
        String communityId, String regionId, String name, CommunityType type, CommunityStatus status) {}
