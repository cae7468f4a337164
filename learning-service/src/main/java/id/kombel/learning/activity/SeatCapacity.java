package id.kombel.learning.activity;

/**
 * The seats registrations already hold, as the registrations feature keeps them: an activity's capacity
 * may not drop below them. The registrations feature implements it; declared here so that activities
 * need nothing else of registrations.
 */
public interface SeatCapacity {

    /**
     * Lowers the published activity's seats from {@code capacityNow} to {@code capacity} at once, in one
     * conditional write, unless more seats are held than that. The seats are opened at {@code capacityNow}
     * first if nobody registered yet, so that a first registration racing with the change finds the
     * lower capacity. A capacity at or above the seats' changes nothing here (the registrations follow
     * {@code ActivityUpdated}).
     *
     * @return the seats held when they are more than {@code capacity}, else -1 (lowered, or nothing to do)
     */
    int lowerTo(String activityId, int capacityNow, int capacity);

    /** Brings the seats back in line with the activity's capacity (after a change that did not happen). */
    void follow(String activityId, int capacity);
}
