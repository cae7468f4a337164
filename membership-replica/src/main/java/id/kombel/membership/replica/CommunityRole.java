package id.kombel.membership.replica;

/** A member's role in a community, as membership-service decides it. */
public enum CommunityRole {
    MEMBER,
    CO_LEAD,
    LEAD;

    /** Leads and co-leads run the community: moderation and management are theirs. */
    public boolean isLeader() {
        return this != MEMBER;
    }
}
