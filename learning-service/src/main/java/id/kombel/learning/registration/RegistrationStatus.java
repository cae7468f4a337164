package id.kombel.learning.registration;

/**
 * Where a registration stands. {@code PENDING} lasts from its first write until its seat is settled
 * (confirmed or waitlisted), normally within the same request.
 */
public enum RegistrationStatus {
    PENDING,
    CONFIRMED,
    WAITLISTED,
    CANCELLED;

    boolean isActive() {
        return this != CANCELLED;
    }
}
