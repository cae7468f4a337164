package id.kombel.membership;

import id.kombel.platform.privacy.PrivacyTopics;

/** The topics membership-service publishes, one per aggregate (see docs/events/asyncapi.yaml). */
public final class MembershipTopics {

    public static final String REGION = "membership.region";
    public static final String COMMUNITY = "membership.community";

    // members and identity
    public static final String MEMBER = "membership.member";
    // Memberships: one aggregate per (community, member), keyed "<communityId>:<memberId>".
    public static final String MEMBERSHIP = "membership.membership";

    // Personal data requests (and membership-service's own answers); the platform owns the name.
    public static final String PRIVACY = PrivacyTopics.REQUESTS;
    public static final String LEARNING_PRIVACY = "learning.privacy";
    public static final String DISCUSSION_PRIVACY = "discussion.privacy";

    private MembershipTopics() {}
}
