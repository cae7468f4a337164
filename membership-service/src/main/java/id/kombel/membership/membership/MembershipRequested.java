package id.kombel.membership.membership;

import id.kombel.membership.community.CommunityRole;
import id.kombel.platform.events.EventType;
import org.jspecify.annotations.Nullable;

/** A member asked to join a community that admits by approval. */
@EventType("MembershipRequested")
public record MembershipRequested(
        String membershipId,
        String communityId,
        String memberId,
        CommunityRole role,
        MembershipStatus status,
        @Nullable String by)
        implements MembershipEvent {}
