package id.kombel.membership.membership;

import id.kombel.membership.community.CommunityRole;
import org.jspecify.annotations.Nullable;

/**
 * What every membership event carries: the membership's full state after the change, so consumers
 * replicate it from any one event, and {@code by}, who made the change (absent when the role followed
 * a change of the community's leadership).
 */
public sealed interface MembershipEvent
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

    CommunityRole role();

    MembershipStatus status();

    @Nullable
    String by();
}
