package id.kombel.membership.membership;

/**
 * Where a member stands with a community. One membership per (community, member) moves between these
 * states for as long as both exist: a member who left can join again, a declined request can be
 * made again.
 */
public enum MembershipStatus {
    /** A lead or co-lead invited the member, who has not answered yet. */
    INVITED,
    /** The member asked to join an approval-only community; its leads have not answered yet. */
    REQUESTED,
    ACTIVE,
    /** The request or the invitation was declined. */
    DECLINED,
    LEFT,
    /** Removed by the community's leads: only a new invitation brings the member back. */
    REMOVED;

    boolean isPending() {
        return this == INVITED || this == REQUESTED;
    }

    boolean isEnded() {
        return this == DECLINED || this == LEFT || this == REMOVED;
    }
}
