package id.kombel.membership.community;

/**
 * A member's role in a community. The community holds who leads it (one lead, a few co-leads);
 * everyone else with an active membership is a plain member.
 */
public enum CommunityRole {
    MEMBER,
    CO_LEAD,
    LEAD;

    /** Leads and co-leads run the community: they admit, invite and remove members. */
    public boolean isLeader() {
        return this != MEMBER;
    }
}
