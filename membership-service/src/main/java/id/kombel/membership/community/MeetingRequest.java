package id.kombel.membership.community;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** A routine meeting as clients send it: {@code time} is the local time in the region, "HH:mm". */
record MeetingRequest(
        @NotNull MeetingFrequency frequency,
        @NotNull DayOfWeek dayOfWeek,

        @NotNull @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]")
        String time) {

    RoutineMeeting toMeeting() {
        return new RoutineMeeting(frequency, dayOfWeek, LocalTime.parse(time));
    }
}
