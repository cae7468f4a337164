package id.kombel.learning.activity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;

/**
 * How a routine meeting repeats: every week, every other week or every month, {@code occurrences}
 * times in all. Each occurrence becomes an activity of its own, registered for and attended on its
 * own; they share a series id. Occurrences keep the local time of the first in the region's zone.
 */
record Recurrence(
        @NotNull Frequency frequency,
        @NotNull @Min(2) @Max(Recurrence.MAX_OCCURRENCES) Integer occurrences) {

    static final int MAX_OCCURRENCES = 12;

    enum Frequency {
        WEEKLY,
        FORTNIGHTLY,
        MONTHLY
    }

    /** The local date-time of occurrence {@code index} (0 = the first). */
    LocalDateTime shift(LocalDateTime first, int index) {
        return switch (frequency) {
            case WEEKLY -> first.plusWeeks(index);
            case FORTNIGHTLY -> first.plusWeeks(2L * index);
            case MONTHLY -> first.plusMonths(index);
        };
    }
}
