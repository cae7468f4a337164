package id.kombel.membership.replica;

import id.kombel.platform.events.EventType;

/** The consumers' reading of membership-service's {@code MemberRoleChanged}: the membership's new state. */
@EventType("MemberRoleChanged")
record MemberRoleChanged(String membershipId, String communityId, String memberId, String role, String status)
        implements MembershipEvent {}
