package id.kombel.membership.replica;

import id.kombel.platform.events.EventType;

/** The consumers' reading of membership-service's {@code MemberJoined}: the membership's new state. */
@EventType("MemberJoined")
record MemberJoined(String membershipId, String communityId, String memberId, String role, String status)
        implements MembershipEvent {}
