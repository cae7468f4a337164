package id.kombel.learning.attendance;

import id.kombel.learning.activity.Activity;
import id.kombel.learning.registration.AttendanceMethod;
import id.kombel.learning.registration.Registration;
import id.kombel.platform.web.CursorPage;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Who of an activity's confirmed registrants attended, with the totals; {@code attendees} is one page. */
record AttendanceReport(
        String activityId, String title, long confirmed, long attended, CursorPage<Attendee> attendees) {

    record Attendee(
            String memberId,
            @Nullable Instant attendedAt,
            @Nullable AttendanceMethod method) {}

    static AttendanceReport of(Activity activity, long confirmed, long attended, CursorPage<Registration> page) {
        return new AttendanceReport(
                activity.id(),
                activity.title(),
                confirmed,
                attended,
                new CursorPage<>(
                        page.items().stream()
                                .map(r -> new Attendee(r.memberId(), r.attendedAt(), r.attendanceMethod()))
                                .toList(),
                        page.next()));
    }
}
