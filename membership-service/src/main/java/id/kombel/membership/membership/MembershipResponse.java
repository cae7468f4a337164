package id.kombel.membership.membership;

import id.kombel.membership.community.CommunityRole;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A membership as the API shows it; {@code since} is when it took its current status or role. */
record MembershipResponse(
        String communityId,
        String memberId,
        CommunityRole role,
        MembershipStatus status,
        Instant since,
        @Nullable Instant joinedAt,
        @Nullable String changedBy,
        long version) {

    static MembershipResponse of(Membership membership) {
        return new MembershipResponse(
                membership.communityId(),
                membership.memberId(),
                membership.role(),
                membership.status(),
                membership.since(),
                membership.joinedAt(),
                membership.changedBy(),
                membership.version());
    }
}
