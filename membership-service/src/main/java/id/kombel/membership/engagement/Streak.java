package id.kombel.membership.engagement;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * Consecutive ISO weeks (Monday to Sunday in the member's region) with at least one participation,
 * up to this week. A week without participation yet does not break a streak that reached last week:
 * there is still time this week, which is what {@code activeThisWeek} tells the member.
 */
record Streak(int weeks, boolean activeThisWeek) {

    static final Streak NONE = new Streak(0, false);

    /** From participation times, newest first; reads only as far back as the streak goes. */
    static Streak of(Iterable<Instant> newestFirst, ZoneId zone, Instant now) {
        LocalDate thisWeek = weekOf(now, zone);
        LocalDate last = null;
        int weeks = 0;
        boolean activeThisWeek = false;
        for (Instant at : newestFirst) {
            LocalDate week = weekOf(at, zone);
            if (week.isAfter(thisWeek)) {
                week = thisWeek; // a clock ahead of ours: count it as now
            }
            if (last == null) {
                if (!week.isBefore(thisWeek.minusWeeks(1))) {
                    activeThisWeek = week.equals(thisWeek);
                    weeks = 1;
                    last = week;
                    continue;
                }
                return NONE;
            }
            if (week.equals(last)) {
                continue;
            }
            if (!week.equals(last.minusWeeks(1))) {
                break;
            }
            weeks++;
            last = week;
        }
        return new Streak(weeks, activeThisWeek);
    }

    /** The Monday that starts the ISO week of {@code at} in {@code zone}. */
    static LocalDate weekOf(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
