package id.kombel.membership;

/** The topics membership-service publishes, one per aggregate (see docs/events/asyncapi.yaml). */
public final class MembershipTopics {

    public static final String REGION = "membership.region";
    public static final String COMMUNITY = "membership.community";

    // members and identity
    public static final String MEMBER = "membership.member";
    // Memberships: one aggregate per (community, member), keyed "<communityId>:<memberId>".
    public static final String MEMBERSHIP = "membership.membership";

    private MembershipTopics() {}
}
