package id.kombel.membership.membership;

import id.kombel.membership.community.CommunityRole;
import id.kombel.platform.events.EventType;
import org.jspecify.annotations.Nullable;

/**
 * A member's role changed because the community's leadership changed: appointed or released as a
 * co-lead, or the lead handed over.
 */
@EventType("MemberRoleChanged")
public record MemberRoleChanged(
        String membershipId,
        String communityId,
        String memberId,
        CommunityRole role,
        MembershipStatus status,
        @Nullable String by,
        CommunityRole previousRole)
        implements MembershipEvent {}
