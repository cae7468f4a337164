package id.kombel.membership.membership;

import id.kombel.membership.community.CommunityRole;
import id.kombel.membership.community.CommunityStatus;
import id.kombel.membership.community.CommunityType;
import id.kombel.membership.community.CommunityView;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One of the caller's own communities: the membership and what a list needs of the community. */
record OwnMembershipResponse(
        String communityId,
        @Nullable String communityName,
        @Nullable CommunityType communityType,
        @Nullable CommunityStatus communityStatus,
        @Nullable String regionId,
        CommunityRole role,
        MembershipStatus status,
        Instant since) {

    static OwnMembershipResponse of(Membership membership, @Nullable CommunityView community) {
        return new OwnMembershipResponse(
                membership.communityId(),
                community == null ? null : community.name(),
                community == null ? null : community.type(),
                community == null ? null : community.status(),
                community == null ? null : community.regionId(),
                membership.role(),
                membership.status(),
                membership.since());
    }
}
