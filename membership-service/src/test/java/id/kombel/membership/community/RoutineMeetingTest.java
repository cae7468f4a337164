package id.kombel.membership.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Routine meetings are read in the region's zone; the next one is always strictly in the future. */
class RoutineMeetingTest {

    static final ZoneId JAYAPURA = ZoneId.of("Asia/Jayapura"); // WIT, UTC+9
    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta"); // WIB, UTC+7

    static RoutineMeeting thursdaysAtHalfPastThree(MeetingFrequency frequency) {
        return new RoutineMeeting(frequency, DayOfWeek.THURSDAY, LocalTime.of(15, 30));
    }

    @Test
    void aWeeklyMeetingIsTheNextMeetingDayAtItsLocalTime() {
        Instant mondayMorningUtc = Instant.parse("2026-03-02T01:00:00Z");

        assertThat(thursdaysAtHalfPastThree(MeetingFrequency.WEEKLY)
                        .nextAfter(mondayMorningUtc, JAYAPURA, mondayMorningUtc))
                .isEqualTo(Instant.parse("2026-03-05T06:30:00Z"));
        assertThat(thursdaysAtHalfPastThree(MeetingFrequency.WEEKLY)
                        .nextAfter(mondayMorningUtc, JAKARTA, mondayMorningUtc))
                .isEqualTo(Instant.parse("2026-03-05T08:30:00Z"));
    }

    @Test
    void aMeetingThatJustStartedIsFollowedByNextWeeks() {
        Instant startingNow = Instant.parse("2026-03-05T06:30:00Z");

        assertThat(thursdaysAtHalfPastThree(MeetingFrequency.WEEKLY).nextAfter(startingNow, JAYAPURA, startingNow))
                .isEqualTo(Instant.parse("2026-03-12T06:30:00Z"));
    }

    @Test
    void aFortnightlyMeetingCountsItsWeeksFromWhenItWasSet() {
        Instant setOnMonday = Instant.parse("2026-03-02T01:00:00Z");
        RoutineMeeting meeting = thursdaysAtHalfPastThree(MeetingFrequency.FORTNIGHTLY);

        assertThat(meeting.nextAfter(setOnMonday, JAYAPURA, setOnMonday))
                .isEqualTo(Instant.parse("2026-03-05T06:30:00Z"));
        assertThat(meeting.nextAfter(Instant.parse("2026-03-06T00:00:00Z"), JAYAPURA, setOnMonday))
                .isEqualTo(Instant.parse("2026-03-19T06:30:00Z"));
        assertThat(meeting.nextAfter(Instant.parse("2026-03-13T00:00:00Z"), JAYAPURA, setOnMonday))
                .isEqualTo(Instant.parse("2026-03-19T06:30:00Z"));
    }

    @Test
    void aMonthlyMeetingIsOnTheFirstMeetingDayOfTheMonth() {
        RoutineMeeting meeting = thursdaysAtHalfPastThree(MeetingFrequency.MONTHLY);
        Instant since = Instant.parse("2026-01-01T00:00:00Z");

        assertThat(meeting.nextAfter(Instant.parse("2026-03-01T00:00:00Z"), JAYAPURA, since))
                .isEqualTo(Instant.parse("2026-03-05T06:30:00Z"));
        assertThat(meeting.nextAfter(Instant.parse("2026-03-06T00:00:00Z"), JAYAPURA, since))
                .isEqualTo(Instant.parse("2026-04-02T06:30:00Z"));
    }

    @Test
    void theDayIsTheRegionsDayNotUtcs() {
        // Thursday 23:00 UTC is already Friday 08:00 in Jayapura: this week's meeting is over there
        Instant thursdayNightUtc = Instant.parse("2026-03-05T23:00:00Z");

        assertThat(thursdaysAtHalfPastThree(MeetingFrequency.WEEKLY)
                        .nextAfter(thursdayNightUtc, JAYAPURA, thursdayNightUtc))
                .isEqualTo(Instant.parse("2026-03-12T06:30:00Z"));
    }
}
