package id.kombel.membership.replica;

/** What the replica reads from every membership event: the membership's state after it. */
sealed interface MembershipEvent
        permits MembershipRequested,
                MemberInvited,
                MemberJoined,
                MembershipDeclined,
                MemberLeft,
                MemberRemoved,
                MemberRoleChanged {

    String membershipId();

    String communityId();

    String memberId();

    String role();

    String status();
}
