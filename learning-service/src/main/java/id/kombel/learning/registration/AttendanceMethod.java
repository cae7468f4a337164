package id.kombel.learning.registration;

/** How attendance was recorded: the member's check-in with the facilitator's code, or the facilitator's mark. */
public enum AttendanceMethod {
    CHECK_IN,
    MARKED
}
