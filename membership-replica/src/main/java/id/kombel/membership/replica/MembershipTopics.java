package id.kombel.membership.replica;

/** The membership-service topics that services keeping membership replicas consume (see docs/events/asyncapi.yaml). */
public final class MembershipTopics {

    public static final String REGION = "membership.region";

    public static final String COMMUNITY = "membership.community";

    // Memberships: keyed by membership id "<communityId>:<memberId>".
    public static final String MEMBERSHIP = "membership.membership";

    // Members: keyed by member id. Only learning-service reads it (holders' names on certificates).
    public static final String MEMBER = "membership.member";

    private MembershipTopics() {}
}
