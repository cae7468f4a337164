package id.kombel.membership.replica;

import id.kombel.platform.events.EventType;

/** The consumers' reading of membership-service's {@code CommunityProposed}: only what they need. */
@EventType("CommunityProposed")
record CommunityProposed(String communityId, String regionId, String name, String type, String status) {}
