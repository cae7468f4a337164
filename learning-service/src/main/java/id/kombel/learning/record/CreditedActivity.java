package id.kombel.learning.record;

import id.kombel.learning.registration.Registration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One completed activity in a member's record, with the certificate code to share. */
record CreditedActivity(
        String activityId,
        String communityId,
        String title,
        @Nullable String heldOn,
        int jp,
        int minutes,
        List<String> competencies,
        @Nullable Instant creditedAt,
        @Nullable String certificateCode) {

    static CreditedActivity of(Registration registration) {
        return new CreditedActivity(
                registration.activityId(),
                registration.communityId(),
                registration.title(),
                registration.heldOn(),
                registration.creditedJp(),
                registration.creditedMinutes(),
                registration.competencies(),
                registration.creditedAt(),
                registration.certificateCode());
    }
}
