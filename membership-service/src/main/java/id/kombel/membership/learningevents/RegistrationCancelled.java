package id.kombel.membership.learningevents;

import id.kombel.platform.events.EventType;

/**
 * A registration ended: the member cancelled it ({@link #MEMBER_CANCELLED}) or the activity was
 * cancelled ({@link #ACTIVITY_CANCELLED}, one event per registrant).
 */
@EventType("RegistrationCancelled")
public record RegistrationCancelled(
        String registrationId, String activityId, String communityId, String memberId, String title, String reason) {

    public static final String MEMBER_CANCELLED = "MEMBER_CANCELLED";
    public static final String ACTIVITY_CANCELLED = "ACTIVITY_CANCELLED";

    public boolean byActivityCancellation() {
        return ACTIVITY_CANCELLED.equals(reason);
    }
}
