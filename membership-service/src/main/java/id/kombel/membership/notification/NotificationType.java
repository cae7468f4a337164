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
    /** An activity the member registered for was cancelled. */
    ACTIVITY_CANCELLED,
    REGISTRATION_CONFIRMED,
    /** A place came free and the member moved from the waitlist to a confirmed registration. */
    WAITLIST_PROMOTED,
    REGISTRATION_WAITLISTED,
    CERTIFICATE_ISSUED,
    /** Someone proposed a solution to the member's problem. */
    NEW_SOLUTION,
    /** The member's solution was accepted. */
    SOLUTION_ACCEPTED,
    /** Time to report how trying a solution went. */
    TRIAL_FOLLOW_UP_DUE,
    APPRECIATION_RECEIVED,
    /** Resources and activities found for the member's problem. */
    RECOMMENDATIONS_READY,
    /** A problem the member follows changed; {@code params.change} says how. */
    FOLLOWED_PROBLEM_CHANGED,
    /** The daily summary that replaces individual notifications in digest mode. */
    DIGEST
}
