package id.kombel.membership.membership;

import id.kombel.membership.community.CommunityRole;
import id.kombel.platform.events.EventType;
import org.jspecify.annotations.Nullable;

/** A request to join was declined by a lead or co-lead, or an invitation by the invitee or the leads. */
@EventType("MembershipDeclined")
public record MembershipDeclined(
        String membershipId,
        String communityId,
        String memberId,
        CommunityRole role,
        MembershipStatus status,
        @Nullable String by)
        implements MembershipEvent {}
