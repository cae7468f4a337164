package id.kombel.membership.community;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * A community's routine meeting: a day of the week and a local time, read in the region's time zone
 * (a meeting at 15:00 in Jayapura is 15:00 WIT, whatever zone the reader is in).
 */
record RoutineMeeting(MeetingFrequency frequency, DayOfWeek dayOfWeek, LocalTime time) {

    /**
     * The first meeting strictly after {@code now}.
     *
     * @param since when the schedule was set; fortnightly meetings count their weeks from it
     */
    Instant nextAfter(Instant now, ZoneId zone, Instant since) {
        LocalDateTime local = LocalDateTime.ofInstant(now, zone);
        LocalDate day = switch (frequency) {
            case WEEKLY -> weekly(local);
            case FORTNIGHTLY -> fortnightly(local, LocalDate.ofInstant(since, zone));
            case MONTHLY -> monthly(local);
        };
        return day.atTime(time).atZone(zone).toInstant();
    }

    private LocalDate weekly(LocalDateTime now) {
        LocalDate day = now.toLocalDate().with(TemporalAdjusters.nextOrSame(dayOfWeek));
        return isAfter(day, now) ? day : day.plusWeeks(1);
    }

    private LocalDate fortnightly(LocalDateTime now, LocalDate since) {
        LocalDate first = since.with(TemporalAdjusters.nextOrSame(dayOfWeek));
        LocalDate day = now.toLocalDate().with(TemporalAdjusters.nextOrSame(dayOfWeek));
        if (day.isBefore(first)) {
            return isAfter(first, now) ? first : first.plusWeeks(2);
        }
        if (ChronoUnit.WEEKS.between(first, day) % 2 != 0) {
            day = day.plusWeeks(1);
        }
        return isAfter(day, now) ? day : day.plusWeeks(2);
    }

    private LocalDate monthly(LocalDateTime now) {
        LocalDate day = now.toLocalDate().with(TemporalAdjusters.firstInMonth(dayOfWeek));
        return isAfter(day, now)
                ? day
                : now.toLocalDate().plusMonths(1).with(TemporalAdjusters.firstInMonth(dayOfWeek));
    }

    private boolean isAfter(LocalDate day, LocalDateTime now) {
        return day.atTime(time).isAfter(now);
    }
}
