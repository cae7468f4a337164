package id.kombel.learning.record;

import java.util.List;

/**
 * A member's credited learning hours. Months are the months the activities took place in their
 * region's time zone; semesters follow the Indonesian school year ({@code 2026/2027-1} is July to
 * December 2026, {@code 2026/2027-2} January to June 2027).
 */
record LearningRecord(
        String memberId,
        Totals total,
        List<Period> months,
        List<Period> semesters,
        List<Period> years,
        List<Competency> competencies) {

    record Totals(int jp, int minutes, int activities) {}

    record Period(String period, int jp, int minutes, int activities) {}

    record Competency(String name, int activities, int jp) {}
}
