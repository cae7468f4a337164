package id.kombel.membership.replica;

import id.kombel.platform.events.EventType;

/** The consumers' reading of membership-service's {@code MembershipRequested}: the membership's new state. */
@EventType("MembershipRequested")
record MembershipRequested(String membershipId, String communityId, String memberId, String role, String status)
        implements MembershipEvent {}
