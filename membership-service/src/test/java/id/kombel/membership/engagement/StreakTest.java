package id.kombel.membership.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Weekly streaks: consecutive ISO weeks in the member's region, this week not yet over. */
class StreakTest {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

    /** Thursday 3 December 2026, 10:00 WIB; the week began on Monday 30 November. */
    static final Instant NOW = Instant.parse("2026-12-03T03:00:00Z");

    @Test
    void countsConsecutiveWeeksUpToThisWeek() {
        Streak streak = Streak.of(
                List.of(
                        Instant.parse("2026-12-02T01:00:00Z"),
                        Instant.parse("2026-12-01T01:00:00Z"),
                        Instant.parse("2026-11-26T01:00:00Z"),
                        Instant.parse("2026-11-18T01:00:00Z")),
                WIB,
                NOW);

        assertThat(streak).isEqualTo(new Streak(3, true));
    }

    @Test
    void aWeekWithoutParticipationEndsTheStreak() {
        Streak streak = Streak.of(
                List.of(Instant.parse("2026-12-01T01:00:00Z"), Instant.parse("2026-11-17T01:00:00Z")), WIB, NOW);

        assertThat(streak).isEqualTo(new Streak(1, true));
    }

    @Test
    void aStreakThatReachedLastWeekIsStillAliveThisWeek() {
        Streak streak = Streak.of(
                List.of(Instant.parse("2026-11-27T01:00:00Z"), Instant.parse("2026-11-20T01:00:00Z")), WIB, NOW);

        assertThat(streak).isEqualTo(new Streak(2, false));
    }

    @Test
    void nothingSinceTheWeekBeforeLastIsNoStreak() {
        assertThat(Streak.of(List.of(Instant.parse("2026-11-19T01:00:00Z")), WIB, NOW))
                .isEqualTo(Streak.NONE);
        assertThat(Streak.of(List.of(), WIB, NOW)).isEqualTo(Streak.NONE);
    }

    @Test
    void weeksStartOnMondayInTheMembersRegion() {
        // Sunday 29 November 2026, 16:30 UTC: Sunday 23:30 in Jakarta, already Monday 01:30 in Jayapura.
        List<Instant> participations =
                List.of(Instant.parse("2026-11-29T16:30:00Z"), Instant.parse("2026-11-27T01:00:00Z"));

        assertThat(Streak.of(participations, WIT, NOW)).isEqualTo(new Streak(2, true));
        assertThat(Streak.of(participations, WIB, NOW)).isEqualTo(new Streak(1, false));
    }
}
