package id.kombel.membership.replica;

import id.kombel.platform.events.EventType;

/** The consumers' reading of membership-service's {@code MembershipDeclined}: the membership's new state. */
@EventType("MembershipDeclined")
record MembershipDeclined(String membershipId, String communityId, String memberId, String role, String status)
        implements MembershipEvent {}
