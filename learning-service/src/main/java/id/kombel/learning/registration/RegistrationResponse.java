package id.kombel.learning.registration;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A registration as its member and the activity's leads see it. */
record RegistrationResponse(
        String id,
        String activityId,
        String communityId,
        String memberId,
        String title,
        Instant startsAt,
        Instant endsAt,
        RegistrationStatus status,
        @Nullable Integer position,
        boolean promotedFromWaitlist,
        @Nullable CancellationReason cancellationReason,
        @Nullable Instant attendedAt,
        @Nullable AttendanceMethod attendanceMethod,
        boolean credited,
        @Nullable String certificateCode) {

    static RegistrationResponse of(Registration registration, @Nullable Integer position) {
        return new RegistrationResponse(
                registration.id(),
                registration.activityId(),
                registration.communityId(),
                registration.memberId(),
                registration.title(),
                registration.startsAt(),
                registration.endsAt(),
                registration.status(),
                position,
                registration.promotedFromWaitlist(),
                registration.cancellationReason(),
                registration.attendedAt(),
                registration.attendanceMethod(),
                registration.credited(),
                registration.certificateCode());
    }
}
