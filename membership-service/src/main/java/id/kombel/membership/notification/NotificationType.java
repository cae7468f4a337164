package id.kombel.membership.notification;

/** Every kind of notification; members can switch each one off. */
public enum NotificationType {
    JOIN_REQUESTED,
    MEMBERSHIP_ACCEPTED,
    MEMBERSHIP_DECLINED,
    INVITED_TO_COMMUNITY,
    COMMUNITY_VERIFIED,
    COMMUNITY_REJECTED,
    ACTIVITY_TOMORROW,
    ACTIVITY_CANCELLED,
    REGISTRATION_CONFIRMED,
    WAITLIST_PROMOTED,
    NEW_SOLUTION,
    SOLUTION_ACCEPTED,
    TRIAL_FOLLOW_UP_DUE,
    APPRECIATION_RECEIVED,
    RECOMMENDATIONS_READY,
    /** The daily summary that replaces individual notifications in digest mode. */
    DIGEST
}
