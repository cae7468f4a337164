package id.kombel.membership.membership;

import id.kombel.membership.community.CommunityRole;
import id.kombel.platform.events.EventType;
import org.jspecify.annotations.Nullable;

/** A member became an active member: joined an open community, was approved, or accepted an invitation. */
@EventType("MemberJoined")
public record MemberJoined(
        String membershipId,
        String communityId,
        String memberId,
        CommunityRole role,
        MembershipStatus status,
        @Nullable String by)
        implements MembershipEvent {}
