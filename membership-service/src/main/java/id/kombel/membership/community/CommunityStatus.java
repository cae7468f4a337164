package id.kombel.membership.community;

/** A community is proposed, then verified (active) or rejected by its region's admin; later archived. */
public enum CommunityStatus {
    PROPOSED,
    ACTIVE,
    REJECTED,
    ARCHIVED
}
