package id.kombel.membership.membership;

import id.kombel.membership.community.CommunityRole;
import id.kombel.platform.events.EventType;
import org.jspecify.annotations.Nullable;

/** A member left the community; {@code role} is the role they had. */
@EventType("MemberLeft")
public record MemberLeft(
        String membershipId,
        String communityId,
        String memberId,
        CommunityRole role,
        MembershipStatus status,
        @Nullable String by)
        implements MembershipEvent {}
