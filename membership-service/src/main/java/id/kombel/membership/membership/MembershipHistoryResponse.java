package id.kombel.membership.membership;

import id.kombel.membership.community.CommunityRole;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One change of a membership: the event, the state after it, who made it and when. */
record MembershipHistoryResponse(
        String event,
        CommunityRole role,
        MembershipStatus status,
        @Nullable String by,
        Instant at,
        long version) {

    static MembershipHistoryResponse of(MembershipHistoryEntry entry) {
        return new MembershipHistoryResponse(
                entry.event(), entry.role(), entry.status(), entry.by(), entry.at(), entry.version());
    }
}
