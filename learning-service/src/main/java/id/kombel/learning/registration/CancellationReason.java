package id.kombel.learning.registration;

/** Why a registration ended. */
public enum CancellationReason {
    MEMBER_CANCELLED,
    ACTIVITY_CANCELLED
}
