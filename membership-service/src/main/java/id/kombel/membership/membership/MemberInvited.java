package id.kombel.membership.membership;

import id.kombel.membership.community.CommunityRole;
import id.kombel.platform.events.EventType;
import org.jspecify.annotations.Nullable;

/** A lead or co-lead invited a member, as a member or (by the lead) as a co-lead: {@code role}. */
@EventType("MemberInvited")
public record MemberInvited(
        String membershipId,
        String communityId,
        String memberId,
        CommunityRole role,
        MembershipStatus status,
        @Nullable String by)
        implements MembershipEvent {}
