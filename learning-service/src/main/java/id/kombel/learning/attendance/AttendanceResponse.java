package id.kombel.learning.attendance;

import id.kombel.learning.registration.AttendanceMethod;
import id.kombel.learning.registration.Registration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One registrant's attendance. */
record AttendanceResponse(
        String registrationId,
        String activityId,
        String memberId,
        boolean attended,
        @Nullable Instant attendedAt,
        @Nullable AttendanceMethod method) {

    static AttendanceResponse of(Registration registration) {
        return new AttendanceResponse(
                registration.id(),
                registration.activityId(),
                registration.memberId(),
                registration.attendedAt() != null,
                registration.attendedAt(),
                registration.attendanceMethod());
    }
}
